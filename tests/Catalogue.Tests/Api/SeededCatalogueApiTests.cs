using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.People;
using Catalogue.Api.Search;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

/// <summary>What a client sees of the catalogue seeded from the five source documents.</summary>
public class SeededCatalogueApiTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    private readonly HttpClient client = catalogue.CreateClient();

    [Fact]
    public async Task Last_men_in_aleppo_shows_every_runtime_with_theatrical_marked_primary()
    {
        var film = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017");

        Assert.Equal(("Last Men in Aleppo", 2017, 104), (film.Title, film.Year, film.PrimaryRuntimeMinutes));
        Assert.Equal([(104, "theatrical", true), (88, "streaming", false), (83, "listing", false)],
            film.Runtimes.Select(r => (r.Minutes, r.Version, r.IsPrimary)));
        Assert.Equal(["Firas Fayyad"], film.Credits["director"].Select(c => c.Name));
        Assert.Equal(["Batul", "Khaled Umar Harah", "Mahmoud", "Subhi"], film.Subjects.People.Select(c => c.Name).Order());
        Assert.Equal(["White Helmets"], film.Subjects.Companies.Select(c => c.Name));
        Assert.Equal(4, film.Reviews.Count);
        Assert.Equal(23, film.Reviews.Sentiments["negative"]);
    }

    [Fact]
    public async Task Provenance_quotes_the_words_each_fact_was_read_from()
    {
        var film = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017?include=provenance");

        var imdb = film.Ratings.Single(r => r.Source == "imdb");
        Assert.Contains(imdb.Sources!, s => s.Quote == "7.4/10" && s.Rule == "field.rating" && s.DocumentId is not null);
        var streaming = film.Runtimes.Single(r => r.Version == "streaming");
        Assert.Contains(streaming.Sources!, s => s.Quote!.Contains("88-minute version") && s.Quote.Contains("Netflix"));
        Assert.Contains(film.Provenance!["year"], s => s.Quote == "2017");

        var document = await client.GetOkAsync<System.Text.Json.JsonElement>($"/v1/documents/{imdb.Sources![0].DocumentId}");
        var text = document.GetProperty("text").GetString()!;
        Assert.Equal("7.4/10", text.Substring(imdb.Sources[0].SpanStart!.Value, imdb.Sources[0].SpanLength!.Value));
    }

    [Fact]
    public async Task A_person_lists_the_other_spellings_of_their_name_but_not_the_name_itself()
    {
        var person = await client.GetOkAsync<PersonDetail>("/v1/people/firas-fayyad");

        Assert.Equal("Firas Fayyad", person.Name);
        Assert.Equal(["Feras Fayyad"], person.Aliases);
        var khaled = (await client.GetOkAsync<Page<PersonSummary>>("/v1/people?q=khalid")).Items[0];
        Assert.Equal("Khaled Umar Harah", khaled.Name);
        Assert.Equal(["Khaled", "Khalid"], khaled.Aliases);
    }

    [Fact]
    public async Task The_alternate_title_finds_the_film()
    {
        var page = await client.GetOkAsync<Page<FilmSummary>>("/v1/films?q=life%20under%20siege&sort=relevance");

        Assert.Equal("under-siege-voices-from-aleppo", page.Items[0].Slug);
    }

    [Fact]
    public async Task Filtering_by_country_name_or_code_returns_only_films_from_it()
    {
        var byName = await client.GetOkAsync<Page<FilmSummary>>("/v1/films?country=Syria");
        var byCode = await client.GetOkAsync<Page<FilmSummary>>("/v1/films?country=dk");

        Assert.Equal(["under-siege-voices-from-aleppo"], byName.Items.Select(f => f.Slug));
        Assert.Equal(["last-men-in-aleppo-2017"], byCode.Items.Select(f => f.Slug));
    }
}
