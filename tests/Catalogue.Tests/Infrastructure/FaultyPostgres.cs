using System.Diagnostics;
using System.Runtime.InteropServices;
using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of its own, with a migrated catalogue database, for tests that stop, stall or crash the
/// server: the shared test server stays up for every other test class. Whatever a test does to it, disposing resumes
/// and stops it.
/// </summary>
public sealed class FaultyPostgres : IAsyncLifetime
{
    private const int SigCont = 18, SigStop = 19;
    private readonly PrivateCluster cluster = new(keepsCommitsThroughCrashes: true);
    private bool paused;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var admin = await cluster.StartAsync(CancellationToken.None);
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE catalogue_faults", connection);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = "catalogue_faults" }.ConnectionString;
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
    }

    public CatalogueDbContext CreateContext() => TestServer.CreateContext(ConnectionString);

    /// <summary>A clean shutdown: open sessions end with 57P01, new connections are refused.</summary>
    public Task StopAsync() => cluster.StopAsync(CancellationToken.None);

    public async Task StartAsync()
    {
        await cluster.StartAsync(CancellationToken.None);
        // The tests' own pooled connections died with the server; the API's pool (another connection string) is left
        // to recover by itself, which is what the tests are there to see.
        await using var connection = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(connection);
    }

    /// <summary>Stops the server the way a crash does (no shutdown checkpoint, sessions cut), then starts it: it recovers first.</summary>
    public async Task CrashAndRestartAsync()
    {
        await PgCtlAsync("stop", "-m", "immediate", "-w");
        await StartAsync();
    }

    /// <summary>The last lines of the server's log (start, recovery, refusals), for a failure message.</summary>
    public string ServerLogTail(int lines)
    {
        var log = Path.Combine(cluster.Folder, "server.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(lines)) : $"(no log at {log})";
    }

    /// <summary>Freezes the server and every backend (SIGSTOP): connections are accepted by the kernel and never answered.</summary>
    public void Pause()
    {
        paused = true;
        foreach (var pid in ServerProcesses()) kill(pid, SigStop);
    }

    public void Resume()
    {
        foreach (var pid in ServerProcesses()) kill(pid, SigCont);
        paused = false;
    }

    public async Task DisposeAsync()
    {
        if (paused) Resume();
        NpgsqlConnection.ClearAllPools();
        await cluster.DisposeAsync();
    }

    private List<int> ServerProcesses()
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory, "postmaster.pid")).First().Trim());
        var pids = new List<int> { postmaster };
        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")))
        {
            try
            {
                // "pid (comm) state ppid ...": the parent is the second field after the command's closing parenthesis.
                var text = File.ReadAllText(stat);
                var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1]) == postmaster) pids.Add(int.Parse(text[..text.IndexOf(' ')]));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        }
        return pids;
    }

    private async Task PgCtlAsync(params string[] arguments)
    {
        string[] command = ["pg_ctl", "-D", cluster.DataDirectory, .. arguments];
        var start = Environment.UserName == "root"
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", .. command])
            : new ProcessStartInfo(command[0], command[1..]);
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"pg_ctl {string.Join(' ', arguments)} failed: {await error}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
