namespace Catalogue.Api.Infrastructure.Paging;

/// <summary>One page of a list; <c>nextCursor</c> is null on the last page.</summary>
public sealed record Page<T>(
    [property: System.ComponentModel.DataAnnotations.MaxLength(Validation.QueryRules.MaxLimit)] IReadOnlyList<T> Items,
    [property: OpenApi.Text(Cursor.MaxLength)] string? NextCursor);

public static class PageLinks
{
    /// <summary>
    /// Adds <c>Link: &lt;…&gt;; rel="next"</c>: the request's own absolute URL (scheme and host as the client used them,
    /// behind a proxy too when forwarded headers are on) with the cursor replaced. There is no rel="prev": cursors
    /// only go forward, and walking back would need a second, reversed query per page.
    /// </summary>
    public static Page<T> WithNextLink<T>(this Page<T> page, HttpContext http)
    {
        if (page.NextCursor is null) return page;
        var query = http.Request.Query
            .Where(p => !string.Equals(p.Key, "cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))
            .Append(KeyValuePair.Create("cursor", (string?)page.NextCursor));
        var next = Microsoft.AspNetCore.Http.Extensions.UriHelper.BuildAbsolute(
            http.Request.Scheme, http.Request.Host, http.Request.PathBase, http.Request.Path, QueryString.Create(query));
        http.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Link, $"<{next}>; rel=\"next\"");
        return page;
    }
}
