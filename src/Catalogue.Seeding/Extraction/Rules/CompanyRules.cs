using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>An organisation's name as read: without a leading "The", with the span that includes it.</summary>
internal sealed record OrganisationMatch(TextSpan Span, string Name);

/// <summary>
/// Organisations with a part in the film: "commissioned by X", "distributed by X", "streaming on X",
/// "broadcast on X", and an organisation the documentary is about when the text introduces it with another
/// name ("The Syrian Civil Defence also known as The White Helmets": name "White Helmets", alias "Syrian Civil Defence").
/// </summary>
internal static class CompanyRules
{
    private static readonly Regex KnownAs = new(@"\b(?:also\s+)?known\s+as\s+|\ba\.k\.a\.?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex OrganisationAppositive = new(
        @"^\s*(?:a|an)\s+[\p{Ll}\s-]{0,60}\b(?:organi[sz]ation|group|network|movement|agency|company|collective|force|service|corps|charity|unit|association)\s*,?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly (Regex Phrase, string Role, string Rule)[] RolePhrases =
    [
        (Phrase(@"\bcommissioned\s+by\s+"), CompanyRoles.Commissioner, "company.commissioned-by"),
        (Phrase(@"\bdistributed\s+(?:theatrically\s+|worldwide\s+|in\s+(?:the\s+)?[\p{L}.]+(?:\s+[\p{L}.]+)?\s+)?by\s+"), CompanyRoles.Distributor, "company.distributed-by"),
        (Phrase(@"\b(?:streaming|streams|available\s+to\s+stream)\s+(?:now\s+)?on\s+"), CompanyRoles.StreamingPlatform, "company.streaming-on"),
        (Phrase(@"\b(?:broadcast|aired|airs)\s+on\s+"), CompanyRoles.Broadcaster, "company.broadcast-on"),
        (Phrase(@"\b(?:released|acquired|bought|picked\s+up|is\s+distributing|will\s+distribute|presented)\s+(?:theatrically\s+|worldwide\s+|in\s+(?:the\s+)?(?:U\.?S\.?|US|UK|North\s+America(?:n)?|cinemas|theatres|theaters)\s+(?:theatres\s+|theaters\s+|cinemas\s+)?)?by\s+"), CompanyRoles.Distributor, "company.released-by"),
        (Phrase(@"\b(?:produced\s+with|(?:produced\s+)?in\s+association\s+with|co-produced\s+with|in\s+co-production\s+with)\s+"), CompanyRoles.Producer, "company.in-association-with"),
        (Phrase(@"\b(?:arrives|arriving|lands|landing|premieres|debuts|is\s+now|now|comes|coming)\s+(?:streaming\s+)?on\s+"), CompanyRoles.StreamingPlatform, "company.streaming-on"),
        (Phrase(@"\b(?:a|an)\s+(?:production|co-production)\s+of\s+"), CompanyRoles.Producer, "company.produced-by"),
        (Phrase(@"\bproduction\s+compan(?:y|ies)\s+"), CompanyRoles.Producer, "company.produced-by"),
    ];

    private static Regex Phrase(string pattern) =>
        new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Inside an organisation's name only these small words occur ("Bank of America"); "in the US" ends it.</summary>
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "of", "for", "and", "the", "de", "du", "des", "la", "le" };

    private static readonly HashSet<string> CapitalsStops = new(StringComparer.Ordinal) { "in", "on", "at", "to", "from", "by", "with", "this", "now", "as", "is" };

    /// <summary>Reads "[the] Title Cased Name" from <paramref name="position"/>.</summary>
    public static OrganisationMatch? ReadOrganisation(string text, int position, int limit)
    {
        if (TitleRuns.ReadForward(text, SkipLowercaseThe(text, position, limit), limit) is not { } run) return null;
        var span = CutAtPreposition(text, run);
        var name = TitleRuns.WithoutLeadingThe(TitleRuns.Collapse(span.Of(text)));
        return name.Length < 2 || Names.IsNotName(name) ? null : new OrganisationMatch(span, name);
    }

