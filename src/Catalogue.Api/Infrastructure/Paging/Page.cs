namespace Catalogue.Api.Infrastructure.Paging;

/// <summary>One page of a list; <c>nextCursor</c> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

public static class PageLinks
{
    /// <summary>Adds <c>Link: &lt;…&gt;; rel="next"</c>: the request's own URL with the cursor replaced.</summary>
    public static Page<T> WithNextLink<T>(this Page<T> page, HttpContext http)
    {
        if (page.NextCursor is null) return page;
        var query = http.Request.Query
            .Where(p => !string.Equals(p.Key, "cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))
            .Append(KeyValuePair.Create("cursor", (string?)page.NextCursor));
        var next = http.Request.PathBase + http.Request.Path + QueryString.Create(query);
        http.Response.Headers.Append("Link", $"<{next}>; rel=\"next\"");
        return page;
    }
}
