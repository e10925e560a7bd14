using Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Documents;

/// <summary>Another run still held the seeding lock when --wait-timeout ran out; nothing was changed.</summary>
public sealed class SeedingLockTimeoutException(TimeSpan waited)
    : Exception($"another seed run still holds the seeding lock after waiting {waited.TotalSeconds:0.#} s (--wait-timeout); nothing was changed. " +
        "Run again once it has finished, or give a longer --wait-timeout.");

/// <summary>
/// The PostgreSQL advisory lock that makes seed runs take turns. A run that finds it taken waits for as long as the
/// other run holds it (or for the wait timeout), saying so. It asks with pg_try_advisory_lock every
/// <see cref="PollInterval"/> rather than blocking in pg_advisory_lock, so the wait is bounded by neither the
/// connection's command timeout nor anything but the other run. The lock belongs to the session: if the connection
/// dies, PostgreSQL has already released it, so releasing never throws over the error that killed the run.
/// </summary>
public sealed class SeedingLock
{
    /// <summary>Arbitrary constant naming the seeding lock among the database's advisory locks.</summary>
    public const long Key = 0x5EED_CA7A_1061;

    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan ReminderInterval = TimeSpan.FromSeconds(30);

    private readonly CatalogueDbContext db;

    private SeedingLock(CatalogueDbContext db) => this.db = db;

    /// <param name="waitTimeout">How long to wait for another run; null waits for as long as it takes.</param>
    public static async Task<SeedingLock> AcquireAsync(
        CatalogueDbContext db, TimeSpan? waitTimeout, ISeedObserver? observer, TimeProvider clock, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var reminded = TimeSpan.Zero;
        while (!await TryTakeAsync(db, cancellationToken))
        {
            var waited = clock.GetElapsedTime(started);
            if (reminded == TimeSpan.Zero)
            {
                observer?.Notice(waitTimeout is { } limit
                    ? $"another seed run holds the lock; waiting up to {limit.TotalSeconds:0.#} s for it to finish"
                    : "another seed run holds the lock; waiting for it to finish");
                reminded = ReminderInterval;
            }
            else if (waited >= reminded)
            {
                observer?.Notice($"still waiting for the other seed run ({waited.TotalSeconds:0} s so far)");
                reminded += ReminderInterval;
            }
            if (waited >= waitTimeout) throw new SeedingLockTimeoutException(waited);
            await Task.Delay(PollInterval, clock, cancellationToken);
        }
        return new SeedingLock(db);
    }

    /// <summary>Gives the lock back if the session still has it; a dead connection took it along already.</summary>
    public async Task ReleaseAsync()
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open) return;
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // The session is gone or going, and with it the lock; the run's own error is the one to report.
        }
    }

    private static Task<bool> TryTakeAsync(CatalogueDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({Key}) AS \"Value\"").SingleAsync(cancellationToken);
}
