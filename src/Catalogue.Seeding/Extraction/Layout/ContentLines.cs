using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>Line-level structure shared by the shape recogniser and the extractors.</summary>
internal static class ContentLines
{
    /// <summary>
    /// Photo and image credits: a short line standing alone between blank lines, without sentence punctuation,
    /// repeated in the document (articles repeat "Grasshopper Film" under every still).
    /// </summary>
    public static HashSet<string> RepeatedStandaloneLines(IReadOnlyList<TextLine> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Text.Trim();
            if (line.Length == 0 || line.Length > 60 || Lines.WordCount(line) > 5 || ".!?:,;".Contains(line[^1])) continue;
            var alone = (i == 0 || lines[i - 1].IsBlank) && (i == lines.Count - 1 || lines[i + 1].IsBlank);
            if (alone) counts[line] = counts.GetValueOrDefault(line) + 1;
        }
        return counts.Where(c => c.Value >= 2).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A heading: a short line without sentence punctuation at its end (a colon inside is a subtitle).</summary>
    public static bool IsHeading(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && Lines.WordCount(trimmed) <= 10 && ".!?:;,".IndexOf(trimmed[^1]) < 0;
    }

    /// <summary>Prose: a line with at least a dozen words that ends like a sentence.</summary>
    public static bool IsProse(string line)
    {
        var trimmed = line.Trim();
        return Lines.WordCount(trimmed) >= 12 && trimmed.IndexOfAny(['.', '!', '?']) >= 0;
    }

    /// <summary>
    /// A short sentence on its own line ("It won the Festival Favorite Award at Sundance."): five words or more, mostly
    /// lower case, ending like a sentence. Running text, however short, is read by the prose rules, not as a list line.
    /// </summary>
    public static bool IsShortSentence(string line)
    {
        var trimmed = line.Trim().TrimEnd('"', '\'', '”', '’', ')');
        if (trimmed.Length < 20 || ".!?".IndexOf(trimmed[^1]) < 0 || trimmed.EndsWith("...", StringComparison.Ordinal)) return false;
        if (!char.IsUpper(trimmed[0]) && "\"“‘'".IndexOf(trimmed[0]) < 0 || trimmed.Contains(" | ") || trimmed.Contains(" · ")) return false;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count >= 5 && words.Count(w => char.IsLower(w[0])) * 2 >= words.Count;
    }

    /// <summary>"Documentary, Syria": every comma-separated token is a known genre or a country.</summary>
    public static bool IsTagLine(string line)
    {
        var tokens = line.Split(',', '/', '|').Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        return tokens.Count > 0 && tokens.All(t => Genres.FindKnown(t) is not null || Countries.Find(t) is not null || Year(t) is not null)
               && tokens.Any(t => Year(t) is null);
    }

    /// <summary>A tag that is a year of release ("Documentary, Syria, 2016").</summary>
    public static int? Year(string token) =>
        token.Trim().Length == 4 && int.TryParse(token.Trim(), out var year) && year is >= 1880 and <= 2100 ? year : null;

    public static IEnumerable<TextLine> NonBlank(IEnumerable<TextLine> lines) => lines.Where(l => !l.IsBlank);
}
