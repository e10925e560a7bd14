using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using Catalogue.Seeding.Loading;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Seeding.Documents;

/// <summary>
/// Brings the catalogue in line with a folder of documents: new and changed documents are applied, each in
/// its own transaction; unchanged ones (same SHA-256) are skipped; documents no longer in the folder are removed
/// with the facts only they supported. Runs hold a PostgreSQL advisory lock, so a second concurrent run waits.
/// A document that cannot be read, has no known shape or breaks a constraint is reported and skipped.
/// </summary>
public sealed class Seeder(SeedingSettings settings, IDocumentExtractor extractor, TimeProvider clock)
{
    /// <summary>The key of the advisory lock runs take turns with (see <see cref="SeedingLock"/>).</summary>
    public const long AdvisoryLockKey = SeedingLock.Key;

    public async Task<SeedReport> RunAsync(SeedOptions options, ISeedObserver? observer, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.DocumentsDirectory))
            throw new DirectoryNotFoundException($"the documents folder '{options.DocumentsDirectory}' does not exist");

        var report = new SeedReport { DryRun = options.DryRun };
        await using var db = settings.CreateContext();
        // A document is all or nothing: savepoints around each save inside its transaction only cost round trips.
        db.Database.AutoSavepointsEnabled = false;
        await settings.WithDatabaseAsync(() => db.Database.OpenConnectionAsync(cancellationToken));
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

            foreach (var path in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (file, rejected) = await DocumentReader.ReadAsync(path, cancellationToken);
                if (file is not null && known.GetValueOrDefault(file.FileName) is { } stored
                    && stored.Sha256 == file.Sha256 && stored.ExtractorVersion == extractor.ExtractorVersion)
                {
                    report.Unchanged.Add(file.FileName);
                    observer?.Finished(file.FileName, "unchanged", null);
                    continue;
                }
                var extracted = file is null ? null : Extract(file, report, out rejected);
                if (rejected is null)
                {
                    rejected = await ApplyAsync(db, file!, extracted!, options.DryRun, report.Facts, cancellationToken);
                }
                if (rejected is not null)
                {
                    report.Rejected.Add(rejected);
                    observer?.Finished(rejected.FileName, "rejected", rejected.Reason);
                    continue;
                }
                var isNew = !known.ContainsKey(file!.FileName);
                (isNew ? report.Added : report.Updated).Add(file.FileName);
                observer?.Finished(file.FileName, isNew ? "added" : "updated", extracted!.Shape);
            }

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

    private ExtractedDocument? Extract(DocumentFile file, SeedReport report, out RejectedFile? rejected)
    {
        rejected = null;
        try
        {
            var (extracted, doubtful) = ConfidenceFilter.Apply(extractor.Extract(file.Text));
            report.Doubtful.AddRange(doubtful.Select(d => (file.FileName, d)));
            if (extracted.Films.Count == 0)
                rejected = new RejectedFile(file.FileName, extracted.Rejection ?? "no film is named with enough confidence");
            return extracted;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            rejected = new RejectedFile(file.FileName, $"extraction failed: {e.Message}");
            return null;
        }
    }

    /// <summary>Applies the document in its own transaction; a document the database refuses comes back rejected.</summary>
    private async Task<RejectedFile?> ApplyAsync(
        CatalogueDbContext db, DocumentFile file, ExtractedDocument extracted, bool dryRun, FactChanges facts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            await InTransactionAsync(db, dryRun, facts, async () =>
            {
                var document = await db.SourceDocuments.SingleOrDefaultAsync(d => d.FileName == file.FileName, cancellationToken)
                    ?? db.SourceDocuments.Add(new SourceDocument { FileName = file.FileName, Sha256 = "", Text = "", IngestedAt = now }).Entity;
                document.Sha256 = file.Sha256;
                document.SizeBytes = file.SizeBytes;
                document.Text = file.Text;
                document.Shape = extracted.Shape;
                document.Extraction = ExtractionJson.Write(extracted);
                document.ExtractorVersion = extractor.ExtractorVersion;
                document.UpdatedAt = now;
                await db.SaveChangesAsync(cancellationToken);

                var applier = new DocumentApplier(db, document, now);
                await applier.ReplaceAsync(extracted, cancellationToken);
                return applier.Changes;
            }, cancellationToken);
            return null;
        }
        catch (Exception e) when (IsDocumentProblem(e))
        {
            return new RejectedFile(file.FileName, $"the database refused its facts: {Describe(e)}");
        }
    }

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
