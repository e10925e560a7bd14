using System.Security.Claims;
using System.Text.Encodings.Web;
using Catalogue.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Infrastructure.Access;

/// <summary>
/// Authenticates a caller by the API key in the <c>X-Api-Key</c> header.
/// <list type="bullet">
/// <item>No header: no result, the caller is anonymous and every public read stays open.</item>
/// <item>A key whose SHA-256 matches a row of api_keys that is not revoked: authenticated; the identity's name is the
/// key's name and each scope is a claim of type <c>scope</c>. The row is looked up on every request (one query on the
/// unique key_hash index; known keys are never cached), so revoking a key takes effect on the next request.</item>
/// <item>Unknown keys are remembered briefly and rationed per client address by <see cref="UnknownKeyGuard"/>, so a
/// flood of made-up keys costs no database work, and its 429s past the ration are held back, so it costs little CPU.</item>
/// <item>An unknown or revoked key, an empty one, or more than one: failure. Such a request is answered 401 on every
/// endpoint, public ones included (see <see cref="ApiKeyAccess.RejectUnknownApiKeys"/>): a wrong key is a client
/// bug, and quietly serving it as anonymous would hide the bug until the client needs the key's scope or quota.</item>
/// </list>
/// The 401 (challenge) and 403 (forbid) answers are problem details with a detail that says what to do.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CatalogueDbContext db,
    UnknownKeyGuard unknownKeys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Set by <see cref="ScopeAuthorizationResultHandler"/> on a forbid: the scopes the key lacks.</summary>
    internal const string MissingScopesItem = "catalogue:missing-scopes";

    // Keys are "cat_" + 43 characters; anything far longer is not a key and not worth hashing or querying.
    private const int MaxKeyLength = 200;

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeyAuthentication.HeaderName, out var values)) return AuthenticateResult.NoResult();
        if (values.Count != 1) return AuthenticateResult.Fail($"more than one {ApiKeyAuthentication.HeaderName} header");
        var key = values[0];
        if (string.IsNullOrEmpty(key) || key.Length > MaxKeyLength) return AuthenticateResult.Fail("not an API key");

        var hash = ApiKeyHashing.Hash(key);
        if (unknownKeys.IsKnownUnknown(hash)) return AuthenticateResult.Fail("unknown or revoked API key");
        if (!unknownKeys.MayLookUp(Context, hash)) return AuthenticateResult.Fail("too many unknown keys from this client address");
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash && k.RevokedAt == null)
            .Select(k => new { k.Name, k.Scopes })
            .SingleOrDefaultAsync(Context.RequestAborted);
        unknownKeys.LookedUp(hash, found is not null);
        if (found is null) return AuthenticateResult.Fail("unknown or revoked API key");

        var claims = new List<Claim> { new(ClaimTypes.Name, found.Name) };
        claims.AddRange(found.Scopes.Select(scope => new Claim(ApiKeyAuthentication.ScopeClaim, scope)));
        var identity = new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.Name, ApiKeyAuthentication.ScopeClaim);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = ApiKeyAuthentication.Scheme;
        var detail = result.Failure is null
            ? $"This endpoint needs an API key: send a key in {ApiKeyAuthentication.HeaderName}."
            : $"The key in {ApiKeyAuthentication.HeaderName} is not a valid key (unknown or revoked): send a valid key in " +
              $"{ApiKeyAuthentication.HeaderName}, or no {ApiKeyAuthentication.HeaderName} header at all for public reads.";
        await WriteProblemAsync(ProblemTypes.Unauthorized, detail);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var missing = properties.Items.TryGetValue(MissingScopesItem, out var scopes) && !string.IsNullOrEmpty(scopes)
            ? scopes.Split(',')
            : [];
        var detail = missing.Length == 0
            ? "This key may not use this endpoint."
            : $"This key lacks the {string.Join(" or ", missing.Select(s => $"'{s}'"))} scope; use a key that has it.";
        return WriteProblemAsync(ProblemTypes.Forbidden, detail);
    }

    private async Task WriteProblemAsync(ProblemType type, string detail)
    {
        Response.StatusCode = type.Status;
        // The answer depends on the credentials sent, so no cache may reuse it.
        Response.Headers.CacheControl = "no-store";
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = type.With(detail),
        });
    }
}

/// <summary>Names shared by the handler, the policies, the OpenAPI document and CORS.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = Http.CatalogueHeaders.ApiKey;
    public const string ScopeClaim = "scope";
}
