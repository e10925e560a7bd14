namespace Catalogue.Seeding.Extraction.Text;

/// <summary>
/// Reads title-cased phrases ("Hell on Earth: The Fall of Syria and the Rise of ISIS", "The White Helmets"):
/// capitalised words with lower-case function words between them and colons before a capitalised word.
/// The phrase starts and ends on a capitalised word.
/// </summary>
internal static class TitleRuns
{
    public static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "and", "from", "for", "to", "at", "with", "by", "or", "under", "over", "into", "vs", "nor",
        "de", "la", "le", "du", "des", "von", "van", "al",
    };

    /// <summary>A title set in capitals: words of two capitals or more, with "A", "I" and numbers between ("WHEN WE WERE KINGS", "APOLLO 11").</summary>
    public const string CapitalsPattern = @"\p{Lu}{2,}[\p{Lu}'’&:!?.-]*(?:\s+(?:\p{Lu}{2,}[\p{Lu}'’&:!?.-]*|A|I|\d+))*";

    private const int MaxWords = 15;

    public static bool IsTitleWord(string word) => word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

    public static TextSpan? ReadForward(string text, int position, int limit)
    {
        var words = new List<TextSpan>();
        var cursor = position;
        while (words.Count < MaxWords)
        {
            var next = Words.Next(text, cursor, limit);
            if (next is null && words.Count > 0 && IsColonBridge(text, cursor, limit, out var after)) next = Words.Next(text, after, limit);
            if (next is not { } span) break;
            var word = span.Of(text);
            if (!IsTitleWord(word) && !(words.Count > 0 && FunctionWords.Contains(word))) break;
            words.Add(span);
            cursor = span.End;
            if (Words.WithoutPossessive(word) is not null) break;
        }
        return Trim(text, words);
    }

    public static TextSpan? ReadBackward(string text, int end, int lowerLimit)
    {
        var words = new List<TextSpan>();
        var cursor = end;
        while (words.Count < MaxWords)
        {
            var previous = Words.Previous(text, cursor, lowerLimit);
            if (previous is null && words.Count > 0 && IsColonBridgeBackward(text, cursor, lowerLimit, out var before))
                previous = Words.Previous(text, before, lowerLimit);
            if (previous is not { } span) break;
            var word = span.Of(text);
            if (!IsTitleWord(word) && !FunctionWords.Contains(word)) break;
            words.Insert(0, span);
            cursor = span.Start;
        }
        return Trim(text, words);
    }

    private static TextSpan? Trim(string text, List<TextSpan> words)
    {
        var first = 0;
        var last = words.Count - 1;
        while (first <= last && !IsTitleWord(words[first].Of(text))) first++;
        while (last >= first && !IsTitleWord(words[last].Of(text))) last--;
        return first > last ? null : new TextSpan(words[first].Start, words[last].End);
    }

    /// <summary>": " followed by a capitalised word continues a title ("Hell on Earth: The Fall...").</summary>
    private static bool IsColonBridge(string text, int position, int limit, out int after)
    {
        after = position;
        var i = position;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != ':') return false;
        after = i + 1;
        return Words.Next(text, after, limit) is { } next && char.IsUpper(text[next.Start]) && next.Start > after;
    }

    private static bool IsColonBridgeBackward(string text, int position, int lowerLimit, out int before)
    {
        before = position;
        var i = position;
        while (i > lowerLimit && text[i - 1] == ' ') i--;
        if (i <= lowerLimit || text[i - 1] != ':' || i == position) return false;
        before = i - 1;
        return Words.Previous(text, before, lowerLimit) is not null;
    }

    /// <summary>Organisation names are written with or without "The"; the catalogue stores them without it.</summary>
    public static string WithoutLeadingThe(string phrase) =>
        phrase.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;

    public static string Collapse(string phrase) => string.Join(' ', phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
