using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// CORS for browser frontends, in two tiers. Anonymous reads (GET and HEAD without X-Api-Key) are public data and are
/// allowed from any origin (<c>Access-Control-Allow-Origin: *</c>, never credentials: the API uses no cookies).
/// Anything that carries a key or writes (curation, export, the change feed) is allowed only from the origins in
/// Cors:AllowedOrigins, so a key pasted into some other site's page cannot be used from there. Preflights are
/// answered here, before authentication and the rate limiter, and cost nothing.
/// </summary>
public static class BrowserAccess
{
    public const string AllowedOriginsSection = "Cors:AllowedOrigins";

    // Without these a browser script cannot read the validator, the next page, a created resource's address, its
    // rate limit, where the change feed stopped, or the request id to quote in a report.
    private static readonly string[] Exposed =
    [
        HeaderNames.ETag, HeaderNames.Link, HeaderNames.Location, HeaderNames.RetryAfter, CatalogueHeaders.RateLimitPolicy,
        CatalogueHeaders.RateLimit, CatalogueHeaders.RateLimitLimit, CatalogueHeaders.RateLimitRemaining,
        CatalogueHeaders.RateLimitReset, CatalogueHeaders.ChangesCursor, CatalogueHeaders.RequestId,
    ];

    /// <summary>
    /// The CORS middleware adds it as the response starts, so every answer has it, errors included, when the request
    /// came from a browser (with an Origin header) that is allowed.
    /// </summary>
    private static OpenApiHeader AllowOriginHeader => new()
    {
        Description = "CORS, on every answer to a request with an `Origin` header that may read it: `*` for anonymous reads (GET or HEAD " +
            "without X-Api-Key, from any origin), or the request's own origin for requests with a key and writes, when that origin is " +
            "listed in Cors:AllowedOrigins. Absent otherwise (and for requests without Origin). Never with credentials.",
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            // An origin is a scheme, a host name (at most 253 characters) and a port.
            MaxLength = 300,
            Pattern = @"^(\*|https?://[^\s/]+)$",
            Example = JsonValue.Create("*"),
        },
    };

    public static IServiceCollection AddBrowserAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(AllowedOriginsSection).Get<string[]>() ?? [];
        services.AddCors();
        services.AddSharedResponseHeader(CorsConstants.AccessControlAllowOrigin, AllowOriginHeader);
        return services.AddSingleton<ICorsPolicyProvider>(new BrowserAccessPolicies(origins, Exposed));
    }
}

/// <summary>Picks the open policy for anonymous reads and the configured-origins policy for everything else.</summary>
public sealed class BrowserAccessPolicies(IReadOnlyCollection<string> origins, string[] exposed) : ICorsPolicyProvider
{
    private readonly CorsPolicy openReads = new CorsPolicyBuilder()
        .AllowAnyOrigin()
        .WithMethods(HttpMethods.Get, HttpMethods.Head)
        .WithHeaders(HeaderNames.IfNoneMatch, HeaderNames.Accept, HeaderNames.AcceptLanguage)
        .WithExposedHeaders(exposed)
        .SetPreflightMaxAge(TimeSpan.FromHours(1))
        .Build();

    private readonly CorsPolicy configuredOrigins = new CorsPolicyBuilder()
        .WithOrigins([.. origins])
        .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
        .WithHeaders(CatalogueHeaders.ApiKey, HeaderNames.IfMatch, HeaderNames.IfNoneMatch, HeaderNames.ContentType,
            HeaderNames.Accept, HeaderNames.AcceptLanguage)
        .WithExposedHeaders(exposed)
        .SetPreflightMaxAge(TimeSpan.FromHours(1))
        .Build();

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName) =>
        Task.FromResult<CorsPolicy?>(IsAnonymousRead(context.Request) ? openReads : configuredOrigins);

    private static bool IsAnonymousRead(HttpRequest request)
    {
        if (HttpMethods.IsOptions(request.Method) && request.Headers.TryGetValue(CorsConstants.AccessControlRequestMethod, out var method))
        {
            // A preflight announces the method and headers of the request to come.
            var headers = request.Headers[CorsConstants.AccessControlRequestHeaders].ToString();
            return IsRead(method.ToString())
                && !headers.Split(',').Any(h => h.Trim().Equals(CatalogueHeaders.ApiKey, StringComparison.OrdinalIgnoreCase));
        }
        return IsRead(request.Method) && !request.Headers.ContainsKey(CatalogueHeaders.ApiKey);
    }

    private static bool IsRead(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
}
