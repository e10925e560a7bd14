namespace Catalogue.Seeding.Extraction;

internal static class Genres
{
    /// <summary>Words listing sites file films under that are not genres ("Movie", "TV Show", "HD").</summary>
    private static readonly HashSet<string> SiteCategories = new(StringComparer.OrdinalIgnoreCase)
    {
        "movie", "movies", "film", "films", "feature", "features", "tv show", "tv shows", "tv series", "series", "show", "shows", "episode",
        "episodes", "video", "videos", "full movie", "online", "hd", "4k", "free", "streaming", "watch", "new", "new releases", "popular",
        "trending", "top rated", "featured", "all", "other", "misc", "uncategorized", "uncategorised", "reviews", "review", "news",
        "interviews", "features", "lists", "blog", "essays", "festivals", "festival", "film", "cinema", "classics", "archive",
    };

    /// <summary>Genres recognised outside a labelled genre field, e.g. in a synopsis page's tag line.</summary>
    private static readonly Dictionary<string, string> Known = new[]
    {
        "Documentary", "War", "Drama", "Comedy", "History", "Historical", "Biography", "Biographical", "Music", "Musical", "Crime",
        "Thriller", "Horror", "Action", "Adventure", "Animation", "Animated", "Family", "Fantasy", "Romance", "Sci-Fi", "Science Fiction",
        "Sport", "Sports", "Western", "Mystery", "News", "Short", "Political", "Politics", "Nature", "Experimental", "Reality", "Talk-Show",
        "Film-Noir", "Noir", "Docudrama", "Biopic", "Current Affairs", "Investigative",
    }.ToDictionary(g => g, g => g, StringComparer.OrdinalIgnoreCase);

    public static bool IsSiteCategory(string word) => SiteCategories.Contains(word.Trim());

    public static string? FindKnown(string word) => Known.GetValueOrDefault(word.Trim());

    private static readonly string[] FormNouns = [" film", " films", " feature", " movie"];

    /// <summary>"documentary film", "Documentary feature" → Documentary; a genre word the catalogue does not know stays as written.</summary>
    public static string Canonical(string genre)
    {
        if (FindKnown(genre) is { } known) return known;
        var trimmed = genre.Trim();
        foreach (var noun in FormNouns)
            if (trimmed.EndsWith(noun, StringComparison.OrdinalIgnoreCase) && FindKnown(trimmed[..^noun.Length]) is { } named) return named;
        return genre;
    }

    /// <summary>A plausible genre word from a labelled field: a short phrase of letters, not a site category.</summary>
    public static bool LooksLikeGenre(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length is < 2 or > 30 || IsSiteCategory(trimmed)) return false;
        return trimmed.All(c => char.IsLetter(c) || c is ' ' or '-' or '&') && trimmed.Split(' ').Length <= 3;
    }

    public static bool IsDocumentary(string genre) => genre.Equals("Documentary", StringComparison.OrdinalIgnoreCase);
}
