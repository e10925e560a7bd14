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

    public static object ToJson(SeedReport report) => new
    {
        report.DryRun,
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
