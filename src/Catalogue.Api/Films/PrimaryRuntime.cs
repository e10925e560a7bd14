using Catalogue.Data.Entities;

namespace Catalogue.Api.Films;

/// <summary>
/// The documented rule: the primary runtime is the first version present in <see cref="RuntimeVersions.All"/>
/// order (theatrical, festival, broadcast, streaming, listing), ties going to the lowest id.
/// </summary>
public static class PrimaryRuntime
{
    public static IReadOnlyList<RuntimeEntry> Mark(IEnumerable<RuntimeEntry> runtimes)
    {
        var ordered = runtimes.OrderBy(r => Rank(r.Version)).ThenBy(r => r.Id).ToList();
        return ordered.Select((r, index) => r with { IsPrimary = index == 0 }).ToList();
    }

    private static int Rank(string version)
    {
        var index = RuntimeVersions.All.ToList().IndexOf(version);
        return index < 0 ? int.MaxValue : index;
    }
}
