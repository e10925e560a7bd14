using System.Globalization;

namespace Catalogue.Seeding.Extraction.Text;

/// <summary>
/// Word scanning shared by the name and title readers. A word is letters and digits, with inner apostrophes
/// and hyphens ("isn’t", "al-Assad", "Oscar-nominated"). Readers step word by word across horizontal white
/// space only, so a phrase never runs over punctuation or a line break.
/// </summary>
internal static class Words
{
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '‐';

    private static bool IsHorizontalSpace(char c) => c != '\n' && c != '\r' && char.IsWhiteSpace(c);

    public static int EndOfWord(string text, int start, int limit)
    {
        var i = start;
        while (i < limit)
        {
            if (IsWordChar(text[i])) i++;
            else if (IsJoiner(text[i]) && i + 1 < limit && IsWordChar(text[i + 1]) && i > start) i++;
            else break;
        }
        return i;
    }

    /// <summary>The word starting after <paramref name="position"/> past horizontal white space only.</summary>
    public static TextSpan? Next(string text, int position, int limit)
    {
        var i = position;
        while (i < limit && IsHorizontalSpace(text[i])) i++;
        if (i >= limit || !IsWordChar(text[i])) return null;
        return new TextSpan(i, EndOfWord(text, i, limit));
    }

    /// <summary>The word ending before <paramref name="position"/> past horizontal white space only.</summary>
    public static TextSpan? Previous(string text, int position, int lowerLimit)
    {
        var end = position;
        while (end > lowerLimit && IsHorizontalSpace(text[end - 1])) end--;
        if (end <= lowerLimit || !IsWordChar(text[end - 1])) return null;
        var start = end;
        while (start > lowerLimit && (IsWordChar(text[start - 1]) || (IsJoiner(text[start - 1]) && start - 2 >= lowerLimit && IsWordChar(text[start - 2])))) start--;
        return new TextSpan(start, end);
    }

    /// <summary>All words of a span with their offsets.</summary>
    public static List<TextSpan> All(string text, TextSpan span)
    {
        var words = new List<TextSpan>();
        var i = span.Start;
        while (i < span.End)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var end = EndOfWord(text, i, span.End);
            words.Add(new TextSpan(i, end));
            i = end;
        }
        return words;
    }

    /// <summary>True when only white space without a line break separates the two positions.</summary>
    public static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!IsHorizontalSpace(text[i])) return false;
        return true;
    }

    public static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>"Heinemann’s" → "Heinemann"; null when the word is not possessive.</summary>
    public static string? WithoutPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) ? word[..^2] : null;
}
