using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Awards written as laurels and list lines rather than sentences: "WINNER — Grand Jury Prize, Sundance 2019",
/// "Official Selection: CPH:DOX 2019", "Academy Awards 2020 – Best Documentary Feature (nominated)",
/// "Sundance Film Festival | World Cinema Grand Jury Prize: Documentary | Won". The line needs an outcome word and an event.
/// </summary>
internal static class LaurelRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (Regex Word, string Outcome)[] Outcomes =
    [
        (new(@"\b(?:winner|won|wins)\b", Options), AwardOutcomes.Won),
        (new(@"\b(?:nominee|nominated|nomination)\b", Options), AwardOutcomes.Nominated),
        (new(@"\bshort-?listed\b", Options), AwardOutcomes.Shortlisted),
        (new(@"\b(?:official\s+selection|selected|reviewed\s+at|in\s+competition|world\s+premiere|international\s+premiere|north\s+american\s+premiere|european\s+premiere|premiere|opening\s+film|closing\s+night)\b", Options), AwardOutcomes.Selected),
    ];

    private static readonly Regex Year = new(@"\b(?:19|20)\d\d\b", Options);

    private static readonly char[] Separators = ['—', '–', '|', ',', ':', '(', ')', ';', '·', '•'];

    /// <summary>
    /// The lines of one awards or festivals list: a line without an outcome word takes the list's (a festivals list
    /// selects, an awards list awards what names a prize), and a line without an event takes the one of the line before
    /// ("2019 Sundance Film Festival" then "Winner: Special Jury Award for Cinematography").
    /// </summary>
    public sealed class ListContext(bool festivals)
    {
        public bool Festivals { get; } = festivals;
        public string? Event { get; set; }
        public int? Year { get; set; }

        /// <summary>
        /// "Award: Best Documentary" or "Nominee: Best Documentary Feature" under a festival's row: the row's event, and the
        /// outcome its label says, for a line that names a prize but no event.
        /// </summary>
        public string? RowOutcome { get; init; }
    }

    /// <summary>"Cinema Eye Honors     New York, NY     January 2019": the event a line names, and its year.</summary>
    public static (string Event, int? Year)? EventOf(string line) =>
        AwardEvents.FindIn(line) is { } named ? (named, Year.Match(line) is { Success: true } y ? int.Parse(y.Value) : null) : null;

    private static readonly Regex Prize = new(@"\b(?:prize|prix|award|jury|winner|best\s+(?!of\b)\w+|golden|silver|lion|bear|palme|honou?r|medal|trophy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A line of a list that names an event the gazetteer does not know: "DocPoint Helsinki 2022", "Nordic Council Film Prize 2021".</summary>
    private static readonly Regex NamedWithYear = new(@"^(?<name>\p{Lu}[\p{L}\p{N}:/&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}:/&'’.-]*|of|for|de|du)){0,6})\s+(?:19|20)\d\d\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static bool TryApply(string text, TextSpan line, FilmAssembler film, ListContext? list = null)
    {
        var raw = line.Of(text);
        if (raw.Length > 220) return false;
        var outcome = Outcomes.Select(o => (o.Outcome, Match: o.Word.Match(raw))).Where(o => o.Match.Success).OrderBy(o => o.Match.Index).FirstOrDefault();
        var listed = outcome.Match is null && list is not null;
        if (listed) outcome = (list!.RowOutcome ?? (list.Festivals || !Prize.IsMatch(raw) ? AwardOutcomes.Selected : AwardOutcomes.Won), Match.Empty);
        if (outcome.Match is null) return list is null && NamedAlone(text, line, film);
        var parts = Split(text, line).Where(p => !Outcomes.Any(o => o.Word.IsMatch(p.Of(text)) && p.Of(text).Split(' ').Length <= 3)).ToList();
        string? awardEvent = null;
        var eventPart = -1;
        for (var i = 0; i < parts.Count && awardEvent is null; i++)
        {
            var candidate = TitleRuns.Collapse(Year.Replace(parts[i].Of(text), "")).Trim(' ', '-', '.', '\'', '’');
            awardEvent = AwardEvents.Normalise(candidate);
            if (awardEvent is not null) eventPart = i;
        }
        if (awardEvent is null && AwardEvents.FindIn(raw) is { } named)
        {
            awardEvent = named;
            eventPart = parts.FindIndex(p => AwardEvents.FindIn(p.Of(text)) == named);
        }
        var year = Year.Match(raw) is { Success: true } y ? int.Parse(y.Value) : (int?)null;
        if (awardEvent is null && list is not null && NamedWithYear.Match(raw.Trim()) is { Success: true } unknownEvent && !unknownEvent.Groups["name"].Value.Contains("Selection", StringComparison.OrdinalIgnoreCase))
        {
            awardEvent = unknownEvent.Groups["name"].Value;
            eventPart = parts.FindIndex(p => p.Of(text).Contains(awardEvent, StringComparison.Ordinal));
        }
        if (awardEvent is not null && list is not null) (list.Event, list.Year) = (awardEvent, year);
        // "Winner: Special Jury Award for Cinematography" under "2019 Sundance Film Festival": the list's event, if the line says it won something.
        else if (awardEvent is null && (!listed || list!.RowOutcome is not null) && list?.Event is { } carried
                 && (Prize.IsMatch(raw) || list.RowOutcome is not null))
            (awardEvent, year) = (carried, year ?? list.Year);
        if (awardEvent is null) return false;
        if (listed && list!.RowOutcome is null && !Prize.IsMatch(raw) && Year.Matches(raw).Count == 0 && !raw.Contains(awardEvent, StringComparison.OrdinalIgnoreCase) && AwardEvents.FindIn(raw) is null) return false;
        var category = parts.Where((p, i) => i != eventPart && PrizeWords.IsMatch(p.Of(text))).Select(p => TitleRuns.Collapse(p.Of(text))).FirstOrDefault()
                       ?? parts.Where((p, i) => i != eventPart && IsCategory(p.Of(text))).Select(p => TitleRuns.Collapse(p.Of(text))).FirstOrDefault()
                       ?? (outcome.Outcome == AwardOutcomes.Selected ? "Official Selection" : awardEvent);
        var rule = listed ? $"line.listed-award.{outcome.Outcome}" : $"line.laurel.{outcome.Outcome}";
        film.AddAward(new AwardFact(awardEvent, category, outcome.Outcome, year, line.Evidence(rule)));
        return true;
    }

    /// <summary>"BAFTA Award for Outstanding British Film, 2004." on its own line under a film: a laurel that needs no outcome word.</summary>
    private static bool NamedAlone(string text, TextSpan line, FilmAssembler film)
    {
        var raw = line.Of(text);
        if (Mentions.Prizes.Alone(raw) is not { } prize || (prize.ImpliedEvent ?? AwardEvents.FindIn(raw)) is not { } awardEvent) return false;
        var year = Year.Match(raw[prize.End..]) is { Success: true } y ? int.Parse(y.Value) : (int?)null;
        film.AddAward(new AwardFact(awardEvent, prize.Category.TrimEnd(',', '.', ';'), AwardOutcomes.Won, year, line.Evidence("line.prize-named-alone")));
        return true;
    }

    private static readonly Regex PrizeWords = new(
        @"\b(?:prize|prix|award|jury|best|grand|golden|silver|bronze|honou?r|medal|trophy|lion|bear|palme|achievement|outstanding|audience|directing|documentary|feature|competition|selection)\b", Options);

    private static readonly Regex DatePart = new(
        $@"\b{Months.Pattern}\b\.?|^\s*\d{{1,2}}[/.]\d{{1,2}}", Options);

    private static bool IsCategory(string part)
    {
        var trimmed = part.Trim();
        return trimmed.Length >= 4 && !Year.IsMatch(trimmed) && !DatePart.IsMatch(trimmed);
    }

    private static List<TextSpan> Split(string text, TextSpan line)
    {
        var parts = new List<TextSpan>();
        var start = line.Start;
        for (var i = line.Start; i <= line.End; i++)
        {
            // "CPH:DOX" keeps its colon: only a colon before a space separates.
            var separator = i == line.End || Array.IndexOf(Separators, text[i]) >= 0 && !(text[i] == ':' && i + 1 < line.End && text[i + 1] != ' ')
                || i + 4 <= line.End && text.AsSpan(i, 4).Equals(" at ", StringComparison.OrdinalIgnoreCase)
                || i + 3 <= line.End && text[i] == ' ' && text[i + 1] == '-' && text[i + 2] == ' '
                // "Full Frame Documentary Film Festival     Durham, North Carolina": columns copied from a list.
                || i + 3 <= line.End && text[i] == ' ' && text[i + 1] == ' ' && text[i + 2] == ' ';
            if (!separator) continue;
            var part = TextSpan.Trimmed(text, start, i);
            if (part.Length > 0) parts.Add(part);
            start = i + 1;
            if (i + 4 <= line.End && text.AsSpan(i, 4).Equals(" at ", StringComparison.OrdinalIgnoreCase)) { start = i + 4; i += 3; }
        }
        return parts;
    }
}
