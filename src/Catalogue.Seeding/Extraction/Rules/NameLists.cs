using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

internal static class NameLists
{
    private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "filmmaker", "film-maker", "director", "documentarian", "documentarist", "journalist", "photographer", "producer", "artist",
        "activist", "writer", "author", "reporter", "actor", "actress", "cinematographer", "editor", "composer",
    };

    /// <summary>Titles written before a name ("President Barack Obama", "Dr. Ayesha Rahimi"): not part of the name.</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal)
    {
        "President", "Dr", "Sir", "Dame", "Senator", "Professor", "Prof", "Mr", "Mrs", "Ms", "Judge", "Justice", "Rev", "Reverend",
        "Governor", "Mayor", "Congresswoman", "Congressman", "Chief", "Lord", "Lady", "Prince", "Princess", "Queen", "King",
    };

    /// <summary>
    /// Skips the description before a name ("Oscar-nominated filmmaker", "Syrian filmmaker", "first-time director")
    /// and returns where the name starts, or null when no name follows.
    /// </summary>
    public static int? SkipDescriptors(string text, int position, int limit)
    {
        var cursor = position;
        for (var skipped = 0; skipped <= 6; skipped++)
        {
            if (Words.Next(text, cursor, limit) is not { } word) return null;
            var value = word.Of(text);
            var following = Words.Next(text, word.End, limit);
            // "Syrian filmmaker X", "SeaWorld trainers X", "Russian opposition leader X": a capitalised word that describes the noun after it.
            var demonym = Names.IsNameWord(value) && following is { } f && (RoleNouns.Contains(f.Of(text)) || f.Of(text) is { Length: > 2 } next && char.IsLower(next[0]) && next is not ("and" or "or" or "of" or "on" or "in" or "at"));
            var descriptive = char.IsLower(value[0]) && !Names.IsNameWord(value) && !Names.IsParticle(value) || value.Contains('-') && !Names.IsNameWord(value);
            if (value.Contains('-') && value.Split('-').Skip(1).Any(part => part.Length > 0 && char.IsLower(part[0]))) descriptive = true;
            if (Honorifics.Contains(value) && following is { } person && Names.IsNameWord(person.Of(text)))
            {
                cursor = word.End < limit && text[word.End] == '.' ? word.End + 1 : word.End;
                continue;
            }
            if (!demonym && !descriptive) return word.Start;
            if (value is "and" or "or") return null;
            cursor = word.End;
        }
        return null;
    }

    /// <summary>"A", "A and B", "A, B and C", "A, B, and C" (also "&amp;"); the list ends after its "and".</summary>
    public static List<NameMatch> ReadForward(string text, int position, int limit)
    {
        var names = new List<NameMatch>();
        var cursor = position;
        var final = false;
        while (Names.ReadForward(text, cursor, limit) is { } name)
        {
            names.Add(name);
            if (final || name.Possessive) break;
            var i = name.End();
            while (i < limit && text[i] == ' ') i++;
            if (i < limit && text[i] == '&') { cursor = i + 1; final = true; continue; }
            var comma = i < limit && text[i] == ',';
            if (comma) i++;
            if (Words.Next(text, i, limit) is { } word && word.Of(text) == "and") { cursor = word.End; final = true; continue; }
            if (!comma) break;
            cursor = i;
        }
        return names;
    }

    private static int End(this NameMatch name) => name.Span.End + (name.Possessive ? 2 : 0);
}
