namespace Catalogue.Api.Infrastructure.Database;

/// <summary>
/// Whether the API currently believes PostgreSQL is down, so an outage is logged once when it starts and once when
/// it ends, however many requests it refuses in between (a stack trace per request would bury everything else).
/// It goes down on the first request refused for want of the database, and back up on the first command that
/// succeeds.
/// </summary>
public sealed class DatabaseOutage(ILogger<DatabaseOutage> logger, TimeProvider clock)
{
    private readonly Lock gate = new();
    private long since;
    private long refused;
    private volatile bool down;

    public bool IsDown => down;

    public void Refused(string reason)
    {
        Interlocked.Increment(ref refused);
        if (down) return;
        lock (gate)
        {
            if (down) return;
            since = clock.GetTimestamp();
            down = true;
        }
        logger.LogError("Database unavailable: {Reason}. Requests that need it are answered 503 with Retry-After until it is back.", reason);
    }

    public void Succeeded()
    {
        if (!down) return;
        long count;
        TimeSpan lasted;
        lock (gate)
        {
            if (!down) return;
            down = false;
            lasted = clock.GetElapsedTime(since);
            count = Interlocked.Exchange(ref refused, 0);
        }
        logger.LogWarning("Database available again after {Seconds:0.0} s; {Refused} request(s) were answered 503 meanwhile.", lasted.TotalSeconds, count);
    }
}
