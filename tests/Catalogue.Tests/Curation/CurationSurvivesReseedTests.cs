using System.Net;
using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Curation;

/// <summary>Curated facts outrank extracted ones: seeding the same or changed documents again keeps every correction.</summary>
public class CurationSurvivesReseedTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private const string Aleppo = "/v1/films/last-men-in-aleppo-2017";

    [Fact]
    public async Task Corrections_survive_reseeding_changed_documents()
    {
        var curator = catalogue.CreateCuratorClient();
        var (film, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        var listing = film.Runtimes.Single(r => r.Version == "listing");
        var imdb = film.Ratings.Single(r => r.Source == "imdb");
        var cinematographer = film.Credits["cinematographer"].Single();

        (_, etag) = await curator.WriteOkAsync(HttpMethod.Patch, Aleppo, new { year = 2016, synopsis = "Curated synopsis." }, etag);
        (_, etag) = await curator.WriteOkAsync(HttpMethod.Delete, $"{Aleppo}/runtimes/{listing.Id}", null, etag);
        (_, etag) = await curator.WriteOkAsync(HttpMethod.Put, $"{Aleppo}/ratings/{imdb.Id}", new { source = "imdb", value = 7.6, scale = 10 }, etag);
        (_, etag) = await curator.WriteOkAsync(HttpMethod.Patch, $"{Aleppo}/credits/{cinematographer.Id}", new { description = "shot on a hand-held camera" }, etag);
        (_, etag) = await curator.WriteOkAsync(HttpMethod.Post, $"{Aleppo}/awards", new { @event = "Academy Awards", category = "Documentary Feature", outcome = "nominated", year = 2018 }, etag);
        var (ghosts, ghostsTag) = await curator.GetFilmAsync("city-of-ghosts");
        Assert.Equal(HttpStatusCode.NoContent, (await curator.WriteAsync(HttpMethod.Delete, "/v1/films/city-of-ghosts", null, ghostsTag)).StatusCode);
        var (_, underSiegeTag) = await curator.GetFilmAsync("under-siege-voices-from-aleppo");
        await curator.WriteOkAsync(HttpMethod.Put, "/v1/films/under-siege-voices-from-aleppo",
            new { title = "Voices from Aleppo", genres = new[] { "Documentary" }, countries = new[] { "SY" } }, underSiegeTag);
        var curated = await curator.GetFilmAsync("last-men-in-aleppo-2017");

        // Every document changed, so every one is read and applied again.
        using var folder = new DocumentFolder();
        foreach (var path in Directory.GetFiles(RepositoryRoot.File("seeds")))
            folder.Write(Path.GetFileName(path), await File.ReadAllTextAsync(path) + "\n");
        var report = await new Seeder(new SeedingSettings(catalogue.ConnectionString), new DocumentExtractor(), TimeProvider.System)
            .RunAsync(new SeedOptions(folder.Path, Prune: true), null, CancellationToken.None);
        Assert.Equal(5, report.Updated.Count);

        var (after, afterTag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        Assert.Equal((2016, "Curated synopsis."), (after.Year, after.Synopsis));
        Assert.DoesNotContain(after.Runtimes, r => r.Version == "listing");
        Assert.Equal(7.6m, after.Ratings.Single(r => r.Source == "imdb").Value);
        Assert.Equal("shot on a hand-held camera", after.Credits["cinematographer"].Single().Description);
        Assert.Contains(after.Awards, a => a is { Event: "Academy Awards", Outcome: "nominated", Year: 2018 });
        Assert.Equal(curated.ETag, afterTag);

        await catalogue.CreateClient().GetProblemAsync("/v1/films/city-of-ghosts", HttpStatusCode.NotFound);
        await using var db = catalogue.CreateContext();
        Assert.False(await db.Films.AnyAsync(f => f.Title == "City of Ghosts"));
        var siege = await db.Films.Include(f => f.Titles).SingleAsync(f => f.Slug == "under-siege-voices-from-aleppo");
        Assert.Equal("Voices from Aleppo", siege.Title);
        Assert.Contains(siege.Titles, t => t.Title == "Under Siege: Voices from Aleppo");
        Assert.Equal(1, await db.Films.CountAsync(f => f.Title.Contains("Siege") || f.Titles.Any(t => t.Title.Contains("Siege"))));
        Assert.Equal(1, await db.Films.CountAsync(f => f.Title == "Last Men in Aleppo"));
    }
}
