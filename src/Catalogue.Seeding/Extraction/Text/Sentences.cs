namespace Catalogue.Seeding.Extraction.Text;

/// <summary>
/// Splits prose into sentences without a regex: a sentence ends at . ! ? or … (plus closing quotes and brackets)
/// when white space and then a plausible sentence start follow. Lines never join, so a heading or a label line
/// is never glued to the next paragraph.
/// </summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "vs", "etc", "no", "jr", "sr", "prof", "gen", "lt", "col", "capt", "mt", "approx", "e.g", "i.e",
        // "the U.S. Documentary Competition", "Jan. 20, 2022": places and months, not the end of a sentence.
        "u.s", "u.k", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private const string Terminators = ".!?…";
    private const string Closers = "\"'”’)]»";

    public static List<TextSpan> In(string text, TextSpan region)
    {
        var result = new List<TextSpan>();
        foreach (var line in LinesOf(text, region))
            SplitLine(text, line, result);
        return result;
    }

    /// <summary>Sentences of a hard-wrapped paragraph: its line breaks are spaces.</summary>
    public static List<TextSpan> InParagraph(string text, TextSpan paragraph)
    {
        var result = new List<TextSpan>();
        SplitLine(text, paragraph, result);
        return result;
    }

    public static List<TextSpan> In(string text, IEnumerable<TextSpan> regions)
    {
        var result = new List<TextSpan>();
        foreach (var region in regions) result.AddRange(In(text, region));
        return result;
    }

    private static IEnumerable<TextSpan> LinesOf(string text, TextSpan region) => Lines.Within(text, region);

    private static void SplitLine(string text, TextSpan line, List<TextSpan> into)
    {
        var start = line.Start;
        var i = line.Start;
        while (i < line.End)
        {
            if (Terminators.IndexOf(text[i]) < 0 || (text[i] == '.' && IsAbbreviation(text, start, i)))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < line.End && Terminators.IndexOf(text[end]) >= 0) end++;
            while (end < line.End && Closers.IndexOf(text[end]) >= 0) end++;
            var next = end;
            while (next < line.End && char.IsWhiteSpace(text[next])) next++;
            if (next == line.End || (next > end && StartsSentence(text[next])))
            {
                Add(text, start, end, into);
                start = next;
            }
            i = Math.Max(end, i + 1);
        }
        Add(text, start, line.End, into);
    }

    /// <summary>
    /// Rules look around within a sentence, so an endless "sentence" (a page without punctuation) is cut into
    /// pieces at white space; that keeps every rule's work per sentence bounded and extraction linear.
    /// </summary>
    public const int MaxLength = 2000;

    private static void Add(string text, int start, int end, List<TextSpan> into)
    {
        foreach (var piece in Bounded(text, TextSpan.Trimmed(text, start, end)))
            into.Add(piece);
    }

    public static IEnumerable<TextSpan> Bounded(string text, TextSpan span)
    {
        while (span.Length > MaxLength)
        {
            var cut = span.Start + MaxLength;
            while (cut > span.Start + MaxLength / 2 && !char.IsWhiteSpace(text[cut])) cut--;
            var piece = TextSpan.Trimmed(text, span.Start, cut);
            if (piece.Length > 0) yield return piece;
            span = TextSpan.Trimmed(text, cut, span.End);
        }
        if (span.Length > 0) yield return span;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || "\"'“‘([".IndexOf(c) >= 0;

    /// <summary>"Dr." and initials ("J. Smith") do not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text[wordStart..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }
}
