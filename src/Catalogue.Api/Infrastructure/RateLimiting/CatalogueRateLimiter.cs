using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Api.Infrastructure.Http;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Infrastructure.RateLimiting;

/// <summary>
/// The one partitioned limiter behind ASP.NET Core's rate limiting middleware (as its global limiter), held here so a
/// response can be charged again once its status is known.
/// <para><b>Partitions.</b> An authenticated request is limited by its API key's name (RateLimits:Key); any other
/// request, including one with an unknown key, by its client address (RateLimits:Anonymous), IPv6 addresses by their
/// /64. Behind a reverse proxy the address is the proxy's unless forwarded headers are configured. Health checks and
/// the Swagger UI and document and endpoints marked DisableRateLimiting (the metrics scrape) are not limited; CORS preflights are answered before the limiter and cost nothing.</para>
/// <para><b>Algorithm.</b> A token bucket per partition holding PermitsPerMinute tokens (the largest burst), refilled
/// at PermitsPerMinute per minute (one token every 60/PermitsPerMinute seconds), no queue: a request that finds the
/// bucket empty is answered 429 at once.</para>
/// <para><b>Costs.</b> Every request takes 1 permit before it runs; a response that is not a 304 takes 1 more when it
/// starts (so a 200, 4xx or 5xx costs 2 and a revalidation answered 304 costs 1: clients that cache are served twice
/// as often). The second permit is taken if there is one; a response already produced is never refused for lack
/// of it, the bucket just stays empty.</para>
/// <para><b>Headers.</b> Every limited response carries, per draft-ietf-httpapi-ratelimit-headers,
/// <c>RateLimit-Policy: "anonymous";q=120;w=60</c> (the policy, "anonymous" or "key", its quota and window in seconds)
/// and <c>RateLimit: "anonymous";r=57;t=2</c> (whole permits left after this response's charge, and seconds until
/// the bucket is full again, rounded up). The earlier draft's RateLimit-Limit, RateLimit-Remaining and RateLimit-Reset
/// carry the same three numbers, kept because clients were written against them; they are deprecated, and the OpenAPI
/// document names them only in RateLimit's description. A 429 also carries Retry-After (seconds until a permit is back, rounded up).</para>
/// </summary>
public sealed class CatalogueRateLimiter : IDisposable
{
    private readonly RateLimitSettings settings;
    private readonly UnknownKeyGuard unknownKeys;

    public CatalogueRateLimiter(IOptions<RateLimitSettings> options, UnknownKeyGuard unknownKeys)
    {
        settings = options.Value;
        this.unknownKeys = unknownKeys;
        Limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context) switch
        {
            null => RateLimitPartition.GetNoLimiter(""),
            var (key, tier, _) => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = tier.PermitsPerMinute,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = Period(tier),
                QueueLimit = 0,
            }),
        });
    }

    public PartitionedRateLimiter<HttpContext> Limiter { get; }

    /// <summary>Whether the request is limited at all: health checks, the API documentation and endpoints marked
    /// <see cref="DisableRateLimitingAttribute"/> (the metrics scrape) are not, and cost nothing.</summary>
    public static bool Applies(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/swagger")
        && context.GetEndpoint()?.Metadata.GetMetadata<DisableRateLimitingAttribute>() is null;

    /// <summary>The second permit of a response that is not a 304, taken when the response starts (best effort).</summary>
    public void ChargeResponse(HttpContext context)
    {
        if (context.Response.StatusCode == StatusCodes.Status304NotModified) return;
        using var lease = Limiter.AttemptAcquire(context);
    }

    /// <summary>
    /// Sets RateLimit-Policy and RateLimit (draft-ietf-httpapi-ratelimit-headers, structured fields) and the earlier
    /// draft's RateLimit-Limit, -Remaining and -Reset from the caller's bucket as it is now.
    /// </summary>
    public void SetHeaders(HttpContext context)
    {
        if (Partition(context) is not { Tier: var tier, PolicyName: var policy }) return;
        var remaining = Math.Clamp(Limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0, 0, tier.PermitsPerMinute);
        var limit = tier.PermitsPerMinute.ToString(CultureInfo.InvariantCulture);
        var left = remaining.ToString(CultureInfo.InvariantCulture);
        var reset = Seconds(Period(tier) * (tier.PermitsPerMinute - remaining)).ToString(CultureInfo.InvariantCulture);
        var headers = context.Response.Headers;
        headers[CatalogueHeaders.RateLimitPolicy] = $"\"{policy}\";q={limit};w=60";
        headers[CatalogueHeaders.RateLimit] = $"\"{policy}\";r={left};t={reset}";
        headers[CatalogueHeaders.RateLimitLimit] = limit;
        headers[CatalogueHeaders.RateLimitRemaining] = left;
        headers[CatalogueHeaders.RateLimitReset] = reset;
    }

    /// <summary>The 429: problem details, Retry-After and the RateLimit-* headers. Never throws for want of a header.
    /// A request whose key was refused without a lookup is answered after <see cref="UnknownKeyGuard.DelayRefusalAsync"/>.</summary>
    public async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        if (UnknownKeyGuard.WasRefused(context) && !await unknownKeys.DelayRefusalAsync(context)) return;
        var tier = Partition(context)?.Tier ?? settings.Anonymous;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Period(tier);
        var seconds = Math.Max(1, Seconds(retryAfter));

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        SetHeaders(context);

        var who = context.User.Identity?.IsAuthenticated == true ? $"The key '{context.User.Identity.Name}'" : "An anonymous client";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ProblemTypes.TooManyRequests.With(RejectionDetail(who, tier.PermitsPerMinute, seconds)),
        });
    }

    /// <summary>What a 429 says: who is limited, their budget, and when to come back.</summary>
    public static string RejectionDetail(string who, int permitsPerMinute, long seconds) =>
        $"{who} may spend {permitsPerMinute} permits a minute (a response costs 2, a 304 costs 1); " +
        $"retry after {seconds} seconds, and send If-None-Match to revalidate what you have.";

    public void Dispose() => Limiter.Dispose();

    /// <summary>The quota policy names RateLimit-Policy and RateLimit use: which of the two budgets applies.</summary>
    public const string AnonymousPolicy = "anonymous";
    public const string KeyPolicy = "key";

    private (string Key, RateLimitTier Tier, string PolicyName)? Partition(HttpContext context)
    {
        if (!Applies(context)) return null;
        if (context.User.Identity is { IsAuthenticated: true, Name: { } name }) return ($"key:{name}", settings.Key, KeyPolicy);
        return ($"address:{ClientAddress(context)}", settings.Anonymous, AnonymousPolicy);
    }

    /// <summary>The address a client is limited by: IPv4 as is, IPv6 by its /64.</summary>
    public static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4().ToString();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        // One IPv6 subscriber usually holds a whole /64; limiting single addresses would be trivial to sidestep.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    private static TimeSpan Period(RateLimitTier tier) => TimeSpan.FromMinutes(1) / tier.PermitsPerMinute;

    private static long Seconds(TimeSpan span) => (long)Math.Ceiling(span.TotalSeconds);
}
