using System.Net;
using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

public class FilmDetailTests(FilmCatalogueFixture api) : IClassFixture<FilmCatalogueFixture>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task A_film_is_found_by_slug_or_numeric_id_with_everything_in_one_response()
    {
        var bySlug = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017");
        var byId = await client.GetOkAsync<FilmDetail>($"/v1/films/{api.Aleppo.Id}");
        Assert.Equal(bySlug.Id, byId.Id);

        Assert.Equal("Last Men in Aleppo", bySlug.Title);
        Assert.Equal(2017, bySlug.Year);
        Assert.Equal("Les derniers hommes d'Alep", Assert.Single(bySlug.AlternateTitles).Title);
        Assert.Equal(["Denmark", "Syria"], bySlug.Countries.Select(c => c.Name).Order());
        Assert.Equal("War", Assert.Single(bySlug.Genres).Name);
        var rating = Assert.Single(bySlug.Ratings);
        Assert.Equal(("imdb", "7.4/10", 74m, 4100), (rating.Source, rating.RawValue, rating.Normalized, rating.VoteCount));
        Assert.Equal("feras-fayyad", Assert.Single(bySlug.Credits["director"]).PersonSlug);
        Assert.False(bySlug.Credits.ContainsKey("subject"));
        Assert.Equal("Khaled Omar Harrah", Assert.Single(bySlug.Subjects.People).Name);
        Assert.Equal("Syria Civil Defence", Assert.Single(bySlug.Subjects.Companies).Name);
        Assert.Equal("won", Assert.Single(bySlug.Awards).Outcome);
        Assert.Equal("/v1/films/last-men-in-aleppo-2017/excerpts", bySlug.Links.Excerpts);
        Assert.Null(bySlug.Provenance);
    }

    [Fact]
    public async Task The_primary_runtime_is_the_first_version_in_the_documented_order()
    {
        var film = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017");
        Assert.Equal([("theatrical", 104, true), ("streaming", 100, false)], film.Runtimes.Select(r => (r.Version, r.Minutes, r.IsPrimary)));
        Assert.Equal(104, film.PrimaryRuntimeMinutes);

        var runtimes = await client.GetOkAsync<ItemList<RuntimeEntry>>("/v1/films/honeyland-2019/runtimes");
        Assert.Equal([("theatrical", true), ("broadcast", false)], runtimes.Items.Select(r => (r.Version, r.IsPrimary)));
    }

    [Fact]
    public async Task Provenance_shows_the_document_span_and_rule_behind_each_fact()
    {
        var film = await client.GetOkAsync<FilmDetail>("/v1/films/last-men-in-aleppo-2017?include=provenance");

        var theatrical = film.Runtimes.Single(r => r.Version == "theatrical");
        var source = Assert.Single(theatrical.Sources!);
        Assert.Equal(api.AleppoListing.Id, source.DocumentId);
        Assert.Equal("Runtime: 104 min (theatrical)", source.Quote);
        Assert.Equal("listing.runtime", source.Rule);
        Assert.Equal(source.Quote, api.AleppoListing.Text.Substring(source.SpanStart!.Value, source.SpanLength!.Value));

        Assert.Empty(film.Runtimes.Single(r => r.Version == "streaming").Sources!);
        Assert.Equal("(2017)", Assert.Single(film.Provenance!["year"]).Quote);
        Assert.Empty(film.Provenance["title"]);
        Assert.Equal("listing.credit", Assert.Single(film.Credits["director"][0].Sources!).Rule);
        var curated = Assert.Single(film.Ratings[0].Sources!);
        Assert.Equal(("curated", "curator-ana", (long?)null), (curated.Rule, curated.CuratedBy, curated.DocumentId));
    }

    [Fact]
    public async Task Without_include_no_sources_are_sent()
    {
        var body = await client.GetStringAsync("/v1/films/last-men-in-aleppo-2017");
        Assert.DoesNotContain("\"sources\"", body);
        Assert.DoesNotContain("\"provenance\"", body);
    }

    [Fact]
    public async Task Sub_resources_list_a_films_credits_ratings_and_awards()
    {
        var credits = await client.GetOkAsync<ItemList<CreditEntry>>("/v1/films/for-sama-2019/credits");
        Assert.Equal([("director", "Waad al-Kateab"), ("co-director", "Edward Watts")], credits.Items.Select(c => (c.Role, c.Name)));
        var aleppoCredits = await client.GetOkAsync<ItemList<CreditEntry>>("/v1/films/last-men-in-aleppo-2017/credits");
        Assert.Equal(["director", "subject"], aleppoCredits.Items.Select(c => c.Role));

        var ratings = await client.GetOkAsync<ItemList<RatingEntry>>("/v1/films/citizenfour-2014/ratings");
        Assert.Equal(["imdb", "metacritic"], ratings.Items.Select(r => r.Source));
        var awards = await client.GetOkAsync<ItemList<AwardEntry>>("/v1/films/last-men-in-aleppo-2017/awards");
        Assert.Equal("Sundance Film Festival", Assert.Single(awards.Items).Event);
        Assert.Empty((await client.GetOkAsync<ItemList<AwardEntry>>("/v1/films/shoah-1985/awards")).Items);
    }

    [Theory]
    [InlineData("/v1/films/no-such-film")]
    [InlineData("/v1/films/999999")]
    [InlineData("/v1/films/no-such-film/credits")]
    [InlineData("/v1/films/no-such-film/runtimes")]
    [InlineData("/v1/films/no-such-film/ratings")]
    [InlineData("/v1/films/no-such-film/awards")]
    [InlineData("/v1/films/no-such-film/reviews")]
    [InlineData("/v1/films/no-such-film/excerpts")]
    public async Task An_unknown_film_is_a_404_problem(string url)
    {
        var problem = await client.GetProblemAsync(url, HttpStatusCode.NotFound);
        Assert.Contains("no-such-film", problem.GetProperty("detail").GetString()!.Replace("999999", "no-such-film"));
    }

    [Fact]
    public async Task An_unknown_include_is_a_400_naming_include() =>
        await client.GetValidationProblemAsync("/v1/films/shoah-1985?include=everything", "include");
}
