using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Data;

/// <summary>
/// Records committed changes to films and people. Every writer calls this inside its transaction: the
/// transaction-scoped advisory lock makes writers take sequence numbers one transaction at a time, so the
/// feed's order is commit order and a reader that has seen sequence N never later finds a smaller one appear.
/// </summary>
public static class ChangeFeed
{
    public const long AdvisoryLockKey = 0x0C4A_06E5_FEED;

    /// <summary>Notified by every transaction that records changes, delivered when it commits: readers that cache listen.</summary>
    public const string NotificationChannel = "catalogue_changes";

    public static class Operations
    {
        public const string Created = "created";
        public const string Updated = "updated";
        public const string Deleted = "deleted";

        public static readonly IReadOnlyList<string> All = [Created, Updated, Deleted];
    }

    public static class EntityTypes
    {
        public const string Film = "film";
        public const string Person = "person";

        public static readonly IReadOnlyList<string> All = [Film, Person];
    }

    public sealed record Change(string EntityType, long EntityId, string EntitySlug, string Operation);

    public static async Task RecordAsync(CatalogueDbContext db, IReadOnlyCollection<Change> changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (changes.Count == 0) return;
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Changes must be recorded in the transaction that makes them.");
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({AdvisoryLockKey}), pg_notify({NotificationChannel}, '')", cancellationToken);
        db.ChangeEvents.AddRange(changes.Select(c => new ChangeEvent
        {
            EntityType = c.EntityType,
            EntityId = c.EntityId,
            EntitySlug = c.EntitySlug,
            Operation = c.Operation,
            CommittedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
