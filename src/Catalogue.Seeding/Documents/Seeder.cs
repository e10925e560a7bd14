using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Documents;

/// <summary>
/// Brings the catalogue in line with a folder of documents: new and changed documents are applied, each in
/// its own transaction; unchanged ones (same SHA-256) are skipped; documents no longer in the folder are removed.
/// Runs hold a PostgreSQL advisory lock, so a second concurrent run waits instead of interleaving.
/// </summary>
public sealed class Seeder(SeedingSettings settings, TimeProvider clock)
{
    /// <summary>Arbitrary constant naming the seeding lock among the database's advisory locks.</summary>
    public const long AdvisoryLockKey = 0x5EED_CA7A_1061;

    public async Task<SeedReport> RunAsync(SeedOptions options, Action<string>? onProgress, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.DocumentsDirectory))
            throw new DirectoryNotFoundException($"the documents folder '{options.DocumentsDirectory}' does not exist");

        var report = new SeedReport { DryRun = options.DryRun };
        await using var db = settings.CreateContext();
        await settings.WithDatabaseAsync(() => db.Database.OpenConnectionAsync(cancellationToken));
        await AcquireLockAsync(db, onProgress, cancellationToken);
        try
        {
            var known = await db.SourceDocuments.AsNoTracking()
                .Select(d => new { d.Id, d.FileName, d.Sha256 })
                .ToDictionaryAsync(d => d.FileName, StringComparer.Ordinal, cancellationToken);
            var seen = new HashSet<string>(StringComparer.Ordinal);

            foreach (var path in DocumentReader.ListFiles(options.DocumentsDirectory))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (document, rejected) = await DocumentReader.ReadAsync(path, cancellationToken);
                seen.Add(Path.GetFileName(path));
                if (rejected is not null)
                {
                    report.Rejected.Add(rejected);
                    onProgress?.Invoke($"rejected {rejected.FileName}: {rejected.Reason}");
                    continue;
                }

                var existing = known.GetValueOrDefault(document!.FileName);
                if (existing?.Sha256 == document.Sha256)
                {
                    report.Unchanged.Add(document.FileName);
                    onProgress?.Invoke($"unchanged {document.FileName}");
                    continue;
                }
                if (!options.DryRun) await ApplyAsync(db, document, existing?.Id, cancellationToken);
                (existing is null ? report.Added : report.Updated).Add(document.FileName);
                onProgress?.Invoke($"{(existing is null ? "added" : "updated")} {document.FileName}");
            }

            foreach (var gone in known.Values.Where(d => !seen.Contains(d.FileName)).OrderBy(d => d.FileName, StringComparer.Ordinal))
            {
                if (!options.DryRun) await RemoveAsync(db, gone.Id, cancellationToken);
                report.Removed.Add(gone.FileName);
                onProgress?.Invoke($"removed {gone.FileName}");
            }
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
        return report;
    }

    private static async Task AcquireLockAsync(CatalogueDbContext db, Action<string>? onProgress, CancellationToken cancellationToken)
    {
        var acquired = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_lock({AdvisoryLockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (acquired) return;
        onProgress?.Invoke("another seed run holds the lock; waiting for it to finish");
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
    }

    private async Task ApplyAsync(CatalogueDbContext db, DocumentFile file, long? existingId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var document = existingId is { } id
            ? await db.SourceDocuments.SingleAsync(d => d.Id == id, cancellationToken)
            : db.SourceDocuments.Add(new SourceDocument { FileName = file.FileName, Sha256 = "", Text = "", IngestedAt = now }).Entity;
        document.Sha256 = file.Sha256;
        document.SizeBytes = file.SizeBytes;
        document.Text = file.Text;
        document.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static async Task RemoveAsync(CatalogueDbContext db, long documentId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SourceDocuments.Where(d => d.Id == documentId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
