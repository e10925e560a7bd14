using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using Catalogue.Seeding.Loading;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Seeding.Documents;

/// <summary>
/// Brings the catalogue in line with a folder of documents: new and changed documents are applied, a few to a
/// transaction, each behind a savepoint (<see cref="DocumentBatch"/>); unchanged ones (same SHA-256) are skipped; documents no longer in the folder are removed
/// with the facts only they supported. Runs hold a PostgreSQL advisory lock, so a second concurrent run waits.
/// A document that cannot be read, has no known shape or breaks a constraint is reported and skipped. Documents are
/// read and extracted a few ahead of the one being loaded (<see cref="PreparedDocuments"/>), and loaded in file order.
/// </summary>
public sealed class Seeder(SeedingSettings settings, IDocumentExtractor extractor, TimeProvider clock)
{
    /// <summary>The key of the advisory lock runs take turns with (see <see cref="SeedingLock"/>).</summary>
    public const long AdvisoryLockKey = SeedingLock.Key;

    /// <summary>
    /// Documents per transaction, and how long one may stay open: a batch holds the films it wrote and the change feed's
    /// lock until it commits, so a curator writing one of them waits at most about this long.
    /// </summary>
    private const int BatchDocuments = 32;
    private static readonly TimeSpan BatchAge = TimeSpan.FromMilliseconds(500);

