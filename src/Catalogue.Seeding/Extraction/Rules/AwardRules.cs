using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Awards from prize phrases: "won the top prize for X at Sundance", "earned a nomination for X from the
/// Cinema Eye Honors", "shortlisted for X at Y", "qualified for Oscar consideration". The category is kept as
/// written; the event is normalised ("Sundance" → "Sundance Film Festival") and must look like an event.
/// </summary>
internal static class AwardRules
{
    private const string Event = @"(?<event>(?:(?:19|20)\d\d\s+)?\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&-]*|(?:19|20)\d\d|of|for|de|du))*)";
    private const string Category = @"(?<category>[^.;!?\n]{3,90}?)";
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex Won = new(
        @"\b(?:won|wins|winning|took\s+home|picked\s+up|scooped)\s+(?:the\s+|an?\s+)?" + Category + @"\s+(?:at|from)\s+(?:the\s+)?" + Event, Options);

    private static readonly Regex Nominated = new(
        @"\b(?:(?:earned|received|garnered|got|scored|secured|landed)\s+(?:a|an|the)?\s*nominations?|(?:was|been|is|were)\s+nominated)\s+for\s+(?:the\s+|an?\s+)?"
        + Category + @"\s+(?:from|at|by)\s+(?:the\s+)?" + Event, Options);

    private static readonly Regex Shortlisted = new(
        @"\bshortlisted\s+for\s+(?:the\s+|an?\s+)?" + Category + @"\s+(?:from|at|by)\s+(?:the\s+)?" + Event, Options);

    private const string NamedPrize = @"(?<event>Oscar|Academy\s+Award|Emmy|BAFTA|Peabody|Golden\s+Globe|Independent\s+Spirit\s+Award|IDA\s+Award|Cinema\s+Eye\s+Honor|Critics\s+Choice\s+Award|Grierson)s?";

    private static readonly Regex WonNamedPrize = new(
        @"\b(?:won|wins|winning|took\s+home|picked\s+up|received|earned|scooped)\s+(?:the\s+|an?\s+)?(?:(?:19|20)\d\d\s+)?" + NamedPrize + @"\s+for\s+(?:the\s+)?" + Category + @"(?:[.;,!?]|\s+(?:in|at)\s+|$)", Options);

    private static readonly Regex NominatedNamedPrize = new(
        @"\b(?:nominated|nomination|nominations|shortlisted)\s+for\s+(?:the\s+|an?\s+)?(?:(?:19|20)\d\d\s+)?" + NamedPrize + @"(?:\s+for\s+(?:the\s+)?" + Category + @"(?:[.;,!?]|\s+(?:in|at)\s+|$))?", Options);

    private static readonly Regex Selected = new(
        @"\b(?:world[- ]premiered|premiered|had\s+its\s+(?:world\s+|international\s+|north\s+american\s+|european\s+|u\.?s\.?\s+)?premiere|screened|was\s+selected|selected|competed|played\s+in\s+competition)\s+(?:in\s+(?:the\s+)?(?<category>[^.;!?\n]{3,80}?)\s+)?(?:at|in)\s+(?:the\s+)?" + Event, Options);

    private static readonly Regex Qualified = new(
        @"\bqualified\s+for\s+(?:an?\s+|the\s+)?(?<category>(?<event>Oscars?|Academy\s+Awards?|Emmys?|BAFTAs?)\s+(?:consideration|eligibility|contention))\b", Options);

    /// <summary>What a won category looks like, so "won the hearts of audiences at Sundance" is not an award.</summary>
    private static readonly Regex PrizeWords = new(
        @"\b(?:prize|prix|award|jury|best|grand|golden|silver|bronze|honou?r|medal|trophy|lion|bear|palme|category)\b",
        RegexOptions.IgnoreCase | Options);

    private static readonly Regex Year = new(@"\b(?:19|20)\d\d\b", Options);

    /// <summary>
    /// "Best Documentary Feature and Best International Feature" is two categories; "Sound Editing and Mixing" is one,
    /// so a category splits only where the part after "and" repeats the first word.
    /// </summary>
    private static IEnumerable<string> SplitCategories(string category)
    {
        var first = category.Split(' ')[0];
        var parts = category.Split(" and ");
        return parts.Length > 1 && parts.Skip(1).All(p => p.StartsWith(first + " ", StringComparison.Ordinal)) ? parts : [category];
    }

    public static void Apply(ProseContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            var sentenceText = sentence.Of(context.Text);
            Read(context, sentence, sentenceText, Won, AwardOutcomes.Won, requirePrizeWords: true);
            Read(context, sentence, sentenceText, Nominated, AwardOutcomes.Nominated, requirePrizeWords: false);
            Read(context, sentence, sentenceText, Shortlisted, AwardOutcomes.Shortlisted, requirePrizeWords: false);
            Read(context, sentence, sentenceText, Qualified, AwardOutcomes.Qualified, requirePrizeWords: false);
            Read(context, sentence, sentenceText, Selected, AwardOutcomes.Selected, requirePrizeWords: false);
            Read(context, sentence, sentenceText, WonNamedPrize, AwardOutcomes.Won, requirePrizeWords: false);
            Read(context, sentence, sentenceText, NominatedNamedPrize,
                sentenceText.Contains("shortlisted", StringComparison.OrdinalIgnoreCase) ? AwardOutcomes.Shortlisted : AwardOutcomes.Nominated, requirePrizeWords: false);
        }
    }

    private static void Read(ProseContext context, TextSpan sentence, string sentenceText, Regex pattern, string outcome, bool requirePrizeWords)
    {
        foreach (Match match in pattern.Matches(sentenceText))
        {
            var category = match.Groups["category"].Success ? TitleRuns.Collapse(match.Groups["category"].Value).TrimEnd(',', '.', ';')
                : outcome == AwardOutcomes.Selected ? "Official Selection" : TitleRuns.Collapse(match.Groups["event"].Value);
            if (requirePrizeWords && !PrizeWords.IsMatch(category)) continue;
            var eventText = TitleRuns.Collapse(Year.Replace(match.Groups["event"].Value, "")).TrimEnd(' ', '\'', '’');
            if (AwardEvents.Normalise(eventText) is not { } awardEvent) continue;
            var year = Year.Match(match.Value) is { Success: true } y ? int.Parse(y.Value) : (int?)null;
            var span = new TextSpan(sentence.Start + match.Index, sentence.Start + match.Index + match.Length);
            var film = context.FilmNamedBefore(sentenceText, match.Index);
            foreach (var single in SplitCategories(category))
                film.AddAward(new AwardFact(awardEvent, single, outcome, year, span.Evidence(context.Rule($"award.{outcome}"))));
        }
    }
}
