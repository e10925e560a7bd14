namespace Catalogue.Api.Infrastructure.RateLimiting;

/// <summary>The RateLimits section: one budget per API key, one per anonymous client address.</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    /// <summary>False turns the limiter off altogether (no limits, no RateLimit-* headers).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Each anonymous client address (IPv6: its /64).</summary>
    public RateLimitTier Anonymous { get; set; } = new() { PermitsPerMinute = 120 };

    /// <summary>Each API key, by its name, wherever it is used from.</summary>
    public RateLimitTier Key { get; set; } = new() { PermitsPerMinute = 1200 };

    /// <summary>Each client address: how many keys that turn out unknown it may have looked up, and how its refusals
    /// past that are held back (see UnknownKeyGuard).</summary>
    public UnknownKeyTier UnknownKeys { get; set; } = new() { PermitsPerMinute = 5 };

    public bool IsValid =>
        Anonymous.PermitsPerMinute >= 1 && Key.PermitsPerMinute >= 1 && UnknownKeys.PermitsPerMinute >= 1
        && UnknownKeys.RefusalDelayMilliseconds is >= 0 and <= UnknownKeyTier.LongestRefusalDelayMilliseconds
        && UnknownKeys.MaxDelayedRefusals >= 0;
}

public class RateLimitTier
{
    /// <summary>Permits per minute, which is also the largest burst. A 200 costs 2 permits, a 304 costs 1.</summary>
    public int PermitsPerMinute { get; set; }
}

public sealed class UnknownKeyTier : RateLimitTier
{
    /// <summary>As long as the longest Retry-After the API document allows.</summary>
    public const int LongestRefusalDelayMilliseconds = 60_000;

    /// <summary>How long a 429 for a key refused without a lookup (the address's ration is spent) is held back before it
    /// is sent; 0 sends it at once.</summary>
    public int RefusalDelayMilliseconds { get; set; } = 1000;

    /// <summary>How many such 429s may be held back at once, across all addresses; past that they are sent at once.</summary>
    public int MaxDelayedRefusals { get; set; } = 1000;
}
