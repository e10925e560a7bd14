using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>Ids of other catalogues written in a page: IMDb title URLs and tt ids, Wikidata entity links, TMDB movie URLs.</summary>
internal static class ExternalIds
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (Regex Pattern, string Source)[] Patterns =
    [
        (new(@"imdb\.com/title/(?<id>tt\d{7,8})\b", Options), ExternalIdSources.Imdb),
        (new(@"\bIMDb(?:\s+(?:id|ID|title|link))?\s*[:#]?\s*(?<id>tt\d{7,8})\b", Options), ExternalIdSources.Imdb),
        (new(@"wikidata\.org/(?:wiki|entity)/(?<id>Q\d{1,10})\b", Options), ExternalIdSources.Wikidata),
        (new(@"\bWikidata(?:\s+(?:id|item))?\s*[:#]?\s*(?<id>Q\d{1,10})\b", Options), ExternalIdSources.Wikidata),
        (new(@"themoviedb\.org/movie/(?<id>\d{1,9})\b", Options), ExternalIdSources.Tmdb),
        (new(@"\bTMDB(?:\s+id)?\s*[:#]\s*(?<id>\d{1,9})\b", Options), ExternalIdSources.Tmdb),
    ];

    public static IEnumerable<(string Source, string Value, TextSpan Span)> In(string text, TextSpan span)
    {
        var raw = span.Of(text);
        foreach (var (pattern, source) in Patterns)
            foreach (Match match in pattern.Matches(raw))
            {
                var id = match.Groups["id"];
                var value = source == ExternalIdSources.Wikidata ? id.Value.ToUpperInvariant() : id.Value.ToLowerInvariant();
                yield return (source, value, new TextSpan(span.Start + id.Index, span.Start + id.Index + id.Length));
            }
    }
}
