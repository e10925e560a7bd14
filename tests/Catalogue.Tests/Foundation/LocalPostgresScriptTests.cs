using System.Diagnostics;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Foundation;

/// <summary>
/// db/local-postgres.sh finds PostgreSQL's server programs for any version from 15 on, where packages put them (not on
/// PATH on Debian and Ubuntu): checked against folders of stand-in programs that only answer --version.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]  // a bash script and Unix file modes
public sealed class LocalPostgresScriptTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("catalogue-pg-bin-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Install(string version)
    {
        var bin = Path.Combine(root, version, "bin");
        Directory.CreateDirectory(bin);
        foreach (var program in new[] { "pg_ctl", "initdb" })
        {
            var path = Path.Combine(bin, program);
            File.WriteAllText(path, $"#!/bin/sh\necho \"{program} (PostgreSQL) {version}.2 (Debian {version}.2-1)\"\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return bin;
    }

    /// <summary>Runs <c>bindir</c> with a PATH that holds no PostgreSQL, searching only the stand-ins.</summary>
    private async Task<(int ExitCode, string Output, string Error)> BinDirAsync(string? path = null, string? pgBin = null)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "db", "local-postgres.sh"), "bindir"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["PATH"] = path is null ? "/usr/bin:/bin" : $"{path}:/usr/bin:/bin",
                ["CATALOGUE_PG_SEARCH"] = Path.Combine(root, "*", "bin"),
            },
        };
        start.Environment.Remove("CATALOGUE_PG_BIN");
        if (pgBin is not null) start.Environment["CATALOGUE_PG_BIN"] = pgBin;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (process.ExitCode, (await output).Trim(), await error);
    }

    [Fact]
    public async Task The_newest_version_from_15_on_is_taken_and_older_ones_are_passed_over()
    {
        Install("14");
        Install("15");
        var newest = Install("17");
        Install("16");
        Install("9.6");

        var (exitCode, output, error) = await BinDirAsync();

        Assert.True(exitCode == 0, error);
        Assert.Equal($"{newest} 17", output);
    }

    [Fact]
    public async Task A_version_on_path_from_15_on_wins_and_one_older_than_15_is_passed_over()
    {
        var onPath = Install("15");
        Install("16");
        Assert.Equal($"{onPath} 15", (await BinDirAsync(path: onPath)).Output);

        Directory.Delete(Path.Combine(root, "15"), recursive: true);
        var old = Install("14");
        var found = Path.Combine(root, "16", "bin");
        Assert.Equal($"{found} 16", (await BinDirAsync(path: old)).Output);
    }

    [Fact]
    public async Task Only_older_versions_fail_saying_which_version_was_found_and_what_to_do()
    {
        var old = Install("14");

        var (exitCode, _, error) = await BinDirAsync(path: old);

        Assert.Equal(1, exitCode);
        Assert.Contains("version 14", error);
        Assert.Contains("15 or later", error);
        Assert.Contains("CATALOGUE_PG_BIN", error);
    }

    [Fact]
    public async Task CATALOGUE_PG_BIN_names_the_folder()
    {
        Install("17");
        var chosen = Install("15");

        Assert.Equal($"{chosen} 15", (await BinDirAsync(pgBin: chosen)).Output);
        var (exitCode, _, error) = await BinDirAsync(pgBin: Path.Combine(root, "nowhere"));
        Assert.Equal(1, exitCode);
        Assert.Contains("holds no PostgreSQL server programs", error);
    }
}
