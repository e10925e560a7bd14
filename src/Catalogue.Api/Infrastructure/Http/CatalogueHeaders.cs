namespace Catalogue.Api.Infrastructure.Http;

/// <summary>The header names the catalogue defines or relies on beyond the ones ASP.NET Core names.</summary>
public static class CatalogueHeaders
{
    public const string ApiKey = "X-Api-Key";
    public const string ChangesCursor = "Catalogue-Changes-Cursor";

    /// <summary>The request's W3C trace id, on every response (see Telemetry.RequestIds).</summary>
    public const string RequestId = "X-Request-Id";

    /// <summary>draft-ietf-httpapi-ratelimit-headers: the quota policy and what is left of it.</summary>
    public const string RateLimitPolicy = "RateLimit-Policy";
    public const string RateLimit = "RateLimit";

    /// <summary>The earlier draft's three headers, still sent so clients written against them keep working.</summary>
    public const string RateLimitLimit = "RateLimit-Limit";
    public const string RateLimitRemaining = "RateLimit-Remaining";
    public const string RateLimitReset = "RateLimit-Reset";
}
