using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Catalogue.Seeding.Extraction;

namespace Catalogue.Seeding.Documents;

/// <summary>
/// A document file read, fingerprinted and (unless unchanged or unreadable) extracted: everything about it that
/// needs CPU but no database. <see cref="Extracted"/> and <see cref="ExtractionJson"/> are set when <see cref="Rejected"/>
/// is null and the document is not <see cref="Unchanged"/>.
/// </summary>
public sealed record PreparedDocument(
    string FileName,
    DocumentFile? File,
    bool Unchanged,
    ExtractedDocument? Extracted,
    string? ExtractionJson,
    IReadOnlyList<DoubtfulFact> Doubtful,
    RejectedFile? Rejected);

/// <summary>
/// Reads and extracts documents on a task of its own, in file order, a bounded number ahead of the loader: extraction
/// (CPU) overlaps with loading (waiting on PostgreSQL), and memory stays flat however large the folder.
/// </summary>
public static class PreparedDocuments
{
    /// <summary>How many documents may wait, extracted, for the loader.</summary>
    public const int Capacity = 64;

    /// <param name="isUnchanged">Whether the stored copy has this file name and fingerprint (then it is not extracted).</param>
    public static async IAsyncEnumerable<PreparedDocument> ReadAsync(
        IReadOnlyList<string> paths, IDocumentExtractor extractor, Func<DocumentFile, bool> isUnchanged,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<PreparedDocument>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var path in paths)
                    await channel.Writer.WriteAsync(await PrepareAsync(path, extractor, isUnchanged, stop.Token), stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var document in channel.Reader.ReadAllAsync(cancellationToken))
                yield return document;
        }
        finally
        {
            // The loader stopped (finished, failed or cancelled): the reader stops too before the run returns.
            await stop.CancelAsync();
            await producer;
        }
    }

    private static async Task<PreparedDocument> PrepareAsync(
        string path, IDocumentExtractor extractor, Func<DocumentFile, bool> isUnchanged, CancellationToken cancellationToken)
    {
        var (file, rejected) = await DocumentReader.ReadAsync(path, cancellationToken);
        if (file is null) return new PreparedDocument(rejected!.FileName, null, false, null, null, [], rejected);
        if (isUnchanged(file)) return new PreparedDocument(file.FileName, file, true, null, null, [], null);
        ExtractedDocument extracted;
        List<DoubtfulFact> doubtful;
        try
        {
            (extracted, doubtful) = ConfidenceFilter.Apply(extractor.Extract(file.Text));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PreparedDocument(file.FileName, file, false, null, null, [], new RejectedFile(file.FileName, $"extraction failed: {e.Message}"));
        }
        if (extracted.Films.Count == 0)
            return new PreparedDocument(file.FileName, file, false, extracted, null, doubtful,
                new RejectedFile(file.FileName, extracted.Rejection ?? "no film is named with enough confidence"));
        return new PreparedDocument(file.FileName, file, false, extracted, ExtractionJson.Write(extracted), doubtful, null);
    }
}
