namespace Catalogue.Api.Infrastructure;

/// <summary>
/// CORS for browser frontends: the origins come from Cors:AllowedOrigins. Reads are public; writes (curation) and
/// exports send an API key in X-Api-Key and use If-Match for optimistic concurrency. Preflights are answered here,
/// before authentication and the rate limiter, and cost nothing.
/// </summary>
public static class BrowserAccess
{
    public static IServiceCollection AddBrowserAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
            .WithHeaders("X-Api-Key", "If-Match", "If-None-Match", "Content-Type", "Accept", "Accept-Language")
            // Without these a browser script cannot read the validator, the next page, a created resource's address,
            // its rate limit, or where the change feed stopped.
            .WithExposedHeaders("ETag", "Link", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
                "RateLimit-Reset", "Catalogue-Changes-Cursor")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
    }
}
