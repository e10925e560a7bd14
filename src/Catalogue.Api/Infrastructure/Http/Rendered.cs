using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Catalogue.Api.Infrastructure.Http;

/// <summary>A JSON body rendered once, with its strong ETag: what the hot-read cache keeps and what is sent.</summary>
public sealed record RenderedJson(byte[] Body, string ETag)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> coded = new(StringComparer.Ordinal);

    /// <summary>The body in <paramref name="coding"/>, compressed once per rendering (a cached body is compressed once).</summary>
    public byte[] In(string coding) => coded.GetOrAdd(coding, c => ContentCodings.Compress(Body, c));

    /// <summary>The Link header that goes with the body (a page's rel="next"), when it has one.</summary>
    public string? Link { get; init; }

    public static RenderedJson Of<T>(T value, JsonSerializerOptions options)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, options);
        return new RenderedJson(body, EntityTags.For(body));
    }
}

/// <summary>Endpoint metadata: the endpoint tags its own 200s, so the conditional-GET middleware must not buffer them.</summary>
public sealed record TagsOwnResponses;

/// <summary>
/// A 200 whose body and ETag are already rendered (by the handler or the cache): written as they are, or answered 304
/// when If-None-Match matches, with no copy of the body for hashing. Documents itself as a 200 of <typeparamref name="T"/>.
/// </summary>
public sealed class Rendered<T>(RenderedJson json) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    private const string ContentType = "application/json; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;

    public RenderedJson Json => json;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        if (json.Link is { } link) httpContext.Response.Headers.Link = link;
        var coding = ConditionalGets.NegotiateCoding(httpContext, json.Body.Length);
        if (ConditionalGets.TagAndMatch(httpContext, coding is null ? json.ETag : EntityTags.OfCoding(json.ETag, coding)))
        {
            httpContext.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        var body = coding is null ? json.Body : json.In(coding);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        if (coding is not null) httpContext.Response.Headers.ContentEncoding = coding;
        httpContext.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(httpContext.Request.Method))
            await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [ "application/json" ]));
        builder.Metadata.Add(new TagsOwnResponses());
    }
}
