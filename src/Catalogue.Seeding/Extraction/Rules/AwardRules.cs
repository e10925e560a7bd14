using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Awards in running text, from three kinds of mention found separately and then related: outcome cues ("won", "went home
/// with", "earned a nomination", "premiered at"), prizes (<see cref="Prizes"/>) and events (<see cref="AwardEvents"/>).
/// A prize takes the nearest cue before it and the event its sentence ties to it: named inside it, right after it ("at
/// Sundance"), implied by its name (the Palme d'Or), elsewhere in the sentence, else the event the paragraph or the page is
/// about. A cue after a film someone else made ("The Belovs (1992) won …") gives that film's prize to nobody.
/// </summary>
internal static class AwardRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (Regex Cue, string Outcome)[] PrizeCues =
    [
        (new(@"\b(?:won|wins|win|winning|winners?\s+of|took(?:\s+home)?|takes(?:\s+home)?|picked\s+up|picks\s+up|scooped|earned|earning|earns|received|receiving|receives|collected|claimed|landed|garnered|bagged|nabbed|grabbed|secured|went\s+home\s+with|left\s+with|came\s+away\s+with|walked\s+away\s+with|hand(?:ed|ing)\s+(?:it|them|the\s+film)|awarded|gave\s+it|given|honou?red\s+with|recipient\s+of)\b", Options), AwardOutcomes.Won),
        (new(@"\b(?:nominated|nomination|nominations|nominee|nominees|nods?|in\s+contention|(?:was|were|is|are|went)\s+up\s+for|in\s+the\s+running\s+for|vying\s+for|contender\s+for)\b", Options), AwardOutcomes.Nominated),
        (new(@"\bshort-?list(?:ed)?\b", Options), AwardOutcomes.Shortlisted),
        (new(@"\bqualified\b", Options), AwardOutcomes.Qualified),
    ];

    private static readonly Regex SelectionCue = new(
        @"\b(?:world[- ]premiered|premiered|premieres|premiering|premiere|screened|screens|screening|selected|selection|competed|competing|in\s+competition|played\s+(?:in\s+competition\s+)?at|opened\s+the|opening\s+(?:night|film)|closed\s+the|closing\s+(?:night|film)|bowed|debuted|reviewed\s+at|unveiled)\b", Options);

    private static readonly Regex WentTo = new(@"^\s*(?:went|goes|was\s+awarded|was\s+given|was\s+handed)\s+to\b", Options);
    private static readonly Regex Denied = new(@"\b(?:not|n't|never|failed\s+to|lost|missed\s+out\s+on|could|would|might|may|should|hopes?\s+to|expected\s+to|deserved|deserves|eligible\s+to)\s+(?:\w+\s+){0,2}$", Options);
    private static readonly Regex NominationAfter = new(@"^\s*(?:nominations?|nods?)\b", Options);
    private static readonly Regex ShortlistAfter = new(@"^\s*short-?list\b", Options);
    /// <summary>"Phoenix, who won the Academy Award for Best Actor", "Documentaries have won the Palme d'Or twice": not this film's prize.</summary>
    private static readonly Regex OtherSubject = new(@"(?:,\s*who\s+(?:has\s+|had\s+|also\s+)?|\b\p{L}+(?:ies|s)\s+(?:have|had)\s+(?:\w+\s+)?)$", Options);
    private static readonly Regex PerformerCategory = new(@"\b(?:actor|actress|supporting|performance\s+by)\b", Options);
    private static readonly Regex TitleAppositive = new(@"^\s*,\s*(?:his|her|their|its|the|a|an)\s+(?:[\p{L}-]+\s+)?$", Options);
    private static readonly Regex OtherWork = new(@"\b(?:earlier|previous|prior|first|debut|next|last|latest|other|fiction)\s+(?:feature|film|documentary|work|short)s?\b", Options);
    private static readonly Regex TitleWithYear = new(@"(?<title>\p{Lu}[\p{L}\p{N}'’!¡?,:& .-]{0,60}?)\s*\((?:19|20)\d\d\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex CapitalsRun = new(@"\b\p{Lu}{2,}[\p{Lu}'’&-]*(?:\s+(?:\p{Lu}{2,}[\p{Lu}'’&-]*|A|I))+\b|\b\p{Lu}{5,}\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex Year = new(@"\b(?:19|20)\d\d\b", Options);
    private static readonly Regex Section = new(@"\bin\s+(?:the\s+)?(?<section>(?:\p{Lu}[\p{L}.]*\s+){0,4}(?:Competition|Section|Programme|Program|Strand|Selection|Sidebar|Days|Screenings))\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex SectionInParentheses = new(@"^\s*(?:(?:19|20)\d\d\s*)?\((?<section>[^()]{3,60})\)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private sealed record EventMention(int Start, int End, string Event, int? Year);

    public static void Apply(ProseContext context)
    {
        EventMention? paragraphEvent = null;
        var previousEnd = -1;
        foreach (var sentence in context.Sentences)
        {
            var text = sentence.Of(context.Text);
            if (previousEnd >= 0 && context.Text.AsSpan(previousEnd, Math.Max(0, sentence.Start - previousEnd)).Count('\n') >= 2) paragraphEvent = null;
            previousEnd = sentence.End;
            var events = AwardEvents.FindAll(text).Select(e => new EventMention(e.Index, e.Index + e.Length, e.Canonical, YearBeside(text, e.Index, e.Index + e.Length))).ToList();
            ReadPrizes(context, sentence, text, events, paragraphEvent);
            ReadSelections(context, sentence, text, events);
            if (events.Count > 0) paragraphEvent = events[^1];
        }
    }

    private static void ReadPrizes(ProseContext context, TextSpan sentence, string text, List<EventMention> events, EventMention? paragraphEvent)
    {
        var cues = PrizeCues.SelectMany(c => c.Cue.Matches(text).Select(m => (m.Index, End: m.Index + m.Length, c.Outcome))).OrderBy(c => c.Index).ToList();
        var prizes = Prizes.In(text);
        var alone = Prizes.Alone(text, prizes);
        foreach (var prize in prizes)
        {
            var cue = cues.LastOrDefault(c => c.End <= prize.Start && prize.Start - c.End <= 120);
            FilmAssembler? film;
            string outcome;
            int evidenceStart;
            var namedAlone = false;
            if (cue.Outcome is not null && !Denied.IsMatch(text[Math.Max(0, cue.Index - 30)..cue.Index]))
            {
                outcome = cue.Outcome;
                var between = text[cue.End..prize.Start];
                if (outcome == AwardOutcomes.Won && between.Contains("nominat", StringComparison.OrdinalIgnoreCase)) outcome = AwardOutcomes.Nominated;
                film = Subject(context, text, cue.Index);
                evidenceStart = cue.Index;
            }
            else if (WentTo.Match(text[prize.End..]) is { Success: true } wentTo)
            {
                // "The U.S. Grand Jury Prize went to The Exiles": the prize belongs to the film named after it, if it is one of ours.
                outcome = AwardOutcomes.Won;
                film = FilmNamedAt(context, text, prize.End + wentTo.Length);
                evidenceStart = prize.Start;
            }
            else if (alone is { } only && only.Start == prize.Start)
            {
                // "Academy Award for Best Documentary Feature, 1997.": a prize named as a sentence of its own, as laurels are.
                outcome = AwardOutcomes.Won;
                film = Subject(context, text, prize.Start);
                evidenceStart = prize.Start;
                namedAlone = true;
            }
            else continue;
            if (film is null || PerformerCategory.IsMatch(prize.Category)) continue;
            var after = text[prize.End..];
            if (NominationAfter.IsMatch(after)) outcome = AwardOutcomes.Nominated;
            else if (ShortlistAfter.IsMatch(after)) outcome = AwardOutcomes.Shortlisted;
            var (awardEvent, fromContext) = EventOf(context, text, prize, events, paragraphEvent);
            if (awardEvent is null) continue;
            var year = awardEvent.Year ?? (fromContext || events.Count > 1 ? null : OnlyYear(text[evidenceStart..]));
            var end = Math.Max(prize.End, fromContext ? prize.End : awardEvent.End);
            var span = new TextSpan(sentence.Start + evidenceStart, sentence.Start + Math.Max(end, evidenceStart + 1));
            var rule = namedAlone ? "award.named-alone" : fromContext ? $"award-in-context.{outcome}" : $"award.{outcome}";
            film.AddAward(new AwardFact(awardEvent.Event, prize.Category.TrimEnd(',', '.', ';'), outcome, year, span.Evidence(context.Rule(rule))));
        }
    }

    private static void ReadSelections(ProseContext context, TextSpan sentence, string text, List<EventMention> events)
    {
        foreach (Match cue in SelectionCue.Matches(text))
        {
            var cueEnd = cue.Index + cue.Length;
            if (Denied.IsMatch(text[Math.Max(0, cue.Index - 30)..cue.Index])) continue;
            // "premiered in the U.S. Documentary Competition at the Sundance Film Festival", "its Sundance premiere".
            var awardEvent = events.FirstOrDefault(e => e.Start >= cueEnd && e.Start - cueEnd <= 70 && !text[cueEnd..e.Start].Contains(';')
                                                       && !PrizeCues.Any(c => c.Cue.IsMatch(text[cueEnd..e.Start])))
                             ?? events.LastOrDefault(e => e.End <= cue.Index && cue.Index - e.End <= 12 && !text[e.End..cue.Index].Contains(','));
            if (awardEvent is null || !AwardEvents.IsFestival(awardEvent.Event)) continue;
            if (Subject(context, text, cue.Index) is not { } film) continue;
            var gap = awardEvent.Start >= cueEnd ? text[cueEnd..awardEvent.Start] : "";
            var section = Section.Match(gap) is { Success: true } inSection ? inSection.Groups["section"].Value
                : SectionInParentheses.Match(text[awardEvent.End..]) is { Success: true } inParentheses ? inParentheses.Groups["section"].Value.Trim()
                : "Official Selection";
            var start = Math.Min(cue.Index, awardEvent.Start);
            var span = new TextSpan(sentence.Start + start, sentence.Start + Math.Max(cueEnd, awardEvent.End));
            film.AddAward(new AwardFact(awardEvent.Event, section, AwardOutcomes.Selected, awardEvent.Year ?? (events.Count > 1 ? null : OnlyYear(text[cue.Index..])),
                span.Evidence(context.Rule($"award.{AwardOutcomes.Selected}"))));
        }
    }

    /// <summary>The event a prize was given at, and whether the sentence itself says so or only its paragraph or page.</summary>
    private static (EventMention? Event, bool FromContext) EventOf(ProseContext context, string text, PrizeMention prize, List<EventMention> events,
        EventMention? paragraphEvent)
    {
        if (events.FirstOrDefault(e => e.Start >= prize.Start && e.End <= prize.End) is { } inside) return (inside, false);
        if (events.FirstOrDefault(e => e.Start >= prize.End && e.Start - prize.End <= 30 && PlaceGap.IsMatch(text[prize.End..e.Start])) is { } placed) return (placed, false);
        if (events.LastOrDefault(e => e.End <= prize.Start && prize.Start - e.End <= 3 && text[e.End..prize.Start].Trim() is "'s" or "’s" or "") is { } owner)
            return (owner, false);
        if (prize.ImpliedEvent is { } implied)
            return (events.FirstOrDefault(e => e.Event == implied) ?? new EventMention(prize.Start, prize.End, implied, null), false);
        if (events.FirstOrDefault(e => e.Start >= prize.End && e.Start - prize.End <= 90 && !PrizeCues.Any(c => c.Cue.IsMatch(text[prize.End..e.Start]))) is { } following)
            return (following, false);
        if (events.LastOrDefault(e => e.End <= prize.Start) is { } earlier) return (earlier, false);
        if (paragraphEvent is not null) return (paragraphEvent with { Start = prize.Start, End = prize.End }, true);
        if (context.PageEvent is { } page) return (new EventMention(prize.Start, prize.End, page.Event, page.Year), true);
        return (null, false);
    }

    private static readonly Regex PlaceGap = new(@"^\s*,?\s*(?:at|from|by|in|during)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:19|20)\d\d\s+)?$", Options);

    /// <summary>The film the sentence speaks of at <paramref name="cue"/>, or null when it is another film named with its year or as earlier work.</summary>
    private static FilmAssembler? Subject(ProseContext context, string text, int cue)
    {
        var film = context.FilmNamedBefore(text, cue);
        var before = text[..cue];
        if (OtherSubject.IsMatch(before)) return null;
        var titleAt = before.LastIndexOf(film.Title, StringComparison.OrdinalIgnoreCase);
        foreach (Match other in TitleWithYear.Matches(before))
        {
            var title = other.Groups["title"].Value.Trim();
            if (other.Index > titleAt && !context.IsMainTitle(title) && !context.Siblings.Any(s => s.Title.Equals(title, StringComparison.OrdinalIgnoreCase))
                && !title.EndsWith(film.Title, StringComparison.OrdinalIgnoreCase))
                return null;
        }
        // "her earlier film won …" speaks of another work; "Minding the Gap, his debut feature, which premiered …" names this one.
        if (OtherWork.Match(before) is { Success: true } work && titleAt < work.Index
            && !(titleAt >= 0 && TitleAppositive.IsMatch(before[(titleAt + film.Title.Length)..work.Index]))) return null;
        // "… on WHEN WE WERE KINGS, Leon Gast's 1996 film …, which won the Oscar": a title in capitals that is not this film's.
        foreach (Match caps in CapitalsRun.Matches(before))
            if (caps.Index > titleAt && caps.Value.Count(char.IsLetter) >= 4 && !Mentions.PersonNames.LooksLikeOrganisation(caps.Value)
                && !caps.Value.Equals(film.Title, StringComparison.OrdinalIgnoreCase) && !context.Siblings.Any(s => s.Title.Equals(caps.Value, StringComparison.OrdinalIgnoreCase)))
                return null;
        if (context.OtherFilms.Any(o => o.Title.Length > 2 && before.LastIndexOf(o.Title, StringComparison.OrdinalIgnoreCase) > titleAt)) return null;
        return film;
    }

    private static FilmAssembler? FilmNamedAt(ProseContext context, string text, int position)
    {
        var rest = text[position..].TrimStart();
        return context.Siblings.Append(context.Film).FirstOrDefault(f => f.Title.Length > 2 && rest.IndexOf(f.Title, StringComparison.OrdinalIgnoreCase) is >= 0 and <= 60);
    }

    /// <summary>The edition beside an event's name: "the 2021 Sundance Film Festival", "Sundance 2022", "Venice Film Festival in 2012".</summary>
    private static int? YearBeside(string text, int start, int end)
    {
        var before = text[Math.Max(0, start - 14)..start];
        if (Year.Matches(before) is { Count: > 0 } years && before[(years[^1].Index + 4)..].Trim() is "" or "'s" or "th") return int.Parse(years[^1].Value);
        var after = text[end..Math.Min(text.Length, end + 12)];
        return Year.Match(after) is { Success: true } y && after[..y.Index].Trim() is "" or "," or "in" or "(" ? int.Parse(y.Value) : null;
    }

    private static int? OnlyYear(string text)
    {
        var years = Year.Matches(text).Select(m => m.Value).Distinct().ToList();
        return years.Count == 1 ? int.Parse(years[0]) : null;
    }
}
