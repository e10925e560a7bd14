using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Running times stated in prose, kept only when the sentence says which version they are: "the version that
/// played in theaters ... measured 104 minutes" (theatrical), "An 88-minute version is currently streaming on
/// Netflix" (streaming, platform Netflix). A bare "90 minutes" could be anything, so it is not a runtime.
/// </summary>
internal static class RuntimeRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex Minutes = new(@"\b(?<minutes>\d{2,3})(?:-|\s)?(?:minutes?|mins?)\b", Options);

    private static readonly (Regex Keyword, string Version)[] Versions =
    [
        (new(@"\b(?:theaters?|theatres?|theatrical|cinemas?)\b", Options), RuntimeVersions.Theatrical),
        (new(@"\b(?:festivals?|premiered?)\b", Options), RuntimeVersions.Festival),
        (new(@"\b(?:broadcast|aired|airs|television|TV)\b", Options), RuntimeVersions.Broadcast),
        (new(@"\b(?:streaming|streamed|streams)\b", Options), RuntimeVersions.Streaming),
    ];

    private static readonly Regex AboutAVersion = new(
        @"\b(?:version|cut|edit|film|documentary|movie|runtime|running\s+time|runs|ran|measured|measures|clocks?\s+in|lasts|lasted)\b", Options);

    /// <summary>"after 20 minutes", "the first 30 minutes": time spent watching, not a length.</summary>
    private static readonly Regex SpentTime = new(@"\b(?:after|within|first|last|final|opening|closing|another|extra)\s+$", Options);

    private static readonly Regex PlatformPhrase = new(@"\b(?:streaming|streamed|streams|available|now|aired|airs|broadcast)\s+on\s+", Options);

    /// <summary>"Running a hefty 128 minutes", "it runs 93 minutes", "a 75-minute documentary": the film's length, no version named.</summary>
    private static readonly Regex PlainLength = new(
        @"\b(?:running|runs|ran|clocking\s+in\s+at|clocks\s+in\s+at|lasting|lasts)\s+(?:a\s+|just\s+|only\s+|nearly\s+|almost\s+|over\s+)?(?:[\p{Ll}-]+\s+)?(?<minutes>\d{2,3})\s*(?:minutes|mins?)\b|\b(?:a|an|its|the)\s+(?:[\p{Ll}-]+\s+)?(?<minutes>\d{2,3})-minute\s+(?:documentary|film|feature|portrait|movie|doc|cut)\b", Options);

    /// <summary>"Tim Wardle's British documentary, 96 minutes, about …", "Directed by Andrew Jarecki, 107 minutes": a length set between commas in a film's credits.</summary>
    private static readonly Regex AppositiveLength = new(
        @"(?:\b(?:documentary|film|feature|movie|doc)\b|\bdirected\s+by\s+\p{Lu}[^,.;]{2,60}),\s*(?<minutes>\d{2,3})\s*(?:minutes|mins?)\s*(?:,|\.|;|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static Match PlainOrAppositiveLength(string sentence) =>
        PlainLength.Match(sentence) is { Success: true } plain ? plain : AppositiveLength.Match(sentence);

    public static void Apply(ProseContext context)
    {
        foreach (var sentence in context.Sentences)
            foreach (var clause in Clauses(context.Text, sentence))
                ReadClause(context, clause);
        if (context.Film.Facts.Runtimes.Count > 0) return;
        foreach (var sentence in context.Sentences)
            if (sentence.Of(context.Text) is var written && PlainOrAppositiveLength(written) is { Success: true } length
                && int.Parse(length.Groups["minutes"].Value) is >= 20 and <= 600 and var minutes && !context.CitesAnotherFilm(written))
            {
                var span = new TextSpan(sentence.Start + length.Index, sentence.Start + length.Index + length.Length);
                context.Film.AddRuntime(new RuntimeFact(minutes, RuntimeVersions.Listing, null, span.Evidence(context.Rule("runtime.plain"))));
                return;
            }
    }

    /// <summary>
    /// A runtime, its version word and what says it is a version must share a clause: in "After 20 minutes in the
    /// cinema my kids were hooked; the theatrical cut runs 103 minutes" only 103 is a runtime.
    /// </summary>
    private static IEnumerable<TextSpan> Clauses(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] is not (';' or '—' or '–' or ':' or '(' or ')')) continue;
            yield return new TextSpan(start, i);
            start = i + 1;
        }
        yield return new TextSpan(start, sentence.End);
    }

    private static void ReadClause(ProseContext context, TextSpan clause)
    {
        var clauseText = clause.Of(context.Text);
        // "After 20 minutes in the cinema I left" is about the critic, not a version of the film.
        if (!AboutAVersion.IsMatch(clauseText)) return;
        foreach (Match runtime in Minutes.Matches(clauseText))
        {
            if (SpentTime.IsMatch(clauseText.AsSpan(0, runtime.Index))) continue;
            var minutes = int.Parse(runtime.Groups["minutes"].Value);
            if (minutes is < 1 or > 900) continue;
            var nearest = Versions
                .SelectMany(v => v.Keyword.Matches(clauseText).Select(m => (m, v.Version)))
                .OrderBy(k => Math.Abs(k.m.Index - runtime.Index))
                .FirstOrDefault();
            if (nearest.m is null) continue;
            var start = clause.Start + Math.Min(nearest.m.Index, runtime.Index);
            var end = clause.Start + Math.Max(nearest.m.Index + nearest.m.Length, runtime.Index + runtime.Length);
            var platform = Platform(context, clause, clauseText, nearest.Version);
            if (platform is not null) end = Math.Max(end, platform.Span.End);
            var rule = platform is null ? "runtime.version" : "runtime.version-on-platform";
            context.Film.AddRuntime(new RuntimeFact(minutes, nearest.Version, platform?.Name, new TextSpan(start, end).Evidence(context.Rule(rule))));
        }
    }

    private static OrganisationMatch? Platform(ProseContext context, TextSpan sentence, string sentenceText, string version)
    {
        if (version is not (RuntimeVersions.Streaming or RuntimeVersions.Broadcast)) return null;
        var phrase = PlatformPhrase.Match(sentenceText);
        if (!phrase.Success) return null;
        var platform = CompanyRules.ReadOrganisation(context.Text, sentence.Start + phrase.Index + phrase.Length, sentence.End);
        if (platform is null) return null;
        var role = version == RuntimeVersions.Streaming ? CompanyRoles.StreamingPlatform : CompanyRoles.Broadcaster;
        context.Film.AddCompany(platform.Name, role, new TextSpan(sentence.Start + phrase.Index, platform.Span.End).Evidence(context.Rule("company.platform-of-version")));
        return platform;
    }
}
