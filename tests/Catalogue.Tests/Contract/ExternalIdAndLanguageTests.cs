using System.Net;
using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Data.Entities;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>Two films with ids in other catalogues and languages, one of them cited to a document.</summary>
public sealed class IdentifiedFilmsFixture : ApiFixture
{
    public long AleppoId { get; private set; }
    public long CaveId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        await using var arrange = new CatalogueArrangement(db);
        var document = arrange.Document("listing-aleppo.txt", "Last Men in Aleppo (2017). IMDb: tt6333072. Language: Arabic.");
        var aleppo = arrange.Film("Last Men in Aleppo", 2017);
        aleppo.ExternalIds.Add(new FilmExternalId { Source = ExternalIdSources.Imdb, Value = "tt6333072" });
        aleppo.ExternalIds.Add(new FilmExternalId { Source = ExternalIdSources.Wikidata, Value = "Q30897389" });
        aleppo.Languages.Add(new FilmLanguage { LanguageCode = "ar", IsOriginal = true });
        aleppo.Languages.Add(new FilmLanguage { LanguageCode = "en" });
        var cave = arrange.Film("The Cave", 2019);
        cave.ExternalIds.Add(new FilmExternalId { Source = ExternalIdSources.Imdb, Value = "tt7725596" });
        cave.Languages.Add(new FilmLanguage { LanguageCode = "en", IsOriginal = true });
        await db.SaveChangesAsync();
        arrange.Source(FactKinds.ExternalId, aleppo.ExternalIds[0].Id, document, "tt6333072", "listing.field.imdb");
        arrange.Source(FactKinds.Language, aleppo.Languages[0].Id, document, "Arabic", "listing.field.language");
        await db.SaveChangesAsync();
        (AleppoId, CaveId) = (aleppo.Id, cave.Id);
    }
}

