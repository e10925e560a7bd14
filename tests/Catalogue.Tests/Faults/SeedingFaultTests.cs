using Catalogue.Bench;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Faults;

/// <summary>The seeding program when PostgreSQL crashes and restarts under it, on a server of its own.</summary>
public class SeedingFaultTests(FaultyPostgres postgres) : IClassFixture<FaultyPostgres>
{
    [Fact]
    public async Task A_crash_restart_mid_run_exits_3_with_one_line_saying_what_happened_and_that_rerunning_is_safe()
    {
        using var folder = new DocumentFolder();
        SyntheticDocuments.WriteTo(folder.Path, 300);

        using var run = SeedingProcess.Start(postgres.ConnectionString, "seed", "--documents", folder.Path);
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        await WaitForDocumentsAsync(5, run);
        await postgres.CrashAndRestartAsync();
        await run.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == 3, $"exit {run.ExitCode}: {await error}");
        var line = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("lost the connection", line);
        Assert.Contains("rerunning the seed", line);
        Assert.DoesNotContain("Unhandled", await error);

        var rerun = await SeedingProcess.RunAsync(postgres.ConnectionString, "seed", "--documents", folder.Path);
        Assert.True(rerun.ExitCode == 0, $"rerun exit {rerun.ExitCode}: {rerun.Error}");
        await using var db = postgres.CreateContext();
        Assert.Equal(300, await db.SourceDocuments.CountAsync());
        _ = await output;
    }

    private async Task WaitForDocumentsAsync(int count, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            await using var db = postgres.CreateContext();
            if (await db.SourceDocuments.CountAsync() >= count) return;
            await Task.Delay(20);
        }
        throw new TimeoutException($"the seeding job did not reach {count} documents (exited: {process.HasExited})");
    }
}
