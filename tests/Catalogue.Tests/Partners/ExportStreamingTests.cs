using System.Net;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Partners;

public class ExportStreamingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const int Films = 5000;

    [Fact]
    public async Task The_export_streams_a_large_catalogue_as_the_client_reads_it_instead_of_buffering_it()
    {
        await using (var db = api.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO films (slug, title, year, synopsis, primary_runtime_minutes, created_at, updated_at)
                SELECT 'film-' || g, 'Film number ' || g, 1950 + g % 70, repeat('A long synopsis sentence about the film. ', 30), 60 + g % 90, now(), now()
                FROM generate_series(1, {Films}) g;
                INSERT INTO runtimes (film_id, minutes, version) SELECT id, primary_runtime_minutes, 'theatrical' FROM films;
                """);
        }
        var key = await ApiKeys.CreateAsync(api.ConnectionString, "bulk", "export");
        var response = await api.CreateClient().WithApiKey(key).GetAsync("/v1/export/films", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.NotNull(await reader.ReadLineAsync());
        // The export reads from one snapshot transaction until its last line is written. Holding the first line, the
        // transaction must still be open: the server is producing as the client consumes, not buffering the body.
        Assert.True(await ExportTransactionIsOpenAsync(), "the export's snapshot was already closed when its first line arrived");

        var lines = 1;
        while (await reader.ReadLineAsync() is not null) lines++;
        Assert.Equal(Films, lines);
        for (var wait = 0; wait < 50 && await ExportTransactionIsOpenAsync(); wait++) await Task.Delay(20);
        Assert.False(await ExportTransactionIsOpenAsync());
    }

    private async Task<bool> ExportTransactionIsOpenAsync()
    {
        await using var db = api.CreateContext();
        return await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
            """).SingleAsync() > 0;
    }
}
