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

    /// <summary>Each client address: how many keys that turn out unknown it may have looked up (see UnknownKeyGuard).</summary>
    public RateLimitTier UnknownKeys { get; set; } = new() { PermitsPerMinute = 10 };
}

public sealed class RateLimitTier
{
    /// <summary>Permits per minute, which is also the largest burst. A 200 costs 2 permits, a 304 costs 1.</summary>
    public int PermitsPerMinute { get; set; }
}
