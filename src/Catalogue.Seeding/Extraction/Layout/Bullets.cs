using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

internal static class Bullets
{
    /// <summary>"- X", "• X", "* X", "1. X", "12) X", "#3 X" → X; plain lines come back unchanged.</summary>
    public static (bool Bulleted, TextSpan Content) Strip(string text, TextSpan line)
    {
        var i = line.Start;
        if (i >= line.End) return (false, line);
        if (text[i] is '-' or '•' or '*' or '·' or '–' or '—' or '▪' or '►' or '‣' or '◦' or '○' or '■' or '□' && i + 1 < line.End && text[i + 1] == ' ')
            return (true, TextSpan.Trimmed(text, i + 2, line.End));
        var j = i;
        if (text[j] == '#') j++;
        var digits = j;
        while (j < line.End && char.IsDigit(text[j])) j++;
        if (j > digits && j - digits <= 3 && j + 1 < line.End && text[j] is '.' or ')' && text[j + 1] == ' ')
            return (true, TextSpan.Trimmed(text, j + 2, line.End));
        return (false, line);
    }
}
