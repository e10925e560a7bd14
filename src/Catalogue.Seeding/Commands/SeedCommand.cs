using System.Text.Json;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Spectre.Console;

namespace Catalogue.Seeding.Commands;

/// <summary>What <c>seed</c> was given; <see cref="WaitTimeout"/> is empty when the option was named without a number.</summary>
public sealed record SeedArguments(string? Documents, bool Prune, bool DryRun, string? Report, bool Strict, string? WaitTimeout);

public static class SeedCommand
{
    public const string DefaultDocumentsDirectory = "seeds";

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(SeedingSettings settings, SeedArguments arguments, CancellationToken cancellationToken)
    {
        var directory = arguments.Documents ?? DefaultDocumentsDirectory;
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"error: the documents folder '{Path.GetFullPath(directory)}' does not exist.");
            return 2;
        }

        TimeSpan? waitTimeout = null;
        if (arguments.WaitTimeout is { } waitTimeoutText)
        {
            if (!double.TryParse(waitTimeoutText, System.Globalization.NumberStyles.Float,
                    System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds < 0)
            {
                Console.Error.WriteLine("error: --wait-timeout takes a number of seconds, e.g. --wait-timeout 600.");
                return 2;
            }
            waitTimeout = TimeSpan.FromSeconds(seconds);
        }

        await MigrateCommand.MigrateAsync(settings, cancellationToken);
        var options = new SeedOptions(directory, DryRun: arguments.DryRun, Prune: arguments.Prune, WaitTimeout: waitTimeout);
        var seeder = new Seeder(settings, new DocumentExtractor(), TimeProvider.System);
        var started = TimeProvider.System.GetTimestamp();
        var report = await settings.WithDatabaseAsync(() => RunWithProgressAsync(seeder, options, cancellationToken));
        var duration = TimeProvider.System.GetElapsedTime(started);

        SeedSummary.Write(report);
        // The tables are for people; this one line is for log collectors (one JSON object, the same numbers).
        Console.Out.WriteLine(SeedSummary.LogLine(report, duration));
        if (arguments.Report is { } reportPath)
        {
            await File.WriteAllTextAsync(reportPath, JsonSerializer.Serialize(SeedSummary.ToJson(report, duration), ReportJson), cancellationToken);
            Console.WriteLine($"report written to {reportPath}");
        }
        return arguments.Strict && report.Rejected.Count > 0 ? 1 : 0;
    }

    /// <summary>A live progress bar on a terminal; one plain line per document when output is redirected.</summary>
    private static Task<SeedReport> RunWithProgressAsync(Seeder seeder, SeedOptions options, CancellationToken cancellationToken)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
            return seeder.RunAsync(options, new PlainLines(), cancellationToken);

        return AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => seeder.RunAsync(options, new ProgressBar(context), cancellationToken));
    }

    private sealed class PlainLines : ISeedObserver
    {
        private int total, done;

        public void Notice(string message) => Console.WriteLine(message);

        public void Started(int documentCount) => total = documentCount;

        public void Finished(string fileName, string outcome, string? detail) =>
            Console.WriteLine($"[{++done}/{total}] {outcome,-9} {fileName}{(detail is null ? "" : $" ({detail})")}");
    }

    private sealed class ProgressBar(ProgressContext context) : ISeedObserver
    {
        private ProgressTask? task;

        public void Notice(string message) => AnsiConsole.MarkupLineInterpolated($"[yellow]{message}[/]");

        public void Started(int documentCount) => task = context.AddTask("seeding documents", maxValue: Math.Max(documentCount, 1));

        public void Finished(string fileName, string outcome, string? detail)
        {
            if (outcome == "rejected") AnsiConsole.MarkupLineInterpolated($"[yellow]rejected[/] {fileName}: {detail}");
            task?.Increment(1);
        }
    }
}
