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
/// a client repeating a wrong key is refused without a query.</item>
/// <item>Each client address may have RateLimits:UnknownKeys:PermitsPerMinute keys it has not used successfully before
/// looked up (a token bucket, that many at once at most). Past that, its requests with such a key are answered 429
/// without a lookup: the lookup is what is being rationed.</item>
/// <item>A key found valid is remembered as such for <see cref="KnownFor"/>, only to exempt it from that ration; it
/// is still looked up on every request, so revoking it takes effect at once. A newly created key was never seen, so
/// it works at once (spending one lookup of its address's ration).</item>
/// <item>A 429 for a key refused without a lookup (its address's ration is spent) is held back for
/// RateLimits:UnknownKeys:RefusalDelayMilliseconds before it is sent, whichever 429 it is (this ration's or the address's
/// anonymous budget's): a flooding client waits for its answers instead of getting thousands a second, each of them CPU
/// taken from everyone else. The wait is a timer, not a thread; at most RateLimits:UnknownKeys:MaxDelayedRefusals wait
/// at once (past that they are sent at once), a request whose client goes away is dropped, and none waits once the host
/// is stopping. Requests without a key and requests with a key known valid are never held back.</item>
/// </list>
/// </summary>
public sealed class UnknownKeyGuard : IDisposable
{
    public static readonly TimeSpan UnknownFor = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan KnownFor = TimeSpan.FromMinutes(10);
    public const int Capacity = 10_000;

    private const string RefusedItem = "catalogue:unknown-keys-refused";

    private readonly MemoryCache unknown = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly MemoryCache known = new(new MemoryCacheOptions { SizeLimit = Capacity });
    private readonly PartitionedRateLimiter<string> lookups;
    private readonly UnknownKeyTier tier;
    private readonly bool limited;
    private readonly TimeSpan refusalDelay;
    private readonly CancellationToken stopping;
    private int delayedRefusals;

    public UnknownKeyGuard(IOptions<RateLimitSettings> options, IHostApplicationLifetime lifetime)
    {
        tier = options.Value.UnknownKeys;
        limited = options.Value.Enabled;
        refusalDelay = TimeSpan.FromMilliseconds(tier.RefusalDelayMilliseconds);
        stopping = lifetime.ApplicationStopping;
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

    /// <summary>Whether the key may be looked up: known good, or its address has ration left (then spent). If not, the request is marked for a 429.</summary>
    public bool MayLookUp(HttpContext context, string keyHash)
    {
        if (!limited || known.TryGetValue(keyHash, out _)) return true;
        using var lease = lookups.AttemptAcquire(CatalogueRateLimiter.ClientAddress(context));
        if (lease.IsAcquired) return true;
        context.Items[RefusedItem] = true;
        return false;
    }

    public void LookedUp(string keyHash, bool found)
    {
        if (found) known.Set(keyHash, true, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KnownFor });
        else unknown.Set(keyHash, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = UnknownFor });
    }

    public static bool WasRefused(HttpContext context) => context.Items.ContainsKey(RefusedItem);

    /// <summary>
    /// Before a 429 is written for a request <see cref="WasRefused"/>: waits out the refusal delay, unless as many
    /// refusals as allowed already wait or the host is stopping. False when the client went away meanwhile: then
    /// nothing is to be written.
    /// </summary>
    public async ValueTask<bool> DelayRefusalAsync(HttpContext context)
    {
        if (refusalDelay <= TimeSpan.Zero || stopping.IsCancellationRequested) return true;
        try
        {
            if (Interlocked.Increment(ref delayedRefusals) > tier.MaxDelayedRefusals) return true;
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await Task.Delay(refusalDelay, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The client went away (nothing to answer) or the host is stopping (answer now).
        }
        finally
        {
            Interlocked.Decrement(ref delayedRefusals);
        }
        return !context.RequestAborted.IsCancellationRequested;
    }

    public async Task WriteRefusalAsync(HttpContext context)
    {
        if (!await DelayRefusalAsync(context)) return;
        var seconds = Math.Max(1, (int)Math.Ceiling(Period.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ProblemTypes.TooManyRequests.With(
                $"This client sent more than {tier.PermitsPerMinute} unknown API keys a minute, so new keys from it are not looked up " +
                $"for now; retry after {seconds} seconds with a valid key, or without {ApiKeyAuthentication.HeaderName} for public reads."),
        });
    }

    public void Dispose()
    {
        unknown.Dispose();
        known.Dispose();
        lookups.Dispose();
    }
}
