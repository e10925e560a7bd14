using System.Net;
using System.Text.Json;
using Catalogue.Api.Changes;
using Catalogue.Bench;
using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Partners;

public class SnapshotAndFeedConvergenceTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    [Fact]
    public async Task A_partner_who_takes_the_export_and_follows_the_feed_ends_with_exactly_the_servers_films_and_people()
    {
        using var documents = new DocumentFolder();
        foreach (var path in Directory.GetFiles(RepositoryRoot.File("seeds")))
            documents.Write(Path.GetFileName(path), await File.ReadAllTextAsync(path));
        foreach (var (name, text) in SyntheticDocuments.Generate(60))
            documents.Write(name, text);
        await SeedAsync(documents);

        var partner = catalogue.CreatePartnerClient();
        var writes = Task.Run(() => WriteWhileThePartnerReadsAsync(documents));
        var (replica, cursor) = await ExportAsync(partner);
        var people = await FetchPeopleAsync(partner, replica.Values);
        await writes;

        var followed = 0;
        for (var page = 0; page < 1000; page++)
        {
            var changes = await partner.GetOkAsync<ChangePage>($"/v1/changes?cursor={cursor}&limit=7");
            foreach (var change in changes.Items)
            {
                followed++;
                var copy = change.EntityType == "film" ? replica : people;
                if (change.Operation == "deleted") { copy.Remove(change.Id); continue; }
                var response = await partner.GetAsync(change.Href);
                if (response.StatusCode == HttpStatusCode.NotFound) copy.Remove(change.Id); // deleted later in the feed
                else copy[change.Id] = await response.Content.ReadAsStringAsync();
            }
            cursor = changes.NextCursor;
            if (!changes.HasMore) break;
        }

        Assert.True(followed > 0, "the writes all landed before the export: the feed had nothing to prove");
        var (server, _) = await ExportAsync(partner);
        Assert.Equal(server.Keys.Order(), replica.Keys.Order());
        foreach (var (id, film) in server) Assert.Equal(film, replica[id]);
        var serverPeople = await FetchPeopleAsync(partner, server.Values);
        Assert.Equal(serverPeople.Keys.Order(), people.Keys.Order());
        foreach (var (id, person) in serverPeople) Assert.Equal(person, people[id]);
        Assert.DoesNotContain(server.Values, f => f.Contains("\"slug\":\"under-siege-voices-from-aleppo\""));
        Assert.Contains(server.Values, f => f.Contains("\"title\":\"Made During The Export\""));
    }

    /// <summary>Curator writes and a re-seed that changes one document and removes another, interleaved with the export.</summary>
    private async Task WriteWhileThePartnerReadsAsync(DocumentFolder documents)
    {
        var curator = catalogue.CreateCuratorClient();
        var (_, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        for (var i = 0; i < 5; i++)
            (_, etag) = await curator.WriteOkAsync(HttpMethod.Patch, "/v1/films/last-men-in-aleppo-2017", new { synopsis = $"Edit {i}." }, etag);
        Assert.Equal(HttpStatusCode.Created,
            (await curator.WriteAsync(HttpMethod.Post, "/v1/films", new { title = "Made During The Export", year = 2020 }, null)).StatusCode);
        var (_, ghosts) = await curator.GetFilmAsync("city-of-ghosts");
        Assert.Equal(HttpStatusCode.NoContent, (await curator.WriteAsync(HttpMethod.Delete, "/v1/films/city-of-ghosts", null, ghosts)).StatusCode);
        var (aleppo, tag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        await curator.WriteOkAsync(HttpMethod.Patch, "/v1/films/last-men-in-aleppo-2017", new { year = 2016 }, tag);

        documents.Delete("004_50b3ce273594c6f4.txt");
        var article = Path.Combine(documents.Path, "003_4ccf5f82b860b1ff.txt");
        documents.Write("003_4ccf5f82b860b1ff.txt", (await File.ReadAllTextAsync(article)).Replace("measured 104 minutes", "measured 105 minutes"));
        documents.Delete("000010_listing.txt");
        await SeedAsync(documents);
    }

    /// <summary>The people the films name, as GET /v1/people/{id} shows them: what a partner keeps beside the films.</summary>
    private static async Task<Dictionary<long, string>> FetchPeopleAsync(HttpClient partner, IEnumerable<string> films)
    {
        var ids = films.SelectMany(film =>
        {
            var root = JsonDocument.Parse(film).RootElement;
            var credits = root.GetProperty("credits").EnumerateObject().SelectMany(role => role.Value.EnumerateArray());
            var subjects = root.GetProperty("subjects").GetProperty("people").EnumerateArray();
            return credits.Concat(subjects).Select(c => c.GetProperty("personId").GetInt64());
        }).Distinct().ToList();
        var people = new Dictionary<long, string>();
        foreach (var id in ids) people[id] = await partner.GetStringAsync($"/v1/people/{id}");
        return people;
    }

    private async Task SeedAsync(DocumentFolder documents) =>
        await new Seeder(new SeedingSettings(catalogue.ConnectionString), new DocumentExtractor(), TimeProvider.System)
            .RunAsync(new SeedOptions(documents.Path, Prune: true), null, CancellationToken.None);

    private static async Task<(Dictionary<long, string> Films, string Cursor)> ExportAsync(HttpClient partner)
    {
        var response = await partner.GetAsync("/v1/export/films");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var films = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetInt64());
        return (films, response.Headers.GetValues("Catalogue-Changes-Cursor").Single());
    }
}
