using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// What prose says the film is: "a 2019 Macedonian documentary" (country, genre), "the 85-minute documentary" (runtime),
/// "in Turkish and Macedonian" (languages), "a Netflix original" and "an HBO documentary" (platform or broadcaster).
/// Only sentences about the film itself are read: they name its title or call it "the film" or "the documentary".
/// </summary>
internal static class DescriptionRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex Copula = new(
        @"\b(?:is|was|’s|'s)\s+(?:a|an)\s+(?:(?:19|20)\d\d\s+)?(?<adjectives>(?:\p{Lu}[\p{L}]+(?:[-–/]\p{Lu}[\p{L}]+)*(?:,)?\s+(?:and\s+)?)+)?(?:[\p{Ll}-]+\s+){0,3}?(?<noun>documentary|docu-?series|non-fiction film|film|feature|co-production)\b",
        Options);

    private static readonly Regex DocumentaryNoun = new(@"\b(?:is|was)\s+(?:a|an)\s+(?:[\p{L}\d-]+,?\s+){0,6}?(?:documentary|docuseries|non-fiction film)\b", RegexOptions.IgnoreCase | Options);

    private static readonly Regex MinuteFilm = new(
        @"\b(?<minutes>\d{2,3})[- ]minute\s+(?:[\p{L}-]+\s+){0,2}?(?:documentary|film|feature|doc|cut|version|portrait|work)\b|\b(?:runs|running|clocks?\s+in\s+at|clocking\s+in\s+at|lasts)\s+(?:for\s+|just\s+|a\s+brisk\s+|a\s+lean\s+|about\s+|around\s+)?(?<minutes>\d{2,3})\s+minutes\b",
        RegexOptions.IgnoreCase | Options);

    private static readonly Regex InLanguages = new(
        @"\b(?:in|spoken in|language[s]? (?:is|are))\s+(?<list>\p{Lu}\p{Ll}+(?:(?:,\s*|\s+and\s+)\p{Lu}\p{Ll}+){0,3})\b", Options);

    private static readonly Regex SubtitleWord = new(@"^\s*(?:subtitles|subtitled|captions|translation|dub|dubbed)\b", RegexOptions.IgnoreCase | Options);

    private static readonly (Regex Pattern, string Role)[] Originals =
    [
        (new(@"\b(?:an?|the)\s+(?<org>Netflix|Amazon|Apple(?: TV\+?)?|Hulu|Disney\+|Max|Paramount\+|Peacock|MUBI)\s+(?:original|documentary|film|release|doc)\b", Options), CompanyRoles.StreamingPlatform),
        (new(@"\b(?:an?|the)\s+(?<org>HBO|BBC|PBS|CNN|Channel 4|ITV|ARTE|Arte|Showtime|National Geographic|Nat Geo|ESPN|Sky)\s+(?:original|documentary|film|production|Documentary Films)\b", Options), CompanyRoles.Broadcaster),
    ];

    private static readonly Regex AboutTheFilm = new(@"\b(?:the|this|his|her|their)\s+(?:film|documentary|doc|movie|feature)\b", RegexOptions.IgnoreCase | Options);

    public static void Apply(ProseContext context)
    {
        var text = context.Text;
        var title = context.Film.Title;
        foreach (var sentence in context.Sentences)
        {
            var raw = sentence.Of(text);
            var namesFilm = title.Length > 1 && raw.Contains(title, StringComparison.OrdinalIgnoreCase);
            if (!namesFilm && !AboutTheFilm.IsMatch(raw)) continue;

            if (namesFilm && Copula.Match(raw) is { Success: true } copula && IsAfterTitle(raw, copula.Index, title))
            {
                if (copula.Groups["adjectives"].Success)
                    foreach (Match word in Regex.Matches(copula.Groups["adjectives"].Value, @"\p{Lu}[\p{L}]+"))
                        if (Countries.FromDemonym(word.Value) is { } code)
                        {
                            var at = sentence.Start + copula.Groups["adjectives"].Index + word.Index;
                            context.Film.AddCountry(code, new TextSpan(at, at + word.Length).Evidence("prose.country.demonym"));
                        }
            }
            if (namesFilm && DocumentaryNoun.Match(raw) is { Success: true } documentary && IsAfterTitle(raw, documentary.Index, title) && context.IsDocumentary)
                context.Film.AddGenre("Documentary", new TextSpan(sentence.Start + documentary.Index, sentence.Start + documentary.Index + documentary.Length).Evidence("prose.genre.documentary"));

            foreach (Match minutes in MinuteFilm.Matches(raw))
            {
                var value = int.Parse(minutes.Groups["minutes"].Value);
                if (value is < 20 or > 600) continue;
                context.Film.AddRuntime(new RuntimeFact(value, RuntimeVersions.Listing, null,
                    new TextSpan(sentence.Start + minutes.Index, sentence.Start + minutes.Index + minutes.Length).Evidence("prose.runtime.stated")));
            }

            foreach (Match languages in InLanguages.Matches(raw))
            {
                var list = languages.Groups["list"];
                if (SubtitleWord.IsMatch(raw.AsSpan(list.Index + list.Length))) continue;
                var names = Regex.Split(list.Value, @",\s*|\s+and\s+");
                if (!names.All(n => Languages.Find(n) is not null)) continue;
                FieldRules.ReadLanguages(text, new TextSpan(sentence.Start + list.Index, sentence.Start + list.Index + list.Length), context.Film, "prose.language.in");
            }

            foreach (var (pattern, role) in Originals)
                foreach (Match original in pattern.Matches(raw))
                {
                    var org = original.Groups["org"];
                    context.Film.AddCompany(org.Value, role, new TextSpan(sentence.Start + org.Index, sentence.Start + org.Index + org.Length).Evidence("prose.company.original"));
                }
        }
    }

    /// <summary>The description follows the title (or a pronoun for it) rather than another film named earlier in the sentence.</summary>
    private static bool IsAfterTitle(string sentence, int index, string title)
    {
        var at = sentence.IndexOf(title, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && at < index && index - (at + title.Length) <= 40;
    }
}
