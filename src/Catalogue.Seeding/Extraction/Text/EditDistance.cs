namespace Catalogue.Seeding.Extraction.Text;

internal static class EditDistance
{
    /// <summary>Levenshtein distance, case-insensitive; names are short so the quadratic table is cheap.</summary>
    public static int Between(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>
    /// Two spellings of one first name ("Khalid", "Khaled"): same initial, and at most one edit for short
    /// names or two for longer ones, so "Sami" and "Sara" stay different people.
    /// </summary>
    public static bool IsSpellingVariant(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || char.ToLowerInvariant(a[0]) != char.ToLowerInvariant(b[0])) return false;
        var allowed = Math.Min(a.Length, b.Length) <= 5 ? 1 : 2;
        return Between(a, b) <= allowed;
    }
}
