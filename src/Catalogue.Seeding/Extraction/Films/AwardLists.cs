using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Films;

/// <summary>
/// A page that lists a prize's films ("Sundance Grand Jury Prize: U.S. Documentary" over a table of winners; "Best
/// Documentary Feature — nominees and winners" with a heading per ceremony) says the prize of every film it lists: each
/// won where the list is of winners or the entry is marked the winner (★, "WINNER"), each was nominated where the list
/// is of nominees. A heading over a group of entries ("Films of 2013 — 86th Academy Awards, held March 2, 2014") names
/// the ceremony, its year and the films' year for the entries under it.
/// </summary>
internal static class AwardLists
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Winners = new(@"\b(?:winners?|recipients?|laureates?|honou?rees?)\b", Options);

    private static readonly Regex Nominees = new(@"\b(?:nominees?|nominations?|nominated|shortlist(?:ed)?)\b", Options);

    private static readonly Regex WinnerMark = new(@"★|\bwinner\b|\((?:won|winner)\)", Options);

    private static readonly Regex FilmsOfYear = new(@"\b(?:films?|releases?|released|documentaries)\s+(?:of|in|from)\s+(?<year>(?:18|19|20)\d\d)\b", Options);

    private static readonly Regex Year = new(@"\b(?:18|19|20)\d\d\b", Options);

    private sealed record ListHeading(string? Event, string? Outcome, int? AwardYear, int? FilmYear, TextSpan Span, string Category = "");

    public static void Apply(DocumentLayout layout, IReadOnlyList<FilmSection> sections, IReadOnlyList<FilmAssembler> films)
    {
        if (sections.Count < 2) return;
        var text = layout.Text;
        var page = PageHeading(layout, sections[0].From);
        ListHeading? group = null;
        for (var i = 0; i < sections.Count; i++)
        {
            group = GroupHeading(layout, sections[i]) ?? group;
            var film = films[i];
            if (group?.FilmYear is { } filmYear && film.Facts.Year is null && group.Span is var at)
                film.Facts.Year = new Sourced<int>(filmYear, at.Evidence("entry.award-list.year"));
            var eventName = group?.Event ?? page?.Event;
            if (eventName is null) continue;
            var entry = EntryLine(layout, sections[i]);
            var outcome = WinnerMark.IsMatch(entry.Of(text)) ? AwardOutcomes.Won : group?.Outcome ?? page?.Outcome;
            if (outcome is null) continue;
            var evidence = (group?.Event is not null ? group.Span : page!.Span).Evidence("entry.award-list");
            film.AddAward(new AwardFact(eventName, page?.Category ?? "", outcome, group?.AwardYear, evidence));
        }
    }

    /// <summary>What the headings above the first entry say of the whole list: the prize and whether it lists winners or nominees.</summary>
    private static ListHeading? PageHeading(DocumentLayout layout, int firstEntry)
    {
        var text = layout.Text;
        string? eventName = null, outcome = null, category = null;
        TextSpan? span = null;
        for (var b = 0; b < firstEntry && b < layout.Blocks.Count; b++)
        {
            var block = layout.Blocks[b];
            if (block.InAside || block.Kind is not (BlockKind.Heading or BlockKind.Line) || block.Span.Length > 120) continue;
            var raw = block.Value.Of(text);
            if (category is null && IsPrizeName(raw))
            {
                eventName = AwardEvents.FindIn(raw);
                category = PrizeOf(raw);
                span = block.Value;
            }
            if (Nominees.IsMatch(raw)) outcome = AwardOutcomes.Nominated;
            else if (Winners.IsMatch(raw)) outcome ??= AwardOutcomes.Won;
        }
        return category is null || outcome is null ? null : new ListHeading(eventName, outcome, null, null, span!.Value, category);
    }

    /// <summary>"BEST DOCUMENTARY FEATURE — NOMINEES AND WINNERS, 2013–2014" → "BEST DOCUMENTARY FEATURE"; "[edit]" links dropped.</summary>
    private static string PrizeOf(string heading)
    {
        var prize = heading.Replace("[edit]", "", StringComparison.OrdinalIgnoreCase);
        var dash = prize.IndexOfAny(['—', '–']);
        return (dash > 0 ? prize[..dash] : prize).Trim(' ', ',', ':');
    }

    /// <summary>The heading right above an entry when it names a ceremony or the films' year, and is no film's own line.</summary>
    private static ListHeading? GroupHeading(DocumentLayout layout, FilmSection section)
    {
        var text = layout.Text;
        var entryBlock = section.EntryBlock(layout);
        for (var b = entryBlock - 1; b >= section.From; b--)
        {
            var block = layout.Blocks[b];
            if (block.Kind == BlockKind.Chrome) continue;
            if (block.Kind is not (BlockKind.Heading or BlockKind.Line) || block.InAside || block.Span.Length > 120) return null;
            var raw = block.Value.Of(text);
            var eventName = AwardEvents.FindIn(raw);
            var filmYear = FilmsOfYear.Match(raw) is { Success: true } f ? int.Parse(f.Groups["year"].Value) : (int?)null;
            if (eventName is null && filmYear is null) return null;
            var years = Year.Matches(raw).Select(m => int.Parse(m.Value)).ToList();
            var awardYear = eventName is null ? null : years.Where(y => y != filmYear).Cast<int?>().LastOrDefault() ?? (filmYear is null ? years.Cast<int?>().LastOrDefault() : null);
            var outcome = Nominees.IsMatch(raw) ? AwardOutcomes.Nominated : Winners.IsMatch(raw) ? AwardOutcomes.Won : null;
            return new ListHeading(eventName, outcome, awardYear, filmYear, block.Value);
        }
        return null;
    }

    private static TextSpan EntryLine(DocumentLayout layout, FilmSection section) => layout.Blocks[section.EntryBlock(layout)].Span;

    /// <summary>"Sundance Grand Jury Prize: U.S. Documentary", "Best Documentary Feature", "86th Academy Awards": a prize or a ceremony, not a festival report.</summary>
    private static readonly Regex PrizeWord = new(@"\b(?:prize|award|awards|oscars?|best|jury|honou?rs?|medal)\b", Options);

    private static bool IsPrizeName(string heading) => heading.Length <= 90 && !heading.Contains('|') && PrizeWord.IsMatch(heading);
}
