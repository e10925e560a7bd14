using System.Text.Json;
using Catalogue.Seeding.Documents;
using Spectre.Console;

namespace Catalogue.Seeding.Commands;

/// <summary>The end-of-run summary: documents by outcome, then facts added, updated and removed by kind.</summary>
internal static class SeedSummary
{
    public static void Write(SeedReport report)
    {
        var documents = new Table().Title(report.DryRun ? "documents (dry run: nothing written)" : "documents")
            .AddColumns("read", "added", "updated", "unchanged", "removed", "failed");
        documents.AddRow(
            report.Read.ToString(), report.Added.Count.ToString(), report.Updated.Count.ToString(),
            report.Unchanged.Count.ToString(), report.Removed.Count.ToString(), report.Rejected.Count.ToString());
        AnsiConsole.Write(documents);

        foreach (var rejected in report.Rejected)
            AnsiConsole.MarkupLineInterpolated($"[yellow]failed[/] {rejected.FileName}: {rejected.Reason}");
        if (report.Doubtful.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"{report.Doubtful.Count} facts read with too little confidence were not stored (listed in --report)");

        if (report.Facts.IsEmpty) return;
        var facts = new Table().Title("facts").AddColumns("kind", "added", "updated", "removed");
        foreach (var (kind, counts) in report.Facts.ByKind)
            facts.AddRow(kind, counts.Added.ToString(), counts.Updated.ToString(), counts.Removed.ToString());
        AnsiConsole.Write(facts);
    }

    /// <summary>Prefixes the run's one structured line, so it can be picked out of the rest of the output.</summary>
    public const string LogLinePrefix = "seed summary: ";

    private static readonly JsonSerializerOptions LineJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The run in one line of JSON after <see cref="LogLinePrefix"/>: documents read, added, updated, unchanged, removed
    /// and rejected; facts added, updated and removed (in all and by kind) and not stored; the duration in seconds.
    /// </summary>
    public static string LogLine(SeedReport report, TimeSpan duration)
    {
        var kinds = report.Facts.ByKind.Values;
        return LogLinePrefix + JsonSerializer.Serialize(new
        {
            Event = "seed.completed",
            report.DryRun,
            Documents = new
            {
                report.Read,
                Added = report.Added.Count,
                Updated = report.Updated.Count,
                Unchanged = report.Unchanged.Count,
                Removed = report.Removed.Count,
                Rejected = report.Rejected.Count,
            },
            Facts = new
            {
                Added = kinds.Sum(k => k.Added),
                Updated = kinds.Sum(k => k.Updated),
                Removed = kinds.Sum(k => k.Removed),
                NotStored = report.Doubtful.Count,
                ByKind = report.Facts.ByKind.ToDictionary(k => k.Key, k => new { k.Value.Added, k.Value.Updated, k.Value.Removed }),
            },
            DurationSeconds = Math.Round(duration.TotalSeconds, 3),
        }, LineJson);
    }

    public static object ToJson(SeedReport report, TimeSpan duration) => new
    {
        report.DryRun,
        DurationSeconds = Math.Round(duration.TotalSeconds, 3),
        Documents = new
        {
            report.Read,
            report.Added,
            report.Updated,
            report.Unchanged,
            report.Removed,
            Failed = report.Rejected.Select(r => new { r.FileName, r.Reason }),
        },
        // Read but not stored: under the extraction rules' confidence threshold.
        NotStored = report.Doubtful.Select(d => new { d.FileName, d.Fact.Film, d.Fact.Fact, d.Fact.Rule, d.Fact.Confidence }),
        Facts = report.Facts.ByKind.ToDictionary(k => k.Key, k => new { k.Value.Added, k.Value.Updated, k.Value.Removed }),
    };
}