public class ExternalIdAndLanguageTests(IdentifiedFilmsFixture api) : IClassFixture<IdentifiedFilmsFixture>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task A_film_shows_its_external_ids_and_languages_original_first()
    {
        var film = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017");

        Assert.Equal(("tt6333072", "https://www.imdb.com/title/tt6333072/"), (film.ExternalIds.Imdb!.Value, film.ExternalIds.Imdb.Url));
        Assert.Equal("Q30897389", film.ExternalIds.Wikidata!.Value);
        Assert.Null(film.ExternalIds.Tmdb);
        Assert.Equal([("ar", "Arabic", true), ("en", "English", false)], film.Languages.Select(l => (l.Code, l.Name, l.Original)));
        Assert.Null(film.Languages[0].Sources);
    }

    [Fact]
    public async Task Provenance_cites_the_document_words_each_id_and_language_came_from()
    {
        var film = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017?include=provenance");

        Assert.Equal("tt6333072", Assert.Single(film.ExternalIds.Imdb!.Sources!).Quote);
        Assert.Empty(film.ExternalIds.Wikidata!.Sources!);
        Assert.Equal(("Arabic", "listing.field.language"), (Assert.Single(film.Languages[0].Sources!).Quote, film.Languages[0].Sources![0].Rule));
    }

    [Fact]
    public async Task Films_are_found_by_an_imdb_or_wikidata_id_and_filtered_by_language()
    {
        Assert.Equal(["the-cave-2019"], (await client.GetOkAsync<Page<FilmSummary>>("/v1/films?imdb=tt7725596")).Items.Select(f => f.Slug));
        Assert.Equal(["last-men-in-aleppo-2017"], (await client.GetOkAsync<Page<FilmSummary>>("/v1/films?wikidata=Q30897389")).Items.Select(f => f.Slug));
        Assert.Empty((await client.GetOkAsync<Page<FilmSummary>>("/v1/films?imdb=tt0000001")).Items);
        Assert.Equal(["last-men-in-aleppo-2017"], (await client.GetOkAsync<Page<FilmSummary>>("/v1/films?language=AR")).Items.Select(f => f.Slug));
        Assert.Equal(2, (await client.GetOkAsync<Page<FilmSummary>>("/v1/films?language=en")).Items.Count);
    }

    [Fact]
    public async Task Find_resolves_a_batch_in_the_order_asked_with_null_for_unknown_ids()
    {
        var found = await client.GetOkAsync<ItemList<FoundFilm>>("/v1/find?imdb=tt7725596,tt0000001,tt6333072&wikidata=Q30897389");

        Assert.Equal(
            [("imdb", "tt7725596", "the-cave-2019"), ("imdb", "tt0000001", null), ("imdb", "tt6333072", "last-men-in-aleppo-2017"),
             ("wikidata", "Q30897389", "last-men-in-aleppo-2017")],
            found.Items.Select(f => (f.Source, f.Value, f.Film?.Slug)));
    }

    [Theory]
    [InlineData("/v1/films?imdb=6333072", "imdb")]
    [InlineData("/v1/films?wikidata=P31", "wikidata")]
    [InlineData("/v1/films?language=xx", "language")]
    [InlineData("/v1/find?imdb=tt6333072,nope", "imdb")]
    [InlineData("/v1/find", "imdb")]
    [InlineData("/v1/find?tmdb=abc", "tmdb")]
    public async Task A_malformed_id_or_language_is_a_400_naming_it(string url, string parameter) =>
        await client.GetValidationProblemAsync(url, parameter);

    [Fact]
    public async Task A_curator_adds_an_id_and_a_language_and_cannot_give_one_id_to_two_films()
    {
        var key = await ApiKeys.CreateAsync(api.ConnectionString, "identity-curator", "curate");
        var curator = api.CreateClient().WithApiKey(key);
        var (_, etag) = await curator.GetFilmAsync("the-cave-2019");

        var (film, newEtag) = await curator.WriteOkAsync(HttpMethod.Post, "/v1/films/the-cave-2019/external-ids", new { source = "tmdb", value = "576156" }, etag);
        Assert.Equal("576156", film.ExternalIds.Tmdb!.Value);
        (film, newEtag) = await curator.WriteOkAsync(HttpMethod.Post, "/v1/films/the-cave-2019/languages", new { code = "fr" }, newEtag);
        Assert.Contains(film.Languages, l => l is { Code: "fr", Name: "French", Original: false });

        var sources = (await client.GetOkAsync<FilmDetail>("/v1/films/the-cave-2019?include=provenance")).ExternalIds.Tmdb!.Sources!;
        Assert.Equal(("curated", "identity-curator"), (Assert.Single(sources).Rule, sources[0].CuratedBy));

        var taken = await curator.WriteAsync(HttpMethod.Post, "/v1/films/the-cave-2019/external-ids", new { source = "wikidata", value = "Q30897389" }, newEtag)
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("last-men-in-aleppo-2017", taken.GetProperty("detail").GetString());
        await curator.WriteAsync(HttpMethod.Post, "/v1/films/the-cave-2019/external-ids", new { source = "imdb", value = "12" }, newEtag)
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_curator_deletes_a_language_and_it_is_gone()
    {
        var key = await ApiKeys.CreateAsync(api.ConnectionString, "language-curator", "curate");
        var curator = api.CreateClient().WithApiKey(key);
        var (_, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");
        var (added, addedEtag) = await curator.WriteOkAsync(HttpMethod.Post, "/v1/films/last-men-in-aleppo-2017/languages", new { code = "de" }, etag);
        var german = added.Languages.Single(l => l.Code == "de");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v1/films/last-men-in-aleppo-2017/languages/{german.Id}")).StatusCode);

        var (after, _) = await curator.WriteOkAsync(HttpMethod.Delete, $"/v1/films/last-men-in-aleppo-2017/languages/{german.Id}", null, addedEtag);

        Assert.DoesNotContain(after.Languages, l => l.Code == "de");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/v1/films/last-men-in-aleppo-2017/languages/{german.Id}")).StatusCode);
    }
}
