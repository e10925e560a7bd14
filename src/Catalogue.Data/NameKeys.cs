using System.Globalization;
using System.Text;

namespace Catalogue.Data;

/// <summary>How names and titles are compared and turned into public slugs.</summary>
public static class NameKeys
{
    /// <summary>Case-, accent- and punctuation-blind form of a name or title, for matching variants.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else if (c is not ('\'' or '’')) pendingSpace = true;
        }
        return builder.ToString();
    }

    /// <summary>A URL-safe id: lower-case ASCII words joined by hyphens, e.g. <c>last-men-in-aleppo-2017</c>.</summary>
    public static string Slug(string text, int? year = null, int maxLength = 80)
    {
        var slug = Key(text).Replace(' ', '-');
        slug = new string(slug.Where(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-').ToArray()).Trim('-');
        if (slug.Length > maxLength) slug = slug[..maxLength].TrimEnd('-');
        if (slug.Length == 0) slug = "untitled";
        return year is { } y ? $"{slug}-{y}" : slug;
    }

    public static string[] Tokens(string name) => Key(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<char> Fold(string text)
    {
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'œ': yield return 'o'; yield return 'e'; break;
                case 'æ': yield return 'a'; yield return 'e'; break;
                case 'ß': yield return 's'; yield return 's'; break;
                case 'ø': yield return 'o'; break;
                case 'ł': yield return 'l'; break;
                default: yield return c; break;
            }
        }
    }
}

/// <summary>Picks the first free slug among <c>slug</c>, <c>slug-2</c>, <c>slug-3</c>...</summary>
public static class UniqueSlug
{
    public static async Task<string> FindAsync(IQueryable<string> takenSlugs, string slug, CancellationToken cancellationToken)
    {
        var taken = (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            takenSlugs.Where(s => s == slug || s.StartsWith(slug + "-")), cancellationToken)).ToHashSet();
        if (!taken.Contains(slug)) return slug;
        for (var n = 2; ; n++)
            if (!taken.Contains($"{slug}-{n}")) return $"{slug}-{n}";
    }
}
