using Microsoft.Net.Http.Headers;

namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// Gives every successful GET a strong ETag (SHA-256 of the exact body bytes, so equal bodies share a tag whatever
/// produced them) and answers a matching If-None-Match with 304 and no body. The body is buffered to hash it;
/// API responses are small JSON, so that costs little. Buffered bodies are compressed here too (br or gzip, as the
/// client accepts), each coding with its own tag, so a 304 is only ever answered for the bytes the client holds.
/// Endpoints that render their body once (<see cref="Rendered{T}"/>) tag and compress it themselves by the same rules
/// and are not buffered.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<StreamedResponse>() is not null)
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        // A rendered body (Rendered<T>) came tagged and coded already: it passes through as it is.
        if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified
            && context.GetEndpoint()?.Metadata.GetMetadata<TagsOwnResponses>() is not null)
        {
            if (body.Length > 0) await original.WriteAsync(body, context.RequestAborted);
            return;
        }
        var coding = ConditionalGets.NegotiateCoding(context, body.Length);
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            if (ConditionalGets.TagAndMatch(context, EntityTags.For(body.Span, coding)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }
        else if (context.Response.StatusCode >= 400)
        {
            context.Response.Headers.CacheControl = "no-store";
        }

        if (coding is not null)
        {
            body = ContentCodings.Compress(body.Span, coding);
            context.Response.Headers.ContentEncoding = coding;
        }
        // Known once buffered: a HEAD then says how long the GET's body is. An empty error is left without a length, so
        // the status-code pages can still give it a problem body.
        if (body.Length > 0 || context.Response.StatusCode < 400) context.Response.ContentLength = body.Length;
        // Writing nothing would start the response, and an empty error could no longer be given its problem body.
        if (body.Length > 0) await original.WriteAsync(body, context.RequestAborted);
    }
}

public static class ConditionalGets
{
    /// <summary>The content coding to send a body of <paramref name="length"/> bytes in (null: as it is); the answer varies by it.</summary>
    public static string? NegotiateCoding(HttpContext context, int length)
    {
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        return length > 0 ? ContentCodings.Choose(context.Request.Headers.AcceptEncoding) : null;
    }

    /// <summary>Gives a 200 its ETag and Cache-Control; true when If-None-Match matches, so the answer is a 304.</summary>
    public static bool TagAndMatch(HttpContext context, string etag)
    {
        context.Response.Headers.ETag = etag;
        if (context.GetEndpoint()?.Metadata.GetMetadata<CacheLifetime>() is { } lifetime)
            // An answer to a request with a key (which a bad key would have made a 401) is not for shared caches.
            context.Response.Headers.CacheControl = context.Request.Headers.ContainsKey(CatalogueHeaders.ApiKey)
                ? lifetime.PrivateCacheControl
                : lifetime.CacheControl;
        return EntityTags.MatchesWeakly(context.Request.Headers.IfNoneMatch, etag);
    }
}

public static class ConditionalGetExtensions
{
    /// <summary>Conditional GETs for the public API only; health and Swagger keep their own caching.</summary>
    public static void UseConditionalGets(this WebApplication app, string pathPrefix) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(pathPrefix),
            branch => branch.UseMiddleware<ConditionalGetMiddleware>());
}
