using System.Diagnostics;
using Catalogue.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Catalogue.Seeding.Documents;

/// <summary>
/// Several documents in one transaction, each behind a savepoint of its own: a document the database refuses is
/// rolled back alone, and a commit (a durable write, the largest single cost of a small document) is paid once per
/// batch. What the run tells its report and its observer about a document waits for the commit that makes it true,
/// so a run killed mid-batch has reported only what is stored, and the next run redoes the rest.
/// </summary>
internal sealed class DocumentBatch(CatalogueDbContext db, int maxDocuments, TimeSpan maxAge) : IAsyncDisposable
{
    private const string Savepoint = "document";
    private readonly List<Action> committed = [];
    private readonly Stopwatch age = new();
    private IDbContextTransaction? transaction;
    private int documents;

    /// <summary>Runs <paramref name="outcome"/> once everything before it is committed (at once when nothing waits).</summary>
    public void Then(Action outcome)
    {
        if (transaction is null) outcome();
        else committed.Add(outcome);
    }

    /// <summary>
    /// Applies one document inside the batch. Savepoints are not released: a later one of the same name hides them,
    /// and releasing each would cost a round trip per document.
    /// </summary>
    /// <returns>The exception that made the database refuse the document, once the document is rolled back; null when applied.</returns>
    public async Task<Exception?> ApplyAsync(Func<Task> work, Func<Exception, bool> isDocumentProblem, CancellationToken cancellationToken)
    {
        if (transaction is null)
        {
            transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            age.Restart();
        }
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        documents++;
        try
        {
            await work();
            return null;
        }
        catch (Exception e) when (isDocumentProblem(e))
        {
            await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
            return e;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    public Task CommitIfDueAsync(CancellationToken cancellationToken) =>
        documents >= maxDocuments || age.Elapsed >= maxAge ? CommitAsync(cancellationToken) : Task.CompletedTask;

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
            transaction = null;
            documents = 0;
        }
        foreach (var outcome in committed) outcome();
        committed.Clear();
    }

    /// <summary>An uncommitted batch is rolled back, and nothing is reported for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (transaction is not null) await transaction.DisposeAsync();
    }
}
