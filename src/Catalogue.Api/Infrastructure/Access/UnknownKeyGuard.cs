using System.Globalization;
using System.Threading.RateLimiting;
using Catalogue.Api.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Infrastructure.Access;

/// <summary>
/// Keeps a flood of wrong API keys from costing database work. Authentication has to run before the rate limiter
/// (the limiter partitions by key name), so without this every made-up key would be looked up.
/// <list type="bullet">
/// <item>A key hash found unknown is remembered for <see cref="UnknownFor"/> (at most <see cref="Capacity"/> of them):
/// a client repeating a wrong key is refused without a query. Known keys are never cached, so revocation still takes
/// effect on the next request, and a newly created key was never seen, so it works at once.</item>
/// <item>Each client address may send RateLimits:UnknownKeys:PermitsPerMinute keys that turn out unknown (token bucket,
/// that many at once at most). While its budget is spent, the address's requests with a key not yet known good are
/// answered 429 without a lookup, valid keys included: the lookup is what is being rationed.</item>
/// </list>
/// </summary>
public sealed class UnknownKeyGuard : IDisposable
{
    public static readonly TimeSpan UnknownFor = TimeSpan.FromSeconds(10);
    public const int Capacity = 10_000;

    private const string RefusedItem = "catalogue:unknown-keys-refused";

    private readonly MemoryCache unknown = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly PartitionedRateLimiter<string> lookups;
    private readonly RateLimitTier tier;
    private readonly bool limited;

    public UnknownKeyGuard(IOptions<RateLimitSettings> options)
    {
        tier = options.Value.UnknownKeys;
        limited = options.Value.Enabled;
        lookups = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetTokenBucketLimiter(address,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = tier.PermitsPerMinute,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = Period,
                QueueLimit = 0,
            }));
    }

    private TimeSpan Period => TimeSpan.FromMinutes(1) / tier.PermitsPerMinute;

    public bool IsKnownUnknown(string keyHash) => unknown.TryGetValue(keyHash, out _);

    /// <summary>Whether this request's address may still have a key looked up; if not, the request is marked for a 429.</summary>
    public bool MayLookUp(HttpContext context)
    {
        if (!limited) return true;
        var available = lookups.GetStatistics(CatalogueRateLimiter.ClientAddress(context))?.CurrentAvailablePermits ?? 0;
        if (available > 0) return true;
        context.Items[RefusedItem] = true;
        return false;
    }

    public void LookedUpUnknown(HttpContext context, string keyHash)
    {
        unknown.Set(keyHash, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = UnknownFor });
        if (limited) lookups.AttemptAcquire(CatalogueRateLimiter.ClientAddress(context)).Dispose();
    }

    public static bool WasRefused(HttpContext context) => context.Items.ContainsKey(RefusedItem);

    public async Task WriteRefusalAsync(HttpContext context)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(Period.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Detail = $"This client sent more than {tier.PermitsPerMinute} unknown API keys a minute, so keys from it are not looked up " +
                    $"for now; retry after {seconds} seconds with a valid key, or without {ApiKeyAuthentication.HeaderName} for public reads.",
            },
        });
    }

    public void Dispose()
    {
        unknown.Dispose();
        lookups.Dispose();
    }
}
