using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Catalogue.Api.Infrastructure.Access;

/// <summary>API-key authentication, the scope policies, and their part of the OpenAPI document.</summary>
public static class ApiKeyAccess
{
    public static IServiceCollection AddApiKeyAccess(this IServiceCollection services)
    {
        services.AddAuthentication(ApiKeyAuthentication.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(CataloguePolicies.Export, policy => policy.RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.ScopeClaim, CataloguePolicies.Export))
            .AddPolicy(CataloguePolicies.Curate, policy => policy.RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.ScopeClaim, CataloguePolicies.Curate));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeAuthorizationResultHandler>();
        services.AddSingleton<UnknownKeyGuard>();
        services.ConfigureSwaggerGen(swagger =>
        {
            swagger.AddSecurityDefinition(ApiKeyAuthentication.Scheme, AccessOperationFilter.SecurityScheme);
            swagger.OperationFilter<AccessOperationFilter>();
        });
        return services;
    }

    /// <summary>
    /// Answers 401 to a request that presents an unknown or revoked key, whatever the endpoint (public reads included).
    /// Runs after authentication (whose cached result it reads, so the key is looked up once) and after the rate
    /// limiter, so a flood of wrong keys is limited per client address like any anonymous traffic. Endpoints marked
    /// AllowAnonymous (the metrics scrape) take no credentials at all, so a key there is ignored, wrong or not.
    /// </summary>
    public static IApplicationBuilder RejectUnknownApiKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.ContainsKey(ApiKeyAuthentication.HeaderName)
                && context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null
                && (await context.AuthenticateAsync(ApiKeyAuthentication.Scheme)).Failure is not null)
            {
                if (UnknownKeyGuard.WasRefused(context))
                    await context.RequestServices.GetRequiredService<UnknownKeyGuard>().WriteRefusalAsync(context);
                else
                    await context.ChallengeAsync(ApiKeyAuthentication.Scheme);
                return;
            }
            await next(context);
        });
}
