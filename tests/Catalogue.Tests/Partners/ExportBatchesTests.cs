using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Partners;

/// <summary>
/// The export reads 1,000 films a batch, the next batch while the last is written. Across batch boundaries every film
/// must come once, in id order, as the EF Core loader builds it.
/// </summary>
public class ExportBatchesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task An_export_of_several_batches_has_every_film_once_in_id_order_as_the_EF_Core_loader_builds_it()
    {
        var key = await ApiKeys.CreateAsync(api.ConnectionString, "bulk", "export");
        var client = api.CreateClient().WithApiKey(key);
        var options = api.Factory.Services
            .GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

        // Exactly two batches (the read after the second finds nothing), then two and a half (the last one is short).
        var added = 0;
        foreach (var films in new[] { 2000, 2500 })
        {
            await AddFilmsAsync(added + 1, films);
            added = films;

            var body = await client.GetStringAsync("/v1/export/films");

            Assert.EndsWith("\n", body);
            var lines = body[..^1].Split('\n');
            await using var db = api.CreateContext();
            var expected = await FilmDetailLoader.LoadManyAsync(db, db.Films, withProvenance: false, CancellationToken.None);
            Assert.Equal(films, expected.Count);
            Assert.Equal(films, lines.Length);
            Assert.Equal(expected.Select(f => JsonSerializer.Serialize(f, options)), lines);
        }

        // The same batches with provenance, read by the EF Core loader.
        var withProvenance = await client.GetStringAsync("/v1/export/films?include=provenance");
        var ids = withProvenance.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt64()).ToList();
        await using (var db = api.CreateContext())
            Assert.Equal(await db.Films.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync(), ids);
    }

    // Films first..last (slugs film-N) that are not there yet, each with a runtime, every third with a genre and
    // every fifth with a second runtime, so the batches' sections have rows for some films and none for others.
    private async Task AddFilmsAsync(int first, int last)
    {
        await using var db = api.CreateContext();
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO genres (slug, name) VALUES ('documentary', 'Documentary') ON CONFLICT DO NOTHING;
            INSERT INTO films (slug, title, year, synopsis, primary_runtime_minutes, created_at, updated_at)
            SELECT 'film-' || g, 'Film number ' || g, 1950 + g % 70, repeat('A synopsis sentence. ', g % 4), 60 + g % 90, now(), now()
            FROM generate_series({first}, {last}) g
            ON CONFLICT DO NOTHING;
            INSERT INTO runtimes (film_id, minutes, version)
            SELECT id, primary_runtime_minutes, 'theatrical' FROM films WHERE NOT EXISTS (SELECT 1 FROM runtimes r WHERE r.film_id = films.id);
            INSERT INTO runtimes (film_id, minutes, version)
            SELECT id, primary_runtime_minutes + 12, 'streaming' FROM films
            WHERE id % 5 = 0 AND NOT EXISTS (SELECT 1 FROM runtimes r WHERE r.film_id = films.id AND r.version = 'streaming');
            INSERT INTO film_genres (film_id, genre_id)
            SELECT f.id, g.id FROM films f CROSS JOIN (SELECT id FROM genres WHERE slug = 'documentary') g
            WHERE f.id % 3 = 0 AND NOT EXISTS (SELECT 1 FROM film_genres fg WHERE fg.film_id = f.id);
            """);
    }
}
