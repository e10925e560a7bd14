using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Catalogue.Tests.Foundation;

public class MigrationTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        var connectionString = await TestServer.CreateEmptyDatabaseAsync();
        try
        {
            await using (var db = TestServer.CreateContext(connectionString))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(249, await db.Countries.CountAsync());
            }

            var tables = await QueryStringsAsync(connectionString,
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'");
            Assert.Superset(
                new HashSet<string> { "films", "film_titles", "people", "person_aliases", "credits", "runtimes", "countries",
                    "film_countries", "genres", "film_genres", "ratings", "awards", "companies", "film_companies",
                    "reviews", "review_excerpts", "source_documents", "fact_sources", "change_events", "api_keys" },
                tables.ToHashSet());
            var extensions = await QueryStringsAsync(connectionString, "SELECT extname FROM pg_extension");
            Assert.Superset(new HashSet<string> { "pg_trgm", "unaccent", "fuzzystrmatch" }, extensions.ToHashSet());
        }
        finally
        {
            await TestServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task The_model_has_no_changes_missing_from_the_migrations()
    {
        await using var db = TestServer.CreateContext("Host=unused");
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from the last migration: add one with `dotnet ef migrations add <Name> --project src/Catalogue.Data --startup-project src/Catalogue.DesignTime`.");
    }

    [Fact]
    public void The_schema_script_in_db_is_generated_from_the_current_migrations()
    {
        using var db = TestServer.CreateContext("Host=unused");
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(RepositoryRoot.File("db", "schema.sql"));
        Assert.True(Normalize(committed) == Normalize(generated),
            "db/schema.sql is out of date with the migrations: run db/update-schema.sh and commit the result.");
    }

    [Fact]
    public async Task Search_columns_fold_case_and_accents()
    {
        var connectionString = await TestServer.CreateDatabaseAsync();
        try
        {
            await using var db = TestServer.CreateContext(connectionString);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO films (slug, title, created_at, updated_at) VALUES ('x', 'Le Cœur Élégant', now(), now())");
            var key = await db.Films.Select(f => f.SearchKey).SingleAsync();
            Assert.Equal("le coeur elegant", key);
        }
        finally
        {
            await TestServer.DropDatabaseAsync(connectionString);
        }
    }

    private static string Normalize(string script) => script.Replace("\r\n", "\n").Trim();

    private static async Task<List<string>> QueryStringsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }
}
