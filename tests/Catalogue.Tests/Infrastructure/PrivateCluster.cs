using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// A throwaway cluster started with the repository's own <c>db/local-postgres.sh</c> (so tests and
/// <c>run.sh</c> share one way of running PostgreSQL) in a temporary folder, on a free port, without fsync unless
/// <paramref name="keepsCommitsThroughCrashes"/>: asynchronous commit is fast, but a crash loses the last commits
/// (a migration just applied, say), which a test that crashes the server must not mistake for the API's doing.
/// </summary>
public sealed class PrivateCluster(bool keepsCommitsThroughCrashes = false) : IPostgresSource
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"catalogue-test-pg-{Guid.NewGuid():N}");
    private readonly int port = FreePort();

    public string Description => $"a private cluster in {directory} on port {port}";

    /// <summary>Where the cluster's data, socket and log live; deleted on dispose.</summary>
    public string Folder => directory;

    /// <summary>The cluster's data directory, where postmaster.pid names the server process.</summary>
    public string DataDirectory => Path.Combine(directory, "data");

    /// <summary>A clean shutdown (pg_ctl's fast mode: sessions are ended with 57P01); <see cref="StartAsync"/> starts it again.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => RunScriptAsync("stop", cancellationToken);

    public async Task<string> StartAsync(CancellationToken cancellationToken)
    {
        var output = await RunScriptAsync("start", cancellationToken);
        var connectionString = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim();
        return connectionString.Replace("Database=catalogue", "Database=postgres");
    }

    public async ValueTask DisposeAsync()
    {
        try { await RunScriptAsync("stop", CancellationToken.None); }
        finally { if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true); }
    }

    private async Task<string> RunScriptAsync(string verb, CancellationToken cancellationToken)
    {
        var script = Path.Combine(RepositoryRoot.Path, "db", "local-postgres.sh");
        var start = new ProcessStartInfo("bash", [script, verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["CATALOGUE_PG_DIR"] = directory,
                ["CATALOGUE_PG_PORT"] = port.ToString(),
                ["CATALOGUE_PG_DB"] = "postgres",
                ["CATALOGUE_PG_FAST"] = keepsCommitsThroughCrashes ? "0" : "1",
            },
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw new InvalidOperationException(
                $"db/local-postgres.sh {verb} failed ({process.ExitCode}). PostgreSQL 15+ server binaries (initdb, pg_ctl) must be on PATH, in a usual place (/usr/lib/postgresql/<version>/bin, Homebrew) or in CATALOGUE_PG_BIN, " +
                $"or set {PostgresSources.ConnectionVariable} to a server's connection string.\n{await stderr}");
        return await stdout;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
