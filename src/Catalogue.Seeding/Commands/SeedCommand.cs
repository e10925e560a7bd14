using Catalogue.Seeding.Documents;

namespace Catalogue.Seeding.Commands;

public static class SeedCommand
{
    public const string DefaultDocumentsDirectory = "seeds";

    public static async Task<int> RunAsync(SeedingSettings settings, CommandLine commandLine, CancellationToken cancellationToken)
    {
        var directory = commandLine.Value("documents") ?? DefaultDocumentsDirectory;
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"error: the documents folder '{Path.GetFullPath(directory)}' does not exist.");
            return 2;
        }

        await MigrateCommand.MigrateAsync(settings, cancellationToken);
        var options = new SeedOptions(directory, DryRun: commandLine.Has("dry-run"));
        var report = await new Seeder(settings, TimeProvider.System).RunAsync(options, Console.WriteLine, cancellationToken);

        Console.WriteLine(
            $"{(report.DryRun ? "dry run: " : "")}documents read {report.Read}: added {report.Added.Count}, updated {report.Updated.Count}, " +
            $"unchanged {report.Unchanged.Count}, removed {report.Removed.Count}, rejected {report.Rejected.Count}");
        return commandLine.Has("strict") && report.Rejected.Count > 0 ? 1 : 0;
    }
}
