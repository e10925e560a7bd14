using System.Text.Json;
using Catalogue.Data;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

public class SeedingCommandTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_unreachable_database_is_one_clear_line_and_a_non_zero_exit()
    {
        var result = await SeedingProcess.RunAsync("Host=127.0.0.1;Port=1;Database=nowhere;Username=postgres;Timeout=3", "migrate");

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("127.0.0.1:1", line);
        Assert.Contains("ConnectionStrings__Catalogue", line);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task A_missing_connection_string_says_which_setting_to_set()
    {
        var result = await SeedingProcess.RunAsync(null, "migrate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ConnectionStrings__Catalogue", result.Error);
    }

    [Fact]
    public async Task Seeding_a_missing_folder_says_so_and_exits_non_zero()
    {
        var result = await SeedingProcess.RunAsync(database.ConnectionString, "seed", "--documents", "/no/such/folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/folder", result.Error);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public async Task Migrate_on_a_current_schema_says_so()
    {
        var result = await SeedingProcess.RunAsync(database.ConnectionString, "migrate");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("schema is current", result.Output);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_usage()
    {
        var result = await SeedingProcess.RunAsync(database.ConnectionString, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: Catalogue.Seeding", result.Error);
    }

    [Fact]
    public async Task A_created_key_is_printed_once_and_stored_only_as_its_hash_until_revoked()
    {
        var created = await SeedingProcess.RunAsync(database.ConnectionString, "keys", "create", "--name", "acme", "--scopes", "export,curate");

        Assert.Equal(0, created.ExitCode);
        var key = created.Output.Trim();
        Assert.StartsWith(ApiKeyHashing.KeyPrefix, key);
        await using (var db = database.CreateContext())
        {
            var stored = await db.ApiKeys.SingleAsync(k => k.Name == "acme");
            Assert.Equal(ApiKeyHashing.Hash(key), stored.KeyHash);
            Assert.Equal(["export", "curate"], stored.Scopes);
            Assert.Null(stored.RevokedAt);
            Assert.False(await db.ApiKeys.AnyAsync(k => k.KeyHash == key || k.Prefix == key || k.Name == key));
        }

        var listed = await SeedingProcess.RunAsync(database.ConnectionString, "keys", "list");
        Assert.Contains("acme", listed.Output);
        Assert.DoesNotContain(key, listed.Output);

        var revoked = await SeedingProcess.RunAsync(database.ConnectionString, "keys", "revoke", "--name", "acme");
        Assert.Equal(0, revoked.ExitCode);
        await using (var db = database.CreateContext())
            Assert.NotNull((await db.ApiKeys.SingleAsync(k => k.Name == "acme")).RevokedAt);
    }

    [Fact]
    public async Task Creating_a_key_with_an_unknown_scope_is_refused()
    {
        var result = await SeedingProcess.RunAsync(database.ConnectionString, "keys", "create", "--name", "bad", "--scopes", "export,admin");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown: admin", result.Error);
    }

    [Fact]
    public async Task Seed_with_a_report_writes_json_and_strict_fails_on_a_rejected_document()
    {
        using var folder = new DocumentFolder().Write("empty.txt", "");
        var reportPath = Path.Combine(folder.Path, "..", $"report-{Guid.NewGuid():N}.json");

        var result = await SeedingProcess.RunAsync(database.ConnectionString, "seed", "--documents", folder.Path, "--report", reportPath, "--strict");

        Assert.Equal(1, result.ExitCode);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(reportPath));
        var failed = report.RootElement.GetProperty("documents").GetProperty("failed")[0];
        Assert.Equal("empty.txt", failed.GetProperty("fileName").GetString());
        Assert.Contains("empty", failed.GetProperty("reason").GetString());
        File.Delete(reportPath);
    }

    [Fact]
    public async Task A_seed_run_ends_with_one_json_line_that_sums_it_up_for_log_collectors()
    {
        using var folder = new DocumentFolder()
            .Write("empty.txt", "")
            .Write("film.txt", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "seeds", "000_fbfdd5f9c0853db7.txt")));

        var result = await SeedingProcess.RunAsync(database.ConnectionString, "seed", "--documents", folder.Path);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Output.Split('\n'), l => l.StartsWith("seed summary: ", StringComparison.Ordinal));
        using var summary = JsonDocument.Parse(line["seed summary: ".Length..]);
        var root = summary.RootElement;
        Assert.Equal("seed.completed", root.GetProperty("event").GetString());
        Assert.False(root.GetProperty("dryRun").GetBoolean());
        var documents = root.GetProperty("documents");
        Assert.Equal(2, documents.GetProperty("read").GetInt32());
        Assert.Equal(1, documents.GetProperty("added").GetInt32());
        Assert.Equal(0, documents.GetProperty("updated").GetInt32());
        Assert.Equal(1, documents.GetProperty("rejected").GetInt32());
        var facts = root.GetProperty("facts");
        Assert.True(facts.GetProperty("added").GetInt32() >= 3, facts.ToString());
        Assert.Equal(facts.GetProperty("added").GetInt32(),
            facts.GetProperty("byKind").EnumerateObject().Sum(kind => kind.Value.GetProperty("added").GetInt32()));
        Assert.Equal(0, facts.GetProperty("removed").GetInt32());
        Assert.InRange(root.GetProperty("durationSeconds").GetDouble(), 0.0, 120.0);

        // Run again: nothing changed, and the line says so.
        var again = await SeedingProcess.RunAsync(database.ConnectionString, "seed", "--documents", folder.Path);
        var second = Assert.Single(again.Output.Split('\n'), l => l.StartsWith("seed summary: ", StringComparison.Ordinal));
        using var secondSummary = JsonDocument.Parse(second["seed summary: ".Length..]);
        Assert.Equal(0, secondSummary.RootElement.GetProperty("documents").GetProperty("added").GetInt32());
        Assert.Equal(0, secondSummary.RootElement.GetProperty("facts").GetProperty("added").GetInt32());
    }
}
