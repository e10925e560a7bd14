using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Lines of facts without labels, as catalogues, schedules and tag lines write them: "DCP | 85' | Colour | Macedonian,
/// Turkish | 2019", "Dir. Asif Kapadia | UK | 2010 | 106 min", "Documentary, Syria", "Denmark/Syria 2017, 104 min". Each
/// segment is read by what it is (a year, a running time, countries, languages, genres, a director), never by position.
/// </summary>
internal static class SpecRules
{
    private static readonly char[] Separators = ['|', '·', '•', ',', ';', '/'];

    /// <summary>How many segments of a line are facts.</summary>
    public static int Facts(string text, TextSpan line)
    {
        var kinds = Segments(text, line).Select(s => Recognise(text, s)).ToList();
        // A festival's section is a fact of the line only beside another: alone it is a heading's subtitle.
        var facts = kinds.Count(k => k is not null and not "person" and not "section") + (kinds.Contains("section") && kinds.Contains("person") ? 1 : 0);
        return facts + (facts >= 1 && kinds.Contains("person") ? 1 : 0);
    }

    private static readonly Regex DemonymProduction = new(
        @"^(?:an?\s+)?(?<list>\p{Lu}[\p{L}]+(?:\s*(?:/|,|-|–|and)\s*\p{Lu}[\p{L}]+)*)\s+(?:co-?production|production|film|documentary)\.?$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"A Danish / Norwegian / British production": the production countries by their demonyms.</summary>
    private static bool DemonymLine(string text, TextSpan line, FilmAssembler film)
    {
        var match = DemonymProduction.Match(line.Of(text));
        if (!match.Success) return false;
        var list = match.Groups["list"];
        var found = false;
        foreach (Match word in Regex.Matches(list.Value, @"\p{Lu}[\p{L}]+"))
            if (Countries.FromDemonym(word.Value) is { } code)
            {
                var at = line.Start + list.Index + word.Index;
                film.AddCountry(code, new TextSpan(at, at + word.Length).Evidence("line.specs.country"));
                found = true;
            }
        return found;
    }

    /// <summary>Reads a line when at least two of its segments are facts, or it is a tag line of genres and countries.</summary>
    public static bool TryApply(string text, TextSpan line, FilmAssembler film)
    {
        if (DemonymLine(text, line, film)) return true;
        var segments = Segments(text, line);
        var recognised = Facts(text, line);
        var tagLine = ContentLines.IsTagLine(line.Of(text));
        // "Theatrical trailer (2 mins)", "Featurette: 24 min": a disc's extra has its own length.
        if (ExtraWord.IsMatch(line.Of(text))) return false;
        if (recognised < 2 && !tagLine && !(segments.Count == 1 && recognised == 1 && IsOnlyDuration(text, line)))
            return VersionRuntime(text, line, film);
        ApplySegments(text, segments, film, tagLine && recognised < 2 ? "line.tags" : "line.specs");
        return true;
    }

    private static readonly Regex ExtraWord = new(
        @"\b(?:trailers?|teasers?|featurettes?|clips?|deleted\s+scenes?|bonus|extras?|commentary|making-of|behind\s+the\s+scenes|outtakes)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex VersionWord = new(
        @"\b(?:cut|version|edit|theatrical|festival|broadcast|tv|television|extended|original|international|director'?s|directors)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"Director's cut 159 min", "TV version: 52'": a short line naming a version and its length.</summary>
    private static bool VersionRuntime(string text, TextSpan line, FilmAssembler film)
    {
        var raw = line.Of(text);
        if (Lines.WordCount(raw) > 7 || !VersionWord.IsMatch(raw) || Durations.Find(text, line, labelled: false) is not { } runtime) return false;
        var version = raw.Contains("theatrical", StringComparison.OrdinalIgnoreCase) ? RuntimeVersions.Theatrical
            : raw.Contains("festival", StringComparison.OrdinalIgnoreCase) ? RuntimeVersions.Festival
            : raw.Contains("tv", StringComparison.OrdinalIgnoreCase) || raw.Contains("broadcast", StringComparison.OrdinalIgnoreCase) || raw.Contains("television", StringComparison.OrdinalIgnoreCase) ? RuntimeVersions.Broadcast
            : RuntimeVersions.Listing;
        film.AddRuntime(new RuntimeFact(runtime.Minutes, version, null, line.Evidence("line.specs.runtime")));
        return true;
    }

    private static bool IsOnlyDuration(string text, TextSpan line) =>
        Durations.Find(text, line, labelled: false) is { } d && d.Span.Length >= line.Length - 2;

    public static void ApplySegments(string text, IEnumerable<TextSpan> values, FilmAssembler film, string rulePrefix)
    {
        var segments = values.SelectMany(v => Segments(text, v)).Select(s => (Segment: s, Kind: Recognise(text, s))).ToList();
        // "Television — PBS, Independent Lens": names beside a broadcaster are its strands, not people.
        var namesOrganisations = segments.Any(s => s.Kind is null && IsOrganisation(text, s.Segment));
        foreach (var (segment, kind) in segments)
            switch (kind)
            {
                case "year" when film.Facts.Year is null:
                    film.Facts.Year = new Sourced<int>(int.Parse(segment.Of(text).Trim('(', ')', '[', ']', ' ')), segment.Evidence($"{rulePrefix}.year"));
                    break;
                case "runtime" when Durations.Find(text, segment, labelled: false) is { } runtime:
                    film.AddRuntime(new RuntimeFact(runtime.Minutes, RuntimeVersions.Listing, null, runtime.Span.Evidence($"{rulePrefix}.runtime")));
                    break;
                case "country":
                    foreach (var item in FieldRules.CountryItems(text, segment))
                        if ((Countries.Find(item.Of(text)) ?? Countries.FromCode(item.Of(text))) is { } code)
                            film.AddCountry(code, item.Evidence($"{rulePrefix}.country"));
                    break;
                case "language":
                    FieldRules.ReadLanguages(text, segment, film, $"{rulePrefix}.language");
                    break;
                case "genre":
                    film.AddGenre(Genres.FindKnown(segment.Of(text))!, segment.Evidence($"{rulePrefix}.genre"));
                    break;
                case "person" when rulePrefix == "line.specs" && !namesOrganisations:
                    // "Shaunak Sen — India — Special Screenings": a bare name among a film's facts is its director.
                    foreach (var person in PersonNames.Read(text, segment).Where(p => !PlaceNames.IsPlaceOrGroup(p.Name)))
                        film.AddCredit(person.Name, CreditRoles.Director, null, null, person.Span.Evidence("line.specs.director-by-position"));
                    break;
                case "director" when DirectorAfterCue(text, segment) is { } names:
                    foreach (var person in PersonNames.Read(text, names))
                        film.AddCredit(person.Name, CreditRoles.Director, null, null, person.Span.Evidence($"{rulePrefix}.director"));
                    break;
            }
    }

    /// <summary>A segment that is no fact but an organisation's name ("PBS"); a certificate ("12A") is neither.</summary>
    private static bool IsOrganisation(string text, TextSpan segment)
    {
        var raw = segment.Of(text).Trim();
        return raw.Count(char.IsLetter) >= 2 && !Certificates.IsCertificate(raw) && PersonNames.LooksLikeOrganisation(raw);
    }

    private static string? Recognise(string text, TextSpan segment)
    {
        var raw = segment.Of(text).Trim().Trim('(', ')', '[', ']').Trim();
        if (raw.Length == 0) return null;
        if (raw.Length == 4 && int.TryParse(raw, out var year) && year is >= 1880 and <= 2100) return "year";
        if (Durations.Find(text, segment, labelled: false) is { } d && d.Span.Length >= segment.Length - 3) return "runtime";
        if (Certificates.IsCertificate(raw)) return null;
        if (Countries.Find(raw) is not null || Countries.FromCode(raw) is not null
            || raw.Contains('-') && raw.Split('-').All(p => Countries.Find(p) is not null || Countries.FromCode(p) is not null)) return "country";
        if (Languages.Find(raw) is not null || raw.Contains(" with ", StringComparison.OrdinalIgnoreCase) && Languages.Find(raw[..raw.IndexOf(" with ", StringComparison.OrdinalIgnoreCase)]) is not null) return "language";
        if (Genres.FindKnown(raw) is not null) return "genre";
        if (DirectorAfterCue(text, segment) is not null) return "director";
        if (IsBareName(raw)) return "person";
        if (FestivalSection.IsMatch(raw)) return "section";
        return null;
    }

    /// <summary>"Special Screenings", "U.S. Documentary Competition", "Un Certain Regard": the part of a festival a film was shown in.</summary>
    private static readonly Regex FestivalSection = new(
        @"^(?:(?:\p{Lu}[\p{L}.'’]*|of|the|and)\s+){0,4}(?:Competition|Screenings|Selection|Sidebar|Strand|Panorama|Forum|Spotlight|Showcase|Premieres|Galas?|Encounters|Fortnight|Week|Regard)$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Two to four capitalised name words, nothing else: "Asif Kapadia", "Mantas Kvedaravičius".</summary>
    private static bool IsBareName(string raw)
    {
        var items = raw.Split([" & ", " and ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length is >= 1 and <= 3 && items.All(item =>
        {
            var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length is >= 2 and <= 4 && PersonNames.Normalise(item) is { } name && name == item && !PersonNames.LooksLikeOrganisation(item)
                   && words.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) || Text.Names.IsParticle(w));
        });
    }

    /// <summary>"Dir. ", "Dir: ", "Dirs. ", "Directors: ", "Directed by ", "A film by ", "By ": what opens a director segment.</summary>
    private static readonly Regex DirectorCue = new(
        @"^(?:dirs?\.?:?|directors?:?|directed\s+by:?|a\s+film\s+by|by)\s+(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static TextSpan? DirectorAfterCue(string text, TextSpan segment)
    {
        if (DirectorCue.Match(segment.Of(text)) is not { Success: true } cue) return null;
        var names = TextSpan.Trimmed(text, segment.Start + cue.Length, segment.End);
        return names.Length > 0 && PersonNames.Read(text, names).Count > 0 ? names : null;
    }

    public static List<TextSpan> Segments(string text, TextSpan line)
    {
        var segments = new List<TextSpan>();
        var start = line.Start;
        var depth = 0;
        for (var i = line.Start; i <= line.End; i++)
        {
            var end = i == line.End;
            if (!end && text[i] == '(') depth++;
            if (!end && text[i] == ')') depth = Math.Max(0, depth - 1);
            // "Denmark/Syria 2017": a year after a space also starts a segment.
            var yearStart = !end && depth == 0 && i > start && text[i - 1] == ' ' && i + 4 <= line.End && IsYearAt(text, i, line.End);
            // "Shaunak Sen — India — Special Screenings": a dash between spaces separates too.
            var dash = !end && depth == 0 && text[i] is '—' or '–' && i > line.Start && text[i - 1] == ' ' && i + 1 < line.End && text[i + 1] == ' ';
            if (!end && !yearStart && !dash && (depth > 0 || Array.IndexOf(Separators, text[i]) < 0)) continue;
            var segment = TextSpan.Trimmed(text, start, i);
            if (segment.Length > 0) segments.Add(segment);
            start = yearStart ? i : i + 1;
        }
        return segments;
    }

    private static bool IsYearAt(string text, int i, int limit) =>
        int.TryParse(text.AsSpan(i, 4), out var year) && year is >= 1880 and <= 2100 && (i + 4 == limit || !char.IsLetterOrDigit(text[i + 4]));
}