    public async Task<SeedReport> RunAsync(SeedOptions options, ISeedObserver? observer, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.DocumentsDirectory))
            throw new DirectoryNotFoundException($"the documents folder '{options.DocumentsDirectory}' does not exist");

        var report = new SeedReport { DryRun = options.DryRun };
        await using var db = settings.CreateContext();
        // A document is all or nothing behind its own savepoint (DocumentBatch): one around each save would only cost round trips.
        db.Database.AutoSavepointsEnabled = false;
        await settings.WithDatabaseAsync(() => db.Database.OpenConnectionAsync(cancellationToken));
        await FilmResolver.NarrowTitleIndexScansAsync(db, cancellationToken);
        var seedingLock = await SeedingLock.AcquireAsync(db, options.WaitTimeout, observer, clock, cancellationToken);
        try
        {
            var known = await db.SourceDocuments.AsNoTracking()
                .Select(d => new { d.Id, d.FileName, d.Sha256, d.ExtractorVersion })
                .ToDictionaryAsync(d => d.FileName, StringComparer.Ordinal, cancellationToken);
            var files = DocumentReader.ListFiles(options.DocumentsDirectory).ToList();
            var names = files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            // Seeding adds and updates; only a prune removes the documents the folder no longer holds.
            var gone = options.Prune
                ? known.Values.Where(d => !names.Contains(d.FileName)).OrderBy(d => d.FileName, StringComparer.Ordinal).ToList()
                : [];
            observer?.Started(files.Count + gone.Count);

            bool IsUnchanged(DocumentFile file) =>
                known.GetValueOrDefault(file.FileName) is { } stored
                && stored.Sha256 == file.Sha256 && stored.ExtractorVersion == extractor.ExtractorVersion;
            await using var batch = new DocumentBatch(db, BatchDocuments, BatchAge);
            await foreach (var prepared in PreparedDocuments.ReadAsync(files, extractor, IsUnchanged, cancellationToken))
            {
                if (prepared.Unchanged)
                {
                    batch.Then(() =>
                    {
                        report.Unchanged.Add(prepared.FileName);
                        observer?.Finished(prepared.FileName, "unchanged", null);
                    });
                    continue;
                }
                var (rejected, changes) = prepared.Rejected is { } unread
                    ? (unread, null)
                    : await ApplyAsync(db, batch, prepared, known.ContainsKey(prepared.FileName), options.DryRun, cancellationToken);
                batch.Then(() =>
                {
                    report.Doubtful.AddRange(prepared.Doubtful.Select(d => (prepared.FileName, d)));
                    if (rejected is not null)
                    {
                        report.Rejected.Add(rejected);
                        observer?.Finished(rejected.FileName, "rejected", rejected.Reason);
                        return;
                    }
                    report.Facts.Add(changes!);
                    var isNew = !known.ContainsKey(prepared.FileName);
                    (isNew ? report.Added : report.Updated).Add(prepared.FileName);
                    observer?.Finished(prepared.FileName, isNew ? "added" : "updated", prepared.Extracted!.Shape);
                });
                await batch.CommitIfDueAsync(cancellationToken);
            }
            await batch.CommitAsync(cancellationToken);

            foreach (var document in gone)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await RemoveAsync(db, document.Id, options.DryRun, report.Facts, cancellationToken);
                report.Removed.Add(document.FileName);
                observer?.Finished(document.FileName, "removed", null);
            }
        }
        finally
        {
            await seedingLock.ReleaseAsync();
        }
        return report;
    }

    /// <summary>
    /// Applies the document in the batch (a dry run: in a transaction of its own, rolled back); a document the database
    /// refuses comes back rejected, and costs only itself.
    /// </summary>
    /// <param name="isStored">Whether the run found the document stored when it started (runs hold the lock, so that still holds).</param>
    private async Task<(RejectedFile? Rejected, FactChanges? Changes)> ApplyAsync(
        CatalogueDbContext db, DocumentBatch batch, PreparedDocument prepared, bool isStored, bool dryRun, CancellationToken cancellationToken)
    {
        var (file, extracted) = (prepared.File!, prepared.Extracted!);
        var now = clock.GetUtcNow();
        FactChanges? changes = null;
        async Task Apply()
        {
            var stored = isStored ? await db.SourceDocuments.SingleOrDefaultAsync(d => d.FileName == file.FileName, cancellationToken) : null;
            var document = stored
                ?? db.SourceDocuments.Add(new SourceDocument { FileName = file.FileName, Sha256 = "", Text = "", IngestedAt = now }).Entity;
            document.Sha256 = file.Sha256;
            document.SizeBytes = file.SizeBytes;
            document.Text = file.Text;
            document.Shape = extracted.Shape;
            document.Extraction = prepared.ExtractionJson;
            document.ExtractorVersion = extractor.ExtractorVersion;
            document.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);

            var applier = new DocumentApplier(db, document, now, isNewDocument: stored is null);
            await applier.ReplaceAsync(extracted, cancellationToken);
            changes = applier.Changes;
        }

        if (dryRun)
        {
            try
            {
                var dryChanges = new FactChanges();
                await InTransactionAsync(db, dryRun: true, dryChanges, async () => { await Apply(); return changes!; }, cancellationToken);
                return (null, dryChanges);
            }
            catch (Exception e) when (IsDocumentProblem(e))
            {
                return (Refused(file, e), null);
            }
        }
        return await batch.ApplyAsync(Apply, IsDocumentProblem, cancellationToken) is { } refusal
            ? (Refused(file, refusal), null)
            : (null, changes);
    }

    private static RejectedFile Refused(DocumentFile file, Exception e) =>
        new(file.FileName, $"the database refused its facts: {Describe(e)}");

    private async Task RemoveAsync(CatalogueDbContext db, long documentId, bool dryRun, FactChanges facts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await InTransactionAsync(db, dryRun, facts, async () =>
        {
            var document = await db.SourceDocuments.SingleAsync(d => d.Id == documentId, cancellationToken);
            var applier = new DocumentApplier(db, document, now);
            await applier.ReplaceAsync(null, cancellationToken);
            await db.SourceDocuments.Where(d => d.Id == documentId).ExecuteDeleteAsync(cancellationToken);
            return applier.Changes;
        }, cancellationToken);
    }

    /// <summary>Runs one document's work in its own transaction; a dry run rolls it back, so nothing is written.</summary>
    private static async Task InTransactionAsync(
        CatalogueDbContext db, bool dryRun, FactChanges facts, Func<Task<FactChanges>> work, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var changes = await work();
            if (dryRun) await transaction.RollbackAsync(cancellationToken);
            else await transaction.CommitAsync(cancellationToken);
            facts.Add(changes);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Bad data (too long, out of range, a broken constraint) is the document's fault; anything else is the database's.</summary>
    private static bool IsDocumentProblem(Exception e) =>
        Unwrap(e) is PostgresException { SqlState: var state } && (state.StartsWith("22") || state.StartsWith("23"));

    private static string Describe(Exception e) => Unwrap(e) is PostgresException p ? p.MessageText : e.Message;

    private static Exception Unwrap(Exception e) => e is DbUpdateException { InnerException: { } inner } ? inner : e;
}
