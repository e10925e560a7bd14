namespace Catalogue.Seeding.Documents;

public sealed record SeedOptions(string DocumentsDirectory, bool DryRun = false);

/// <summary>What a seed run did (or, with --dry-run, would do).</summary>
public sealed class SeedReport
{
    public bool DryRun { get; init; }
    public List<string> Added { get; } = [];
    public List<string> Updated { get; } = [];
    public List<string> Unchanged { get; } = [];
    public List<string> Removed { get; } = [];
    public List<RejectedFile> Rejected { get; } = [];

    public int Read => Added.Count + Updated.Count + Unchanged.Count + Rejected.Count;
}
