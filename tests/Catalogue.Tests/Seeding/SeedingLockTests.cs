using Catalogue.Seeding.Documents;
using Catalogue.Tests.Infrastructure;
using Npgsql;

namespace Catalogue.Tests.Seeding;

/// <summary>
/// Two seeding programs at once: the second waits for the first for as long as it takes. The first run is played by a
/// connection holding the seeding lock, and the connection's command timeout is cut to 1 s, so "longer than the
/// command timeout" costs seconds rather than the driver's default 30.
/// </summary>
public class SeedingLockTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Listing = "Title: Harbour Lights\nYear: 2019\nRuntime: 88 min\nDirector: Ana Berg\nGenre: Documentary\n";

    private string WithShortCommandTimeout => new NpgsqlConnectionStringBuilder(database.ConnectionString) { CommandTimeout = 1 }.ConnectionString;

    [Fact]
    public async Task A_second_run_waits_past_the_command_timeout_for_as_long_as_the_first_holds_the_lock_and_says_it_is_waiting()
    {
        using var folder = new DocumentFolder().Write("a.txt", Listing);
        await using var holder = await HoldLockAsync();

        using var second = SeedingProcess.Start(WithShortCommandTimeout, "seed", "--documents", folder.Path);
        // Its output line by line, so the test waits for the run to say it is waiting (however long a busy machine
        // takes to start it) rather than for a fixed delay it may not have reached the lock within.
        var lines = new List<string>();
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = Task.Run(async () =>
        {
            while (await second.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (lines) lines.Add(line);
                if (line.Contains("another seed run holds the lock; waiting for it to finish")) waiting.TrySetResult();
            }
            waiting.TrySetResult();
            lock (lines) return string.Join('\n', lines);
        });
        var error = second.StandardError.ReadToEndAsync();
        await waiting.Task.WaitAsync(TimeSpan.FromMinutes(1));
        // Then longer than the command timeout (1 s): the wait is not a command that times out.
        await Task.Delay(TimeSpan.FromSeconds(3));
        // Read its error output only once it has exited: before, that read lasts until the run ends, which it cannot
        // while the lock is held here.
        if (second.HasExited) Assert.Fail($"the second run did not wait: exit {second.ExitCode}: {await error}");

        await holder.DisposeAsync();
        try
        {
            await second.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }
        catch (TimeoutException)
        {
            second.Kill(entireProcessTree: true);
            throw;
        }
        Assert.True(second.ExitCode == 0, $"exit {second.ExitCode}: {await error}");
        Assert.Contains("another seed run holds the lock; waiting for it to finish", await output);
        Assert.Contains("added", await output);
    }

    [Fact]
    public async Task With_a_wait_timeout_a_run_gives_up_saying_so_and_changes_nothing()
    {
        // A file name of its own: the class's database is shared, and the waiting test stores its a.txt in it.
        using var folder = new DocumentFolder().Write("given-up.txt", Listing);
        await using var holder = await HoldLockAsync();

        var result = await SeedingProcess.RunAsync(WithShortCommandTimeout, "seed", "--documents", folder.Path, "--wait-timeout", "2");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("waiting up to 2 s", result.Output);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--wait-timeout", line);
        Assert.Contains("nothing was changed", line);
        await using var db = database.CreateContext();
        Assert.DoesNotContain(db.SourceDocuments, d => d.FileName == "given-up.txt");
    }

    [Fact]
    public async Task A_wait_timeout_that_is_not_a_number_of_seconds_is_a_usage_error()
    {
        var result = await SeedingProcess.RunAsync(database.ConnectionString, "seed", "--documents", RepositoryRoot.File("seeds"), "--wait-timeout", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--wait-timeout", result.Error);
    }

    private async Task<NpgsqlConnection> HoldLockAsync()
    {
        // Not pooled: closing it must end the session, and with it the lock.
        var holder = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString);
        await holder.OpenAsync();
        await using var take = new NpgsqlCommand($"SELECT pg_advisory_lock({SeedingLock.Key})", holder);
        await take.ExecuteNonQueryAsync();
        return holder;
    }
}
