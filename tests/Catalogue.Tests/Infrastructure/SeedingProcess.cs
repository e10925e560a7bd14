using System.Diagnostics;

namespace Catalogue.Tests.Infrastructure;

/// <summary>Runs the real seeding program (the built Catalogue.Seeding.dll) as an operator would.</summary>
public static class SeedingProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Process Start(string? connectionString, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Catalogue.Seeding.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.Environment["ConnectionStrings__Catalogue"] = connectionString ?? "";
        return Process.Start(start)!;
    }

    public static async Task<Result> RunAsync(string? connectionString, params string[] arguments)
    {
        using var process = Start(connectionString, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return new Result(process.ExitCode, await output, await error);
    }
}
