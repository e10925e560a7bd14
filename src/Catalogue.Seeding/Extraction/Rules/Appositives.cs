using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Reads the short description that follows a name ("Ahmed, a civil-defense volunteer driven by ..."
/// gives "a civil-defense volunteer"): an article and a few words, cut before clauses and prepositions.
/// </summary>
internal static class Appositives
{
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "and", "but", "or", "with", "by", "to", "in", "on", "at", "from", "for", "as", "while",
        "when", "where", "after", "before", "since", "because", "than", "like", "is", "was", "has", "had",
    };

    private const int MaxWords = 6;

    public static TextSpan? After(string text, int position, int limit)
    {
        var i = position;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != ',') return null;
        if (Words.Next(text, i + 1, limit) is not { } article) return null;
        var articleText = article.Of(text);
        if (articleText is not ("a" or "an")) return null;
        var last = article;
        var taken = 0;
        var cursor = article.End;
        while (taken < MaxWords && Words.Next(text, cursor, limit) is { } word)
        {
            var value = word.Of(text);
            if (Stops.Contains(value) || !char.IsLower(value[0])) break;
            if (Words.Next(text, word.End, limit) is { } following && following.Of(text) == "by") break;
            if (taken >= 2 && (value.EndsWith("able") || value.EndsWith("ible") || value.EndsWith("ing") || value.EndsWith("ful"))) break;
            last = word;
            taken++;
            cursor = word.End;
        }
        return taken == 0 ? null : new TextSpan(article.Start, last.End);
    }
}
