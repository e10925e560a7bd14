namespace Catalogue.Seeding.Loading;

/// <summary>Counts of facts added, updated and removed, by kind, for the run's summary.</summary>
public sealed class FactChanges
{
    private readonly SortedDictionary<string, Counts> byKind = new(StringComparer.Ordinal);

    public sealed record Counts(int Added, int Updated, int Removed);

    public IReadOnlyDictionary<string, Counts> ByKind => byKind;

    public void Added(string kind) => Change(kind, c => c with { Added = c.Added + 1 });
    public void Updated(string kind) => Change(kind, c => c with { Updated = c.Updated + 1 });
    public void Removed(string kind) => Change(kind, c => c with { Removed = c.Removed + 1 });

    public void Add(FactChanges other)
    {
        foreach (var (kind, counts) in other.byKind)
            Change(kind, c => new Counts(c.Added + counts.Added, c.Updated + counts.Updated, c.Removed + counts.Removed));
    }

    public bool IsEmpty => byKind.Values.All(c => c is { Added: 0, Updated: 0, Removed: 0 });

    private void Change(string kind, Func<Counts, Counts> change) =>
        byKind[kind] = change(byKind.GetValueOrDefault(kind) ?? new Counts(0, 0, 0));
}
