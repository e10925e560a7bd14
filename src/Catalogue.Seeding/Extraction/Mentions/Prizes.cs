using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>A prize named in a sentence: where, its category as written, and the event its name alone implies.</summary>
internal readonly record struct PrizeMention(int Start, int End, string Category, string? ImpliedEvent);

/// <summary>
/// Prize names in running text: named prizes that carry their event ("the Palme d'Or", "an Oscar for Best Documentary
/// Feature"), title-cased prize names ("World Cinema Grand Jury Prize: Documentary", "Special Jury Award for
/// Cinematography"), lower-case ones ("the festival's documentary prize") and categories ("best documentary feature").
/// </summary>
internal static class Prizes
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (Regex Name, string Event)[] Named =
    [
        (new(@"\b(?:oscars?|academy\s+awards?)\b", Options), "Academy Awards"),
        (new(@"\bemmys?(?:\s+awards?)?\b", Options), "Emmy Awards"),
        (new(@"\b(?:baftas?(?:\s+awards?)?|british\s+academy\s+film\s+awards?)\b", Options), "British Academy Film Awards"),
        (new(@"\bgolden\s+globes?(?:\s+awards?)?\b", Options), "Golden Globe Awards"),
        (new(@"\bpalme\s+d['’]or\b", Options), "Cannes Film Festival"),
        (new(@"\b(?:prix\s+)?l['’]\s?(?:œ|oe)il\s+d['’]or\b", Options), "Cannes Film Festival"),
        (new(@"\b(?:golden|silver)\s+bears?\b", Options), "Berlin International Film Festival"),
        (new(@"\b(?:golden|silver)\s+lions?\b", Options), "Venice Film Festival"),
        (new(@"\bgolden\s+leopards?\b", Options), "Locarno Film Festival"),
        (new(@"\bpeabody(?:\s+awards?)?\b", Options), "Peabody Awards"),
        (new(@"\bgrierson(?:\s+awards?)?\b", Options), "Grierson Awards"),
        (new(@"\b(?:independent\s+)?spirit\s+awards?\b", Options), "Independent Spirit Awards"),
        (new(@"\bcinema\s+eye\s+honou?rs?\b", Options), "Cinema Eye Honors"),
        (new(@"\bida\s+(?:documentary\s+)?awards?\b", Options), "IDA Documentary Awards"),
        (new(@"\bcritics['’]?\s+choice(?:\s+documentary)?\s+awards?\b", Options), "Critics' Choice Documentary Awards"),
        (new(@"\bgotham\s+awards?\b", Options), "Gotham Awards"),
        (new(@"\beuropean\s+film\s+awards?\b", Options), "European Film Awards"),
    ];

    /// <summary>Words in a prize's name that belong to one festival's prize list.</summary>
    private static readonly (string Words, string Event)[] PrizeListWords =
    [
        ("World Cinema", "Sundance Film Festival"), ("U.S. Documentary", "Sundance Film Festival"), ("U.S. Grand Jury", "Sundance Film Festival"),
        ("Alfred P. Sloan", "Sundance Film Festival"), ("Joris Ivens", "International Documentary Film Festival Amsterdam"),
        ("VPRO", "International Documentary Film Festival Amsterdam"),
    ];

    private static readonly Regex Head = new(@"\b(?:Prize|Award|Prix|Medal|Trophy)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex LowerCase = new(
        @"\b(?:festival['’]s\s+)?(?:top|grand|main|jury|audience|documentary|special\s+jury|grand\s+jury|critics['’]?|first)\s+(?:u\.s\.\s+|world\s+cinema\s+|documentary\s+)?(?:prize|award)\b",
        Options);

    private static readonly Regex Consideration = new(@"^\s+(?:consideration|eligibility|contention)\b", Options);
    private static readonly Regex NominatedFor = new(@"\b(?:nominated|nominations?|nominee|short-?listed)\s+for\s+(?:the\s+|an?\s+)?", Options);

    private static readonly Regex OutcomeOpening = new(@"^(?:winners?|nominee|nominated|recipient|shortlisted)\s+(?:of|for)\s+", Options);

    private static readonly Regex Best = new(@"\bbest\s+", Options);

    private static readonly HashSet<string> CategoryStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "in", "and", "from", "for", "of", "by", "with", "on", "to", "the", "a", "an", "was", "is", "that", "which", "its", "it", "but",
        "award", "prize", "nomination", "nominations", "this", "year", "or", "as", "after", "before", "when", "where",
    };

    private static readonly Regex EventPlace = new(@"\b(?:at|from|by|during)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:19|20)\d\d\s+)?$", Options);

    public static List<PrizeMention> In(string sentence)
    {
        var found = new List<PrizeMention>();
        foreach (var (name, awardEvent) in Named)
            foreach (Match match in name.Matches(sentence))
            {
                // "at the Oscars" says where, not what was won.
                if (EventPlace.IsMatch(sentence[Math.Max(0, match.Index - 30)..match.Index])) continue;
                var end = match.Index + match.Length;
                var category = match.Value;
                if (ForCategory(sentence, end) is { } forCategory) { category = forCategory.Category; end = forCategory.End; }
                else if (Consideration.Match(sentence[end..]) is { Success: true } consideration) { end += consideration.Length; category = sentence[match.Index..end]; }
                Add(found, new PrizeMention(match.Index, end, category, awardEvent));
            }
        var previousEnd = 0;
        foreach (Match head in Head.Matches(sentence))
        {
            var headEnd = head.Index + head.Length;
            var start = TitleRuns.ReadBackward(sentence, headEnd, 0) is { } run ? run.Start : head.Index;
            // "both the Audience Award: U.S. Documentary and the Festival Favorite Award": two prizes, not one name over both.
            if (start < previousEnd) start = NextCapitalised(sentence, previousEnd, head.Index);
            // "Winner of the Academy Award …" opens on its outcome: the prize's name starts after it.
            if (OutcomeOpening.Match(sentence[start..head.Index]) is { Success: true } opening) start += opening.Length;
            start = SkipArticle(sentence, start, headEnd);
            var end = headEnd;
            if (ColonPart(sentence, end) is { } colonEnd) end = colonEnd;
            else if (ForCategory(sentence, end) is { } forCategory) end = forCategory.End;
            var category = TitleRuns.Collapse(sentence[start..end]);
            previousEnd = Math.Max(previousEnd, end);
            // "Awards" names a ceremony and "the Award" names nothing.
            if (category.Split(' ').Length < 2 && !category.StartsWith("Prix", StringComparison.Ordinal)) continue;
            Add(found, new PrizeMention(start, end, category, ImpliedBy(category)));
        }
        foreach (Match match in LowerCase.Matches(sentence))
        {
            // "the top prize for international documentary".
            var end = match.Index + match.Length;
            if (For.Match(sentence[end..]) is { Success: true } forWord && BestCategory(sentence, end + forWord.Length, end + forWord.Length) is { } what
                && !char.IsUpper(sentence[end + forWord.Length]))
                end = what.End;
            var category = sentence[match.Index..end];
            Add(found, new PrizeMention(match.Index, end, category, ImpliedBy(category)));
        }
        // "a nomination for Outstanding Achievement in Nonfiction Filmmaking from the Cinema Eye Honors": the category names the prize.
        foreach (Match match in NominatedFor.Matches(sentence))
        {
            var from = match.Index + match.Length;
            if (from < sentence.Length && char.IsUpper(sentence[from]) && CapitalisedRun(sentence, from, InsideCategory) is { } runEnd)
                Add(found, new PrizeMention(from, runEnd, TitleRuns.Collapse(sentence[from..runEnd]), null));
        }
        foreach (Match match in Best.Matches(sentence))
            if (BestCategory(sentence, match.Index, match.Index + match.Length) is { } best)
                Add(found, new PrizeMention(match.Index, best.End, best.Category, null));
        var ordered = found.OrderBy(p => p.Start).ToList();
        // "L'Œil d'or, the festival's documentary prize", "the Special Jury Award (the Orwell Award)": one prize named twice.
        for (var i = ordered.Count - 1; i > 0; i--)
            if (Appositive.IsMatch(sentence[ordered[i - 1].End..ordered[i].Start])) ordered.RemoveAt(i);
        return ordered;
    }

    private static readonly Regex Appositive = new(@"^\s*(?:,|\(|—|–|-)\s*(?:the\s+|also\s+known\s+as\s+(?:the\s+)?|aka\s+(?:the\s+)?)?$", Options);

    private static void Add(List<PrizeMention> found, PrizeMention prize)
    {
        if (found.Any(f => f.Start <= prize.Start && prize.End <= f.End)) return;
        found.RemoveAll(f => prize.Start <= f.Start && f.End <= prize.End);
        if (found.Any(f => f.Start < prize.End && prize.Start < f.End)) return;
        found.Add(prize);
    }

    private static string? ImpliedBy(string category) =>
        PrizeListWords.FirstOrDefault(w => category.Contains(w.Words, StringComparison.OrdinalIgnoreCase)).Event ?? AwardEvents.FindIn(category);

    /// <summary>Where the first capitalised word at or after <paramref name="from"/> starts ("and the Festival …" → "Festival").</summary>
    private static int NextCapitalised(string sentence, int from, int limit)
    {
        for (var i = from; i < limit; i++)
            if (char.IsUpper(sentence[i]) && (i == 0 || !Words.IsWordChar(sentence[i - 1]))) return i;
        return limit;
    }

    private static readonly Regex Leftover = new(@"^[\s\p{P}]*(?:(?:in|at|the|of|(?:19|20)\d\d)[\s\p{P}]*)*$", Options);

    /// <summary>
    /// The prize a sentence or line consists of, with nothing but its event and year beside it: "Academy Award for Best
    /// Documentary Feature, 1997.", "BAFTA Award for Outstanding British Film, 2004." Under a film, such a line is a laurel.
    /// </summary>
    public static PrizeMention? Alone(string sentence) => Alone(sentence, In(sentence));

    /// <summary>The same, for a sentence whose prizes are already read.</summary>
    public static PrizeMention? Alone(string sentence, IReadOnlyList<PrizeMention> prizes)
    {
        if (sentence.Length > 160 || prizes is not [var prize]) return null;
        var rest = sentence[..prize.Start] + " " + sentence[prize.End..];
        foreach (var (index, length, _) in AwardEvents.FindAll(rest).OrderByDescending(e => e.Index))
            rest = rest.Remove(index, length);
        return Leftover.IsMatch(rest) && (prize.ImpliedEvent ?? AwardEvents.FindIn(sentence)) is not null ? prize : null;
    }

    private static int SkipArticle(string sentence, int start, int limit)
    {
        foreach (var article in new[] { "The ", "A ", "An ", "the ", "a ", "an " })
            if (sentence.AsSpan(start).StartsWith(article, StringComparison.Ordinal) && start + article.Length < limit) return start + article.Length;
        return start;
    }

    /// <summary>"Grand Jury Prize: Documentary", "Audience Award: U.S. Documentary": the colon and what follows are the category.</summary>
    private static int? ColonPart(string sentence, int end)
    {
        if (end + 2 >= sentence.Length || sentence[end] != ':' || sentence[end + 1] != ' ' || !char.IsUpper(sentence[end + 2])) return null;
        return CapitalisedRun(sentence, end + 2, []);
    }

    private static readonly HashSet<string> InsideCategory = new(StringComparer.Ordinal) { "in", "of", "for", "on" };

    /// <summary>Capitalised words, with only the small words a category holds between them ("Innovation in Non-fiction Storytelling").</summary>
    private static int? CapitalisedRun(string sentence, int from, HashSet<string> between)
    {
        int? end = null;
        var cursor = from;
        while (Words.Next(sentence, SkipInitialsDot(sentence, cursor), sentence.Length) is { } word && word.Start - cursor <= 2)
        {
            var value = word.Of(sentence);
            if (Words.StartsUpper(value)) end = word.End < sentence.Length && sentence[word.End] == '.' && value.Length <= 2 ? word.End + 1 : word.End;
            else if (!between.Contains(value)) break;
            cursor = word.End;
        }
        return end;
    }

    /// <summary>"U.S.": the dots of initials join them.</summary>
    private static int SkipInitialsDot(string sentence, int cursor) =>
        cursor < sentence.Length && sentence[cursor] == '.' && cursor > 0 && char.IsUpper(sentence[cursor - 1]) ? cursor + 1 : cursor;

    private static readonly Regex For = new(@"^\s+for\s+(?:the\s+)?", Options);

    /// <summary>"for Best Documentary Feature", "for Breakthrough Filmmaking" after a prize's name.</summary>
    private static (string Category, int End)? ForCategory(string sentence, int end)
    {
        if (For.Match(sentence[end..]) is not { Success: true } forWord) return null;
        var from = end + forWord.Length;
        if (sentence.AsSpan(from).StartsWith("best ", StringComparison.OrdinalIgnoreCase))
            return BestCategory(sentence, from, from + 5);
        if (from < sentence.Length && char.IsUpper(sentence[from]) && CapitalisedRun(sentence, from, InsideCategory) is { } runEnd)
            return (TitleRuns.Collapse(sentence[from..runEnd]), runEnd);
        return null;
    }

    /// <summary>"best documentary feature" up to the first word that cannot be part of a category.</summary>
    private static (string Category, int End)? BestCategory(string sentence, int start, int afterBest)
    {
        var end = afterBest;
        var words = 0;
        var cursor = afterBest;
        while (words < 4 && Words.Next(sentence, cursor, sentence.Length) is { } word && word.Start - cursor <= 1)
        {
            var value = word.Of(sentence);
            if (CategoryStops.Contains(value) || !value.All(c => char.IsLetter(c) || c == '-')) break;
            end = word.End;
            cursor = word.End;
            words++;
        }
        if (words == 0 || sentence.AsSpan(afterBest).StartsWith("of ", StringComparison.OrdinalIgnoreCase)) return null;
        var category = sentence[start..end];
        return (char.IsUpper(category[0]) ? category : char.ToUpperInvariant(category[0]) + category[1..], end);
    }
}
