using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>How a film's title is written down: in natural order, in normal case, without quotes or a trailing year.</summary>
internal static class Titles
{
    private static readonly string[] Articles = ["The", "A", "An"];

    /// <summary>
    /// "Act of Killing, The" → "The Act of Killing"; "HONEYLAND" → "Honeyland"; "‘Navalny’" → "Navalny"; "Senna (2010)" keeps
    /// only the title (<see cref="SplitYear"/> gives the year).
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex FormatTag = new(
        @"\s*[\[(](?:dvd|blu-?ray|4k(?:\s+uhd)?|uhd|vhs|region\s+\w+|dvd\s*\+\s*blu-?ray|blu-?ray\s*\+\s*dvd|\d-disc\s+\w+|special\s+edition|collector'?s\s+edition)[\])]|\s+-\s+an?\s+\p{Lu}\p{L}+\s+film\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static bool HasFormatTag(string written) => FormatTag.IsMatch(written);

    /// <summary>The product name without its format tags; what is left keeps its offsets, as tags only follow the title.</summary>
    public static string WithoutFormatTags(string written) => FormatTag.Replace(written, "");

    private static readonly string[] ForumPrefixes = ["Thread:", "Topic:", "Re:", "RE:", "Discussion:", "[Discussion]", "Discussion Thread:"];

    public static string Clean(string written)
    {
        var title = TitleRuns.Collapse(written).Trim().Trim('"', '“', '”', '‘', '’', '\'', '*', '_', '«', '»', '~', '=', '#', '•', '★', '▶', '►', '|', '—', '–', ' ').Trim();
        // "All the Beauty and the Bloodshed ✓": a profile's verified badge, a trade mark.
        title = title.TrimEnd('✓', '✔', '☑', '®', '™', ' ');
        // "Exit Through the Gift Shop [DVD] [2010]", "Koyaanisqatsi (Blu-ray)": a shop's format tags.
        title = FormatTag.Replace(title, "").Trim();
        // "Accolades[edit]", "Reception [ edit ]": an encyclopedia's edit links are not part of any title.
        var bracket = title.IndexOf('[');
        if (bracket > 0 && title.EndsWith(']')) title = title[..bracket].Trim();
        // "G U N D A": letters spaced out for display.
        var letters = title.Split(' ');
        if (letters.Length >= 3 && letters.All(l => l.Length == 1 && char.IsLetter(l[0]))) title = string.Concat(letters);
        title = SplitYear(title).Title;
        // "Thread: Capturing the Friedmans", "Re: …": a forum's words before a topic's title.
        foreach (var prefix in ForumPrefixes)
            if (title.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && title.Length > prefix.Length + 1) title = title[prefix.Length..].Trim();
        // "The Mole Agent / El agente topo", "Four Daughters (Les Filles d'Olfa)": the first is the title, the rest another name.
        var slash = title.IndexOf(" / ", StringComparison.Ordinal);
        if (slash > 1) title = title[..slash].Trim();
        if (title.EndsWith(')') && title.IndexOf(" (", StringComparison.Ordinal) is var open and > 1 && !title[(open + 2)..].StartsWith("...", StringComparison.Ordinal))
            title = title[..open].Trim();
        foreach (var article in Articles)
            if (title.EndsWith(", " + article, StringComparison.OrdinalIgnoreCase))
                title = $"{article} {title[..^(article.Length + 2)]}";
        if (title.Count(char.IsLetter) >= 3 && title.Where(char.IsLetter).All(char.IsUpper)) title = FromCapitals(title);
        return title.TrimEnd('.', ',', ':', ';', '-', '–', '—').Trim();
    }

    /// <summary>"Senna (2010)", "Senna [2010]", "Senna, 2010" → ("Senna", 2010).</summary>
    public static (string Title, int? Year) SplitYear(string written)
    {
        var trimmed = written.Trim();
        if (trimmed.Length > 7 && (trimmed[^1] is ')' or ']') && trimmed[^6] is '(' or '[' && int.TryParse(trimmed[^5..^1], out var year) && year is >= 1880 and <= 2100)
            return (trimmed[..^6].Trim(), year);
        if (trimmed.Length > 6 && trimmed[^5] == ' ' && int.TryParse(trimmed[^4..], out year) && year is >= 1880 and <= 2100)
            return (trimmed[..^5].TrimEnd(',', ' ', '-', '–'), year);
        return (trimmed, null);
    }

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "and", "for", "to", "at", "with", "by", "or", "from", "into", "under", "over", "nor", "vs",
    };

    /// <summary>"THE ACT OF KILLING" → "The Act of Killing".</summary>
    public static string FromCapitals(string title)
    {
        var words = title.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            // "RBG", "JFK": a word of capitals with no vowel is an initialism, written so in any case.
            if (words[i].Length is >= 2 and <= 5 && words[i].All(char.IsLetter) && !words[i].Any(c => "AEIOUY".Contains(c))) continue;
            var lower = words[i].ToLowerInvariant();
            // A small word stays small inside a title, not first or right after a colon ("Crip Camp: A Disability Revolution").
            var opens = i == 0 || words[i - 1].EndsWith(':');
            words[i] = !opens && SmallWords.Contains(lower) ? lower : lower.Length > 0 ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        }
        return string.Join(' ', words);
    }
}