    private static TextSpan CutAtPreposition(string text, TextSpan run)
    {
        var words = Words.All(text, run);
        var end = words[0].End;
        for (var k = 1; k < words.Count; k++)
        {
            var word = words[k].Of(text);
            // "PREMIERES ON NETFLIX AND IN SELECT THEATERS": in capitals the small words are known by their lower case.
            if (word.All(char.IsUpper) && word.Length <= 4 && word.ToLowerInvariant() is var lower && (NameJoiners.Contains(lower) || CapitalsStops.Contains(lower)))
            {
                if (CapitalsStops.Contains(lower)) break;
                continue;
            }
            if (!TitleRuns.IsTitleWord(word) && !NameJoiners.Contains(word)) break;
            if (TitleRuns.IsTitleWord(word)) end = words[k].End;
        }
        return new TextSpan(run.Start, end);
    }

    private static int SkipLowercaseThe(string text, int position, int limit) =>
        Words.Next(text, position, limit) is { } word && word.Of(text) == "the" ? word.End : position;

    /// <summary>"A Paranoid Pictures film", "A Concordia Studio production", "A Hulu / Kartemquin Films release": the company before the work.</summary>
    private static readonly Regex CompanysWork = new(
        @"\b(?:A|An|a|an)\s+(?<companies>\p{Lu}(?:[^.;:()“”""]|\([^()]{1,24}\)){1,80}?)\s+(?<work>film|production|co-production|release|presentation)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>"A24 (in U.S.)": the territory note after a company's name in a credits phrase.</summary>
    private static readonly Regex TerritoryNote = new(@"\s*\([^()]{1,24}\)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly string[] WorkSeparators = ["/", ",", "|", " and "];

    /// <summary>
    /// "An Altitude Film Distribution (in U.K.)/A24 (in U.S.) release of a Universal Music, Film4 presentation of an On the Corner
    /// production": the companies of a credits phrase, each with the span of its name (the territory note left out).
    /// </summary>
    private static IEnumerable<(string Name, int Start, int End)> CompaniesOfWork(string text, TextSpan span)
    {
        var start = span.Start;
        while (start <= span.End)
        {
            var (at, length) = WorkSeparators.Select(separator => (At: text.IndexOf(separator, start, span.End - start, StringComparison.Ordinal), separator.Length))
                .Where(found => found.At >= 0).DefaultIfEmpty((span.End, 0)).MinBy(found => found.Item1);
            var part = TextSpan.Trimmed(text, start, at);
            if (TerritoryNote.Match(part.Of(text)) is { Success: true } note) part = TextSpan.Trimmed(text, part.Start, part.Start + note.Index);
            if (part.Length > 0) yield return (TitleRuns.WithoutLeadingThe(TitleRuns.Collapse(part.Of(text))), part.Start, part.End);
            start = at + Math.Max(length, 1);
        }
    }

    /// <summary>
    /// The companies of a production, presentation or release phrase. One word alone is a company only when it reads as one
    /// ("a Netflix release") or stands in a list of them, since "a Christmas release" or "a Broadway production" name a time or a place.
    /// </summary>
    private static IEnumerable<(string Name, int Start, int End)> CompanyCredits(string text, TextSpan span)
    {
        var parts = CompaniesOfWork(text, span).ToList();
        return parts.Where(c => IsCompanyShaped(c.Name) && (parts.Count > 1 || c.Name.Contains(' ') || Mentions.PersonNames.LooksLikeOrganisation(c.Name)));
    }

    /// <summary>The phrases of a credits field ("Production: … A Sandbox Films presentation of an Intuitive Pictures production."), each company with its role.</summary>
    public static IEnumerable<(string Name, string Role, TextSpan Span)> CreditPhrases(string text, TextSpan value)
    {
        foreach (Match match in CompanysWork.Matches(value.Of(text)))
        {
            var work = match.Groups["work"].Value;
            if (work == "film") continue;
            var group = match.Groups["companies"];
            var role = work == "release" ? CompanyRoles.Distributor : CompanyRoles.Producer;
            foreach (var (name, start, end) in CompanyCredits(text, new TextSpan(value.Start + group.Index, value.Start + group.Index + group.Length)))
                yield return (name, role, new TextSpan(start, end));
        }
    }

    /// <summary>A company's name as a credits phrase writes it: capitalised words, no nationality ("A Danish / Norwegian production").</summary>
    private static bool IsCompanyShaped(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6 && !(words.Length == 1 && Names.IsNotName(name)) && Countries.Find(name) is null && Countries.FromDemonym(name) is null
               && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || TitleRuns.FunctionWords.Contains(w) || w == "&");
    }

    private static readonly Regex FromCompanies = new(@"^From\s+(?<companies>\p{Lu}[^.,;:()“”""]{1,80}?)\s*(?:\.|$)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"Sony Pictures Classics released it", "Magnolia Pictures put it out", "HBO aired it later".</summary>
    private static readonly Regex CompanyActsOnIt = new(
        @"\b(?<verb>released|distributed|bought|acquired|picked\s+up|put\s+out|aired|broadcast|showed)\s+(?:it|the\s+film|the\s+documentary)\b|\b(?<verb>picked|put)\s+it\s+(?:up|out)\b|\b(?<verb>handled)\s+the\s+(?:(?:US|U\.S\.|UK|North\s+American|theatrical|international)\s+)?(?:release|distribution)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"CNN Films and Magnolia Pictures", "Hulu / Kartemquin Films": one name per company, when each part is one.</summary>
    private static IEnumerable<(string Name, int Start, int End)> EachCompany(string text, TextSpan span)
    {
        var raw = span.Of(text);
        var parts = raw.Split([" and ", " / ", " & "], StringSplitOptions.None);
        if (parts.Length > 1 && parts.All(p => Mentions.PersonNames.LooksLikeOrganisation(p.Trim())))
        {
            var offset = 0;
            foreach (var part in parts)
            {
                var at = raw.IndexOf(part, offset, StringComparison.Ordinal);
                offset = at + part.Length;
                yield return (TitleRuns.WithoutLeadingThe(part.Trim()), span.Start + at, span.Start + at + part.Length);
            }
            yield break;
        }
        yield return (TitleRuns.WithoutLeadingThe(TitleRuns.Collapse(raw)), span.Start, span.End);
    }

    public static List<FoundCompany> Find(string text, IReadOnlyList<TextSpan> sentences, Func<string, string> rule, bool isDocumentary)
    {
        var found = new List<FoundCompany>();
        foreach (var sentence in sentences)
        {
            var sentenceText = sentence.Of(text);
            foreach (var (phrase, role, ruleName) in RolePhrases)
                foreach (Match match in phrase.Matches(sentenceText))
                    if (ReadOrganisation(text, sentence.Start + match.Index + match.Length, sentence.End) is { } organisation)
                        foreach (var (name, _, end) in EachCompany(text, organisation.Span))
                            found.Add(new FoundCompany(name, role, new TextSpan(sentence.Start + match.Index, end).Evidence(rule(ruleName)), null));
            foreach (Match match in CompanysWork.Matches(sentenceText))
            {
                var group = match.Groups["companies"];
                var span = new TextSpan(sentence.Start + group.Index, sentence.Start + group.Index + group.Length);
                var work = match.Groups["work"].Value;
                var role = work == "release" ? CompanyRoles.Distributor : CompanyRoles.Producer;
                // "A Morgan Neville film" is the director's; a production, presentation or release is a company's, unless the
                // page credits the name as a person (kept apart until the credits are read).
                var companies = work == "film" ? EachCompany(text, span).Where(c => Mentions.PersonNames.LooksLikeOrganisation(c.Name))
                    : CompanyCredits(text, span);
                foreach (var (name, start, end) in companies.ToList())
                    if (!Names.IsNotName(name))
                        found.Add(new FoundCompany(name, role, new TextSpan(start, sentence.Start + match.Index + match.Length).Evidence(rule("company.companys-work")), null)
                            { UnlessPerson = work != "film" && !Mentions.PersonNames.LooksLikeOrganisation(name) });
            }
            // "From CNN Films and Statement Pictures.": a credits line opening on the companies that made the film.
            if (FromCompanies.Match(sentenceText) is { Success: true } from)
            {
                var group = from.Groups["companies"];
                var span = new TextSpan(sentence.Start + group.Index, sentence.Start + group.Index + group.Length);
                var companies = EachCompany(text, span).ToList();
                if (companies.All(c => Mentions.PersonNames.LooksLikeOrganisation(c.Name) && !Names.IsNotName(c.Name)))
                    foreach (var (name, start, end) in companies)
                        found.Add(new FoundCompany(name, CompanyRoles.Producer, new TextSpan(sentence.Start, end).Evidence(rule("company.from")), null));
            }
            foreach (Match match in CompanyActsOnIt.Matches(sentenceText))
            {
                if (TitleRuns.ReadBackward(text, sentence.Start + match.Index, sentence.Start) is not { } run) continue;
                // "premiered in the Directors' Fortnight at Cannes in 2013 and Sony Pictures Classics picked it up": the last clause's subject.
                var clause = Math.Max(run.Of(text).LastIndexOf(" and ", StringComparison.Ordinal), Math.Max(run.Of(text).LastIndexOf(" in ", StringComparison.Ordinal), run.Of(text).LastIndexOf(" at ", StringComparison.Ordinal)));
                if (clause > 0) run = TextSpan.Trimmed(text, run.Start + clause + (run.Of(text)[clause + 1] == 'a' && run.Of(text)[clause + 2] == 'n' ? 5 : 4), run.End);
                var name = TitleRuns.WithoutLeadingThe(TitleRuns.Collapse(run.Of(text)));
                if (!Mentions.PersonNames.LooksLikeOrganisation(name) || Names.IsNotName(name)) continue;
                var role = match.Groups["verb"].Value is "aired" or "broadcast" or "showed" ? CompanyRoles.Broadcaster : CompanyRoles.Distributor;
                found.Add(new FoundCompany(name, role, new TextSpan(run.Start, sentence.Start + match.Index + match.Length).Evidence(rule("company.acts-on-it")), null));
            }
            if (!isDocumentary) continue;
            foreach (Match match in KnownAs.Matches(sentenceText))
                if (ReadKnownAs(text, sentence, sentence.Start + match.Index, sentence.Start + match.Index + match.Length, rule) is { } company)
                    found.Add(company);
        }
        return found;
    }

    private static FoundCompany? ReadKnownAs(string text, TextSpan sentence, int phraseStart, int phraseEnd, Func<string, string> rule)
    {
        if (phraseStart <= sentence.Start || ReadOrganisation(text, phraseEnd, sentence.End) is not { } name) return null;
        var nameHasArticle = name.Span.Of(text).StartsWith("The ", StringComparison.Ordinal) || name.Span.Start > phraseEnd;

        // "X, a volunteer organization also known as Y": the appositive says X is an organisation.
        var aliasEnd = phraseStart;
        var comma = text.LastIndexOf(',', phraseStart - 1, Math.Min(80, phraseStart - sentence.Start));
        var saysOrganisation = comma > sentence.Start && OrganisationAppositive.IsMatch(text[(comma + 1)..phraseStart]);
        if (saysOrganisation) aliasEnd = comma;
        if (TitleRuns.ReadBackward(text, aliasEnd, sentence.Start) is not { } aliasSpan) return null;
        var aliasHasArticle = aliasSpan.Of(text).StartsWith("The ", StringComparison.Ordinal)
                              || Words.Previous(text, aliasSpan.Start, sentence.Start) is { } before && before.Of(text) == "the";
        // People are "known as" too ("Marshall Mathers, also known as Eminem"); organisations take an article.
        if (!saysOrganisation && !(nameHasArticle && aliasHasArticle)) return null;

        var alias = TitleRuns.WithoutLeadingThe(TitleRuns.Collapse(aliasSpan.Of(text)));
        if (alias.Equals(name.Name, StringComparison.OrdinalIgnoreCase)) return null;
        var evidence = new TextSpan(aliasSpan.Start, name.Span.End).Evidence(rule("company.also-known-as"));
        return new FoundCompany(name.Name, CompanyRoles.Subject, evidence, new Sourced<string>(alias, aliasSpan.Evidence(rule("company.alias"))));
    }
}
