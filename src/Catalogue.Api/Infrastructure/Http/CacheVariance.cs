using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// Tells caches what else a public API response depends on: Origin (CORS headers are sent only to requests that carry
/// one, so a cached answer to a plain request would break a browser) and X-Api-Key (a key makes the answer private,
/// or a 401, and moves the rate-limit budget). Without it a shared cache could hand one client's answer to another.
/// Registered before CORS, so its callback runs after CORS has added its own Vary and the header lists each name once.
/// </summary>
public static class CacheVariance
{
    private static readonly string[] Varies = [HeaderNames.Origin, Access.ApiKeyAuthentication.HeaderName];

    public static IApplicationBuilder UseCacheVariance(this IApplicationBuilder app, string pathPrefix) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(pathPrefix))
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    var names = headers.Vary.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                        .Concat(Varies)
                        .Distinct(StringComparer.OrdinalIgnoreCase);
                    headers.Vary = new StringValues(string.Join(", ", names));
                    return Task.CompletedTask;
                });
            return next(context);
        });
}
