namespace Catalogue.Api.Infrastructure;

/// <summary>CORS for browser frontends: the origins come from Cors:AllowedOrigins; the API is read-only, so GET only.</summary>
public static class BrowserAccess
{
    public static IServiceCollection AddBrowserAccess(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get)
            .WithHeaders("If-None-Match", "Accept", "Accept-Language", "Content-Type")
            // Without these a browser script cannot read the validator or the next page.
            .WithExposedHeaders("ETag", "Link")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
    }
}
