using System.Net;
using Catalogue.Api.Classification;
using Catalogue.Api.Documents;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Search;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

public class CatalogueBrowsingTests(FilmCatalogueFixture api) : IClassFixture<FilmCatalogueFixture>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Genres_are_listed_with_their_film_counts()
    {
        var genres = await client.GetOkAsync<ItemList<GenreCount>>("/v1/genres");
        Assert.Equal([("biography", 2), ("nature", 4), ("war", 3)], genres.Items.Select(g => (g.Slug, g.FilmCount)));
    }

    [Fact]
    public async Task Only_countries_with_films_are_listed_with_their_counts()
    {
        var countries = await client.GetOkAsync<ItemList<CountryCount>>("/v1/countries");
        Assert.Equal(7, countries.Items.Count);
        Assert.Contains(new CountryCount("US", "United States", 4), countries.Items);
        Assert.Contains(new CountryCount("SY", "Syria", 3), countries.Items);
        Assert.Equal(countries.Items.Select(c => c.Name).Order(StringComparer.Ordinal), countries.Items.Select(c => c.Name));
    }

    [Fact]
    public async Task Search_finds_films_people_and_excerpts_in_one_call()
    {
        var results = await client.GetOkAsync<SearchResults>("/v1/search?q=aleppo");
        Assert.Equal("Last Men in Aleppo", results.Films[0].Title);
        var excerpt = Assert.Single(results.Excerpts);
        Assert.Equal("last-men-in-aleppo-2017", excerpt.FilmSlug);
        Assert.Contains("<mark>Aleppo</mark>", excerpt.Snippet);
    }

    [Fact]
    public async Task Search_snippets_escape_the_excerpt_text() =>
        Assert.Contains("&lt;under siege&gt; &amp; <mark>rubble</mark>",
            Assert.Single((await client.GetOkAsync<SearchResults>("/v1/search?q=rubble")).Excerpts).Snippet);

    [Fact]
    public async Task Search_ranks_excerpts_and_uses_stemming()
    {
        var results = await client.GetOkAsync<SearchResults>("/v1/search?q=harrow");
        Assert.Equal(2, results.Excerpts.Count);
        Assert.All(results.Excerpts, e => Assert.Contains("<mark>", e.Snippet));
    }

    [Fact]
    public async Task Search_finds_people_by_alias_with_typos()
    {
        var results = await client.GetOkAsync<SearchResults>("/v1/search?q=firas%20fayad");
        var person = results.People[0];
        Assert.Equal(("feras-fayyad", "Firas Fayyad"), (person.Slug, person.MatchedName));
    }

    [Fact]
    public async Task Search_for_a_stop_word_still_finds_the_films_titled_with_it()
    {
        var results = await client.GetOkAsync<SearchResults>("/v1/search?q=the");
        Assert.Equal("The Cave", results.Films[0].Title);
        Assert.Empty(results.Excerpts);
    }

    [Fact]
    public async Task Search_puts_the_exact_title_first_then_titles_that_begin_with_the_query_then_titles_holding_it()
    {
        Assert.Equal("Grizzly Man", (await client.GetOkAsync<SearchResults>("/v1/search?q=grizzly%20man")).Films[0].Title);
        var man = await client.GetOkAsync<SearchResults>("/v1/search?q=man");
        Assert.Equal(["Man on Wire", "Grizzly Man"], man.Films.Take(2).Select(f => f.Title));
    }

    [Theory]
    [InlineData("honyland", "Honeyland")]
    [InlineData("citizenfuor", "Citizenfour")]
    [InlineData("last men in alepo", "Last Men in Aleppo")]
    [InlineData("totem artico", "Tótem Ártico")]
    [InlineData("derniers hommes", "Last Men in Aleppo")]
    public async Task Search_finds_a_film_by_a_misspelt_unaccented_or_alternate_title(string q, string title) =>
        Assert.Equal(title, (await client.GetOkAsync<SearchResults>($"/v1/search?q={Uri.EscapeDataString(q)}")).Films[0].Title);

    [Fact]
    public async Task Search_with_words_no_title_holds_still_finds_the_title_that_holds_the_others() =>
        Assert.Equal("Free Solo", (await client.GetOkAsync<SearchResults>("/v1/search?q=free%20solo%20climbing")).Films[0].Title);

    [Fact]
    public async Task Search_without_q_is_a_400_naming_q() =>
        await client.GetValidationProblemAsync("/v1/search", "q");

    [Fact]
    public async Task A_source_document_can_be_fetched_to_follow_provenance()
    {
        var document = await client.GetOkAsync<DocumentDetail>($"/v1/documents/{api.AleppoListing.Id}");
        Assert.Equal("listing-aleppo.txt", document.FileName);
        Assert.Equal(api.AleppoListing.Sha256, document.Sha256);
        Assert.Equal(api.AleppoListing.Text, document.Text);
        Assert.Equal("listing", document.Shape);
    }

    [Theory]
    [InlineData("/v1/documents/999999")]
    [InlineData("/v1/documents/not-a-number")]
    public async Task An_unknown_document_is_a_404_problem(string url) =>
        await client.GetProblemAsync(url, HttpStatusCode.NotFound);
}
