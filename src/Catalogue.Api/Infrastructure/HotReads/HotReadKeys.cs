namespace Catalogue.Api.Infrastructure.HotReads;

/// <summary>What a hot read is cached under: the resource as the client named it (a film by id and by slug are two entries).</summary>
public static class HotReadKeys
{
    public static string Film(string idOrSlug) => "film " + Normalise(idOrSlug);

    public static string Person(string idOrSlug) => "person " + Normalise(idOrSlug);

    /// <summary>A list's first page: its origin (its links are absolute), path and exact query (filters, sort, limit).</summary>
    public static string FirstPage(HttpRequest request) => $"page {request.Scheme}://{request.Host}{request.Path}{request.QueryString}";

    private static string Normalise(string idOrSlug)
    {
        var name = IdOrSlug.Parse(idOrSlug);
        return name.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? name.Slug!;
    }
}
