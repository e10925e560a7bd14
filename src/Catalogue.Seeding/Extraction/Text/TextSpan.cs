namespace Catalogue.Seeding.Extraction.Text;

/// <summary>A half-open range [Start, End) of the document text; every fact's evidence is made from one.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text.Substring(Start, Length);

    /// <summary>Evidence for a fact read by <paramref name="rule"/>, which must be registered in <see cref="ExtractionRules"/>.</summary>
    public Evidence Evidence(string rule) => new(Start, Length, rule) { Confidence = ExtractionRules.ConfidenceOf(rule) };

    /// <summary>The same range without surrounding white space (including no-break spaces).</summary>
    public static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}

/// <summary>One line of the document without its line break.</summary>
internal readonly record struct TextLine(int Start, string Text)
{
    public int End => Start + Text.Length;
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
    public TextSpan Trimmed(string document) => TextSpan.Trimmed(document, Start, End);
}

internal static class Lines
{
    /// <summary>Splits on \n, \r\n and \r, keeping each line's offset into the text.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(new TextLine(start, text[start..i]));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length) lines.Add(new TextLine(start, text[start..]));
        return lines;
    }

    /// <summary>The non-blank lines inside a span, trimmed, without copying the document.</summary>
    public static IEnumerable<TextSpan> Within(string text, TextSpan span)
    {
        var start = span.Start;
        for (var i = span.Start; i <= span.End; i++)
        {
            if (i < span.End && text[i] != '\n' && text[i] != '\r') continue;
            var line = TextSpan.Trimmed(text, start, i);
            if (line.Length > 0) yield return line;
            start = i + 1;
        }
    }

    public static int WordCount(string line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
