using Catalogue.Seeding.Loading;

namespace Catalogue.Seeding.Documents;

/// <param name="Prune">Also remove the stored documents the folder no longer holds (and the facts only they supported).</param>
/// <param name="WaitTimeout">How long to wait for another run's lock; null: as long as that run takes.</param>
public sealed record SeedOptions(string DocumentsDirectory, bool DryRun = false, bool Prune = false, TimeSpan? WaitTimeout = null);

/// <summary>Told about a run as it goes, to show progress.</summary>
public interface ISeedObserver
{
    /// <summary>Something the operator should know while the run is held up, e.g. waiting for another run's lock.</summary>
    void Notice(string message);

    void Started(int documentCount);

    /// <param name="outcome">added, updated, unchanged, removed or rejected.</param>
    void Finished(string fileName, string outcome, string? detail);
}

/// <summary>What a seed run did (or, with --dry-run, would do).</summary>
public sealed class SeedReport
{
    public bool DryRun { get; init; }
    public List<string> Added { get; } = [];
    public List<string> Updated { get; } = [];
    public List<string> Unchanged { get; } = [];
    public List<string> Removed { get; } = [];
    public List<RejectedFile> Rejected { get; } = [];
    public FactChanges Facts { get; } = new();
    /// <summary>Facts read but kept out of the catalogue because their confidence is under the threshold.</summary>
    public List<(string FileName, Extraction.DoubtfulFact Fact)> Doubtful { get; } = [];

    public int Read => Added.Count + Updated.Count + Unchanged.Count + Rejected.Count;
}
