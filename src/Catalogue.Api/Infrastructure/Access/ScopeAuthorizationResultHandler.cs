using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Catalogue.Api.Infrastructure.Access;

/// <summary>
/// Tells the forbid which scopes the key lacked (from the failed <see cref="ClaimsAuthorizationRequirement"/>s), so
/// the 403 can say "this key lacks the 'export' scope"; everything else is the default behaviour.
/// </summary>
public sealed class ScopeAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler defaults = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden) return defaults.HandleAsync(next, context, policy, authorizeResult);

        var missing = (authorizeResult.AuthorizationFailure?.FailedRequirements ?? [])
            .OfType<ClaimsAuthorizationRequirement>()
            .Where(requirement => requirement.ClaimType == ApiKeyAuthentication.ScopeClaim)
            .SelectMany(requirement => requirement.AllowedValues ?? [])
            .Distinct();
        var properties = new AuthenticationProperties();
        properties.Items[ApiKeyAuthenticationHandler.MissingScopesItem] = string.Join(',', missing);
        return context.ForbidAsync(ApiKeyAuthentication.Scheme, properties);
    }
}
