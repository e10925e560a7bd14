using System.Net;
using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Curation;

public class CurationSurvivesDocumentChangesTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private readonly HttpClient curator = catalogue.CreateCuratorClient();

    [Fact]
    public async Task A_film_a_curator_wrote_to_outlives_its_only_document_and_keeps_the_curated_fact()
    {
        var (_, etag) = await curator.GetFilmAsync("cries-from-syria");
        await curator.WriteOkAsync(HttpMethod.Post, "/v1/films/cries-from-syria/awards",
            new { @event = "Emmy Awards", category = "Outstanding Documentary", outcome = "won", year = 2018 }, etag);

        await ReseedAsync(except: "003_4ccf5f82b860b1ff.txt");

        var (film, _) = await curator.GetFilmAsync("cries-from-syria");
        Assert.Contains(film.Awards, a => a.Event == "Emmy Awards");
        Assert.False(film.Credits.ContainsKey("director"), "the director came only from the removed article");
    }

    [Fact]
    public async Task A_field_a_curator_cleared_is_not_filled_in_again_by_reseeding()
    {
        var (film, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        var khaled = film.Subjects.People.Single(p => p.Name == "Khaled Umar Harah");
        Assert.NotNull(khaled.Description);

        await curator.WriteOkAsync(HttpMethod.Patch, $"/v1/films/last-men-in-aleppo-2017/credits/{khaled.Id}", """{"description":null}""", etag);
        await ReseedAsync();

        (film, _) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        Assert.Null(film.Subjects.People.Single(p => p.Id == khaled.PersonId || p.Name == "Khaled Umar Harah").Description);
    }

    [Fact]
    public async Task A_deleted_credit_does_not_come_back_under_another_spelling_of_the_name()
    {
        var (film, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        var director = film.Credits["director"].Single();

        await curator.WriteOkAsync(HttpMethod.Delete, $"/v1/films/last-men-in-aleppo-2017/credits/{director.Id}", null, etag);
        await ReseedAsync();

        (film, _) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        Assert.False(film.Credits.ContainsKey("director"), $"a director came back: {string.Join(", ", film.Credits.GetValueOrDefault("director")?.Select(c => c.Name) ?? [])}");
        await using var db = catalogue.CreateContext();
        Assert.False(await db.People.AnyAsync(p => p.Name.Contains("Fayyad")));
    }

    [Fact]
    public async Task Patching_a_ratings_value_rewrites_its_raw_value_and_patching_a_credits_person_by_name_works()
    {
        var (film, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        var imdb = film.Ratings.Single(r => r.Source == "imdb");
        var cinematographer = film.Credits["cinematographer"].Single();

        (film, etag) = await curator.WriteOkAsync(HttpMethod.Patch, $"/v1/films/last-men-in-aleppo-2017/ratings/{imdb.Id}", new { value = 8 }, etag);
        (film, _) = await curator.WriteOkAsync(HttpMethod.Patch, $"/v1/films/last-men-in-aleppo-2017/credits/{cinematographer.Id}", new { personName = "Fadi al-Halabi" }, etag);

        var rating = film.Ratings.Single(r => r.Id == imdb.Id);
        Assert.Equal(("8/10", 80m), (rating.RawValue, rating.Normalized));
        Assert.Equal("Fadi al-Halabi", film.Credits["cinematographer"].Single().Name);
    }

    [Theory]
    [InlineData("POST", "/v1/films/city-of-ghosts/runtimes", """{"minutes":90,"version":"theatrical"}""")]
    [InlineData("PATCH", "/v1/films/city-of-ghosts", """{"year":2017}""")]
    [InlineData("DELETE", "/v1/films/city-of-ghosts", null)]
    public async Task Fact_writes_need_the_curate_scope(string method, string url, string? body)
    {
        var (_, etag) = await curator.GetFilmAsync("city-of-ghosts");

        await catalogue.CreateClient().WriteAsync(new HttpMethod(method), url, body, etag).ProblemAsync(HttpStatusCode.Unauthorized);
        await catalogue.CreatePartnerClient().WriteAsync(new HttpMethod(method), url, body, etag).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(etag, (await curator.GetFilmAsync("city-of-ghosts")).ETag);
    }

    /// <summary>Seeds every document again, each changed so it is re-applied, leaving out one if asked.</summary>
    private async Task ReseedAsync(string? except = null)
    {
        using var folder = new DocumentFolder();
        foreach (var path in Directory.GetFiles(RepositoryRoot.File("seeds")).Where(p => Path.GetFileName(p) != except))
            folder.Write(Path.GetFileName(path), await File.ReadAllTextAsync(path) + $"\n{Guid.NewGuid():N}\n");
        var report = await new Seeder(new SeedingSettings(catalogue.ConnectionString), new DocumentExtractor(), TimeProvider.System)
            .RunAsync(new SeedOptions(folder.Path, Prune: true), null, CancellationToken.None);
        Assert.Empty(report.Rejected);
    }
}
