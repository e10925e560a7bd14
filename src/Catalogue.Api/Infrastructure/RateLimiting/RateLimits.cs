using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Infrastructure.RateLimiting;

/// <summary>Registers and plugs in <see cref="CatalogueRateLimiter"/>; see there for partitions, costs and headers.</summary>
public static class RateLimits
{
    public static IServiceCollection AddCatalogueRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>()
            .BindConfiguration(RateLimitSettings.Section)
            .Validate(s => s.IsValid,
                "RateLimits:Anonymous:PermitsPerMinute, RateLimits:Key:PermitsPerMinute and RateLimits:UnknownKeys:PermitsPerMinute must be at least 1, " +
                $"RateLimits:UnknownKeys:RefusalDelayMilliseconds from 0 to {UnknownKeyTier.LongestRefusalDelayMilliseconds}, " +
                "RateLimits:UnknownKeys:MaxDelayedRefusals at least 0.")
            .ValidateOnStart();
        services.AddSingleton<CatalogueRateLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<CatalogueRateLimiter>((options, limiter) =>
            {
                options.GlobalLimiter = limiter.Limiter;
                // The default is 503; the body and headers are written by OnRejected.
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.OnRejected = limiter.OnRejectedAsync;
            });
        services.ConfigureSwaggerGen(swagger => swagger.OperationFilter<RateLimitOperationFilter>());
        services.AddSharedResponseHeader(CatalogueHeaders.RateLimitPolicy, RateLimitOperationFilter.PolicyHeader);
        services.AddSharedResponseHeader(CatalogueHeaders.RateLimit, RateLimitOperationFilter.LimitHeader);
        return services;
    }

    /// <summary>
    /// The limiter, then the second charge and the RateLimit-* headers of every admitted response. Goes after
    /// authentication (partitions by key name) and before the conditional-GET middleware, whose 304 the second
    /// charge must see: it runs in Response.OnStarting, when the status is final.
    /// </summary>
    public static void UseCatalogueRateLimits(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<RateLimitSettings>>().Value.Enabled) return;
        var limiter = app.Services.GetRequiredService<CatalogueRateLimiter>();
        app.UseRateLimiter();
        app.Use((context, next) =>
        {
            if (CatalogueRateLimiter.Applies(context))
                context.Response.OnStarting(() =>
                {
                    try
                    {
                        limiter.ChargeResponse(context);
                        limiter.SetHeaders(context);
                    }
                    catch (ObjectDisposedException)
                    {
                        // The host is stopping and took the limiter with it; the response still goes out.
                    }
                    return Task.CompletedTask;
                });
            return next(context);
        });
    }
}
