using Catalogue.Data;

namespace Catalogue.Seeding.Extraction.Text;

/// <summary>A person's name read from the text; <see cref="Possessive"/> when it was written "Name’s".</summary>
internal sealed record NameMatch(TextSpan Span, string Name, bool Possessive);

/// <summary>
/// Reads personal names: up to four capitalised words, with lower-case particles between them
/// ("Ludwig van Beethoven", "Jean de la Fontaine", "Fadi Al Halabi", "Bashar al-Assad").
/// </summary>
internal static class Names
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "des", "al", "el", "bin", "ibn", "ben", "bint",
        "abu", "dos", "das", "ter", "ten", "y", "zu", "af",
    };

    /// <summary>Capitalised words that open sentences or name roles, never a person.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "You", "His", "Her", "Their", "Our",
        "My", "Your", "In", "On", "At", "Of", "For", "From", "With", "By", "And", "But", "Or", "Yet", "So", "As", "If", "When", "While",
        "Though", "Although", "After", "Before", "Since", "Because", "However", "Instead", "Even", "Also", "Then", "There", "Here",
        "What", "Why", "How", "Who", "Where", "Which", "Both", "Many", "Most", "Some", "Every", "Each", "All", "No", "Not", "One",
        "Director", "Producer", "Editor", "Filmmaker", "President", "Film", "Documentary", "Movie",
        "Now", "Today", "Tonight", "Yesterday", "Still", "Just", "Only", "Later", "Soon", "Once", "Together", "Meanwhile", "Finally",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    public static bool IsParticle(string word) => Particles.Contains(word);

    /// <summary>A capitalised name word: upper-case initial and some lower case ("Al" yes, "ISIS" no), or "al-Assad".</summary>
    public static bool IsNameWord(string word)
    {
        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && Particles.Contains(word[..hyphen]) && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])) return true;
        if (!Words.StartsUpper(word)) return false;
        for (var i = 1; i < word.Length; i++)
            if (char.IsLower(word[i])) return true;
        return false;
    }

    public static bool IsNotName(string word) => NotNames.Contains(word);

    public static NameMatch? ReadForward(string text, int position, int limit, int maxWords = 4)
    {
        var words = new List<(TextSpan Span, string Text, bool Particle)>();
        var capitalised = 0;
        var possessive = false;
        var cursor = position;
        while (capitalised < maxWords)
        {
            if (Words.Next(text, cursor, limit) is not { } span) break;
            var word = span.Of(text);
            // "Manuel V. Oteyza", "D. A. Pennebaker": an initial is part of the name when a name word follows ("U.S." is not one).
            if (word.Length == 1 && char.IsUpper(word[0]) && span.End + 1 < limit && text[span.End] == '.' && text[span.End + 1] == ' ')
            {
                words.Add((new TextSpan(span.Start, span.End + 1), word + ".", true));
                cursor = span.End + 1;
                continue;
            }
            if (IsNameWord(word))
            {
                if (Words.WithoutPossessive(word) is { } bare) { word = bare; possessive = true; }
                if (capitalised == 0 && NotNames.Contains(word)) return null;
                words.Add((span, word, false));
                capitalised++;
                cursor = span.End;
                if (possessive) break;
            }
            else if (capitalised > 0 && IsParticle(word))
            {
                words.Add((span, word, true));
                cursor = span.End;
            }
            else break;
        }
        while (words.Count > 0 && words[^1].Particle) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return null;
        var end = words[^1].Span.End - (possessive ? 2 : 0);
        return new NameMatch(new TextSpan(words[0].Span.Start, end), string.Join(' ', words.Select(w => w.Text)), possessive);
    }

    /// <summary>The name that ends exactly at <paramref name="end"/> (read right to left). <paramref name="continuesName"/>: a name word
    /// follows <paramref name="end"/> ("Orlando von | Einsiedel's"), so a particle may stand right before it.</summary>
    public static NameMatch? ReadBackward(string text, int end, int lowerLimit, int maxWords = 4, bool continuesName = false)
    {
        var words = new List<(TextSpan Span, string Text, bool Particle)>();
        var capitalised = 0;
        var cursor = end;
        while (capitalised < maxWords)
        {
            if (Words.Previous(text, cursor, lowerLimit) is not { } span) break;
            var word = span.Of(text);
            if (IsNameWord(word) && !NotNames.Contains(word)) { words.Insert(0, (span, word, false)); capitalised++; }
            else if ((capitalised > 0 || continuesName) && IsParticle(word)) words.Insert(0, (span, word, true));
            else break;
            cursor = span.Start;
        }
        while (words.Count > 0 && words[0].Particle) words.RemoveAt(0);
        if (words.Count == 0) return null;
        return new NameMatch(new TextSpan(words[0].Span.Start, words[^1].Span.End), string.Join(' ', words.Select(w => w.Text)), false);
    }

    /// <summary>Places and organisations read like names; a country is never a person.</summary>
    public static bool CouldBePerson(string name) =>
        !NotNames.Contains(name) && Countries.Find(name) is null;

    public static string FirstWord(string name) => name.Split(' ')[0];
}
