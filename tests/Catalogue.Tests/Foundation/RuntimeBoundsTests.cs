using Catalogue.Tests.Infrastructure;
using Npgsql;

namespace Catalogue.Tests.Foundation;

/// <summary>
/// films.shortest_runtime_minutes and longest_runtime_minutes, which the runtime filter reads, follow every write to
/// runtimes, and a film inserted after its runtimes (a bulk load with foreign keys off) starts with them right.
/// </summary>
public class RuntimeBoundsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<(int? Shortest, int? Longest)> BoundsAsync(NpgsqlConnection connection, long filmId)
    {
        await using var command = new NpgsqlCommand(
            "SELECT shortest_runtime_minutes, longest_runtime_minutes FROM films WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", filmId);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.IsDBNull(0) ? null : reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetInt32(1));
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task<long> AddFilmAsync(NpgsqlConnection connection, string slug) =>
        (long)(await ScalarAsync(connection,
            $"INSERT INTO films (slug, title, created_at, updated_at) VALUES ('{slug}', '{slug}', now(), now()) RETURNING id"))!;

    [Fact]
    public async Task Bounds_follow_inserts_updates_and_deletes_of_runtimes()
    {
        await using var connection = await OpenAsync();
        var film = await AddFilmAsync(connection, "bounds-follow-writes");
        Assert.Equal((null, null), await BoundsAsync(connection, film));

        await ScalarAsync(connection, $"""
            INSERT INTO runtimes (film_id, minutes, version) VALUES ({film}, 90, 'theatrical'), ({film}, 52, 'broadcast'), ({film}, 104, 'festival')
            """);
        Assert.Equal((52, 104), await BoundsAsync(connection, film));

        await ScalarAsync(connection, $"UPDATE runtimes SET minutes = 120 WHERE film_id = {film} AND version = 'festival'");
        Assert.Equal((52, 120), await BoundsAsync(connection, film));

        await ScalarAsync(connection, $"DELETE FROM runtimes WHERE film_id = {film} AND version = 'broadcast'");
        Assert.Equal((90, 120), await BoundsAsync(connection, film));

        await ScalarAsync(connection, $"DELETE FROM runtimes WHERE film_id = {film}");
        Assert.Equal((null, null), await BoundsAsync(connection, film));
    }

    [Fact]
    public async Task A_runtime_moved_to_another_film_updates_both_films()
    {
        await using var connection = await OpenAsync();
        var from = await AddFilmAsync(connection, "bounds-moved-from");
        var to = await AddFilmAsync(connection, "bounds-moved-to");
        await ScalarAsync(connection, $"INSERT INTO runtimes (film_id, minutes, version) VALUES ({from}, 70, 'theatrical'), ({from}, 80, 'festival')");

        await ScalarAsync(connection, $"UPDATE runtimes SET film_id = {to} WHERE film_id = {from} AND version = 'festival'");

        Assert.Equal((70, 70), await BoundsAsync(connection, from));
        Assert.Equal((80, 80), await BoundsAsync(connection, to));
    }

    [Fact]
    public async Task A_film_inserted_after_its_runtimes_under_replica_role_starts_with_its_bounds()
    {
        await using var connection = await OpenAsync();
        var id = (long)(await ScalarAsync(connection, "SELECT coalesce(max(id), 0) + 1000 FROM films"))!;
        await ScalarAsync(connection, $"""
            SET session_replication_role = replica;
            INSERT INTO runtimes (film_id, minutes, version) VALUES ({id}, 45, 'listing'), ({id}, 61, 'theatrical');
            INSERT INTO films (id, slug, title, primary_runtime_minutes, created_at, updated_at)
                VALUES ({id}, 'bounds-bulk-load', 'Bounds bulk load', 61, now(), now());
            SET session_replication_role = origin;
            """);
        Assert.Equal((45, 61), await BoundsAsync(connection, id));
    }
}
