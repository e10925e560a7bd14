using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server per test run, holding a migrated template database; every test class gets a fresh
/// copy of the template (CREATE DATABASE ... TEMPLATE takes milliseconds), so no test sees another's data.
/// </summary>
public static class TestServer
{
    private static readonly Lazy<Task<ServerState>> State = new(StartAsync);

    private static readonly System.Collections.Concurrent.ConcurrentBag<string> Created = [];

    private sealed record ServerState(IPostgresSource Source, string AdminConnectionString, string TemplateName);

    public static async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var state = await State.Value;
        var name = $"catalogue_test_{Guid.NewGuid():N}";
        Created.Add(name);
        await ExecuteAsync(state.AdminConnectionString, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template ?? state.TemplateName}\"");
        return WithDatabase(state.AdminConnectionString, name, pooling: true);
    }

    /// <summary>An empty database, not even migrated: for testing the migrations themselves.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var state = await State.Value;
        var name = $"catalogue_empty_{Guid.NewGuid():N}";
        Created.Add(name);
        await ExecuteAsync(state.AdminConnectionString, $"CREATE DATABASE \"{name}\"");
        return WithDatabase(state.AdminConnectionString, name, pooling: true);
    }

    /// <summary>Marks a database as a template other databases can be cloned from; it must have no open connections.</summary>
    public static async Task<string> FreezeAsTemplateAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        var state = await State.Value;
        await ExecuteAsync(state.AdminConnectionString, $"ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS false");
        return name;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var state = await State.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(state.AdminConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<ServerState> StartAsync()
    {
        var (source, connectionString) = await PostgresSources.StartFromEnvironmentAsync();
        var admin = WithDatabase(connectionString, "postgres", pooling: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(source, admin);

        var template = $"catalogue_template_{Guid.NewGuid():N}";
        Created.Add(template);
        await ExecuteAsync(admin, $"CREATE DATABASE \"{template}\"");
        var templateConnection = WithDatabase(admin, template, pooling: false);
        await using (var db = CreateContext(templateConnection)) await db.Database.MigrateAsync();
        return new ServerState(source, admin, template);
    }

    private static void Stop(IPostgresSource source, string admin)
    {
        if (source is ExistingServer)
        {
            // Leave a shared server as we found it: drop what this run created.
            NpgsqlConnection.ClearAllPools();
            foreach (var name in Created)
                ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        }
        source.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    public static CatalogueDbContext CreateContext(string connectionString) =>
        new(new DbContextOptionsBuilder<CatalogueDbContext>().UseCatalogueDatabase(connectionString).Options);

    private static string WithDatabase(string connectionString, string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = pooling }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
