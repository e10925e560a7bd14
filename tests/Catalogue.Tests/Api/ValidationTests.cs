using System.Net;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

public class ValidationTests(FilmCatalogueFixture api) : IClassFixture<FilmCatalogueFixture>
{
    private readonly HttpClient client = api.CreateClient();

    [Theory]
    [InlineData("/v1/films?sort=popularity", "sort")]
    [InlineData("/v1/films?sort=relevance", "sort")]
    [InlineData("/v1/films?limit=0", "limit")]
    [InlineData("/v1/films?limit=101", "limit")]
    [InlineData("/v1/films?limit=ten", "limit")]
    [InlineData("/v1/films?cursor=not-a-cursor", "cursor")]
    [InlineData("/v1/films?cursor=eyJzIjoieWVhciJ9", "cursor")]
    [InlineData("/v1/films?year=nineteen", "year")]
    [InlineData("/v1/films?year=2017.5", "year")]
    [InlineData("/v1/films?yearFrom=x", "yearFrom")]
    [InlineData("/v1/films?yearFrom=2019&yearTo=2010", "yearTo")]
    [InlineData("/v1/films?runtimeMin=-5", "runtimeMin")]
    [InlineData("/v1/films?runtimeMin=100&runtimeMax=50", "runtimeMax")]
    [InlineData("/v1/films?minRating=101", "minRating")]
    [InlineData("/v1/films?minRating=high", "minRating")]
    [InlineData("/v1/films?role=grip", "role")]
    [InlineData("/v1/films?ids=1,,2", "ids")]
    [InlineData("/v1/films?ids=", "ids")]
    [InlineData("/v1/films?q=%20%20", "q")]
    [InlineData("/v1/films/shoah-1985/excerpts?sentiment=angry", "sentiment")]
    [InlineData("/v1/films/shoah-1985/excerpts?limit=1000", "limit")]
    [InlineData("/v1/people?limit=ten", "limit")]
    [InlineData("/v1/search?q=aleppo&limit=0", "limit")]
    [InlineData("/v1/search?q=aleppo&limit=51", "limit")]
    [InlineData("/v1/search?q=aleppo&limit=ten", "limit")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string url, string parameter) =>
        await client.GetValidationProblemAsync(url, parameter);

    [Theory]
    [InlineData("/v1/films?limit=ten", "limit", "limit must be a whole number from 1 to 100.")]
    [InlineData("/v1/films/shoah-1985/excerpts?limit=0", "limit", "limit must be a whole number from 1 to 100.")]
    [InlineData("/v1/people?limit=101", "limit", "limit must be a whole number from 1 to 100.")]
    [InlineData("/v1/search?q=aleppo&limit=51", "limit", "limit must be a whole number from 1 to 50.")]
    [InlineData("/v1/films?cursor=not-a-cursor", "cursor", "cursor is malformed or was made for a different sort; pass nextCursor back unchanged.")]
    [InlineData("/v1/films/shoah-1985/excerpts?cursor=not-a-cursor", "cursor", "cursor is malformed; pass nextCursor back unchanged.")]
    [InlineData("/v1/people?cursor=not-a-cursor", "cursor", "cursor is malformed or was made for a different search; pass nextCursor back unchanged.")]
    public async Task A_bad_limit_or_cursor_is_named_with_what_it_must_be(string url, string parameter, string message)
    {
        var problem = await client.GetValidationProblemAsync(url, parameter);

        Assert.Equal([message], problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Search_gives_at_most_limit_hits_per_section()
    {
        // Unlimited, "man" finds two films and "harrow" two excerpts.
        Assert.Equal("Man on Wire", Assert.Single((await client.GetOkAsync<Catalogue.Api.Search.SearchResults>("/v1/search?q=man&limit=1")).Films).Title);
        Assert.Single((await client.GetOkAsync<Catalogue.Api.Search.SearchResults>("/v1/search?q=harrow&limit=1")).Excerpts);
    }

    [Fact]
    public async Task Path_segments_and_cursors_are_held_to_the_bounds_the_document_gives_them()
    {
        await client.GetValidationProblemAsync($"/v1/films/{new string('a', 201)}", "id");
        await client.GetValidationProblemAsync($"/v1/films/{new string('a', 201)}/credits", "id");
        await client.GetValidationProblemAsync($"/v1/people/{new string('a', 201)}", "id");
        await client.GetValidationProblemAsync($"/v1/documents/{new string('1', 20)}", "id");
        await client.GetValidationProblemAsync("/v1/films/shoah-1985/runtimes/0", "factId");
        await client.GetValidationProblemAsync($"/v1/films?cursor={new string('a', 2049)}", "cursor");
        // At the bounds, an unknown id is still just unknown.
        await client.GetProblemAsync($"/v1/films/{new string('a', 200)}", HttpStatusCode.NotFound);
        await client.GetProblemAsync("/v1/films/shoah-1985/runtimes/9223372036854775807", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Over_long_search_text_is_rejected() =>
        await client.GetValidationProblemAsync($"/v1/films?q={new string('a', 201)}", "q");

    [Fact]
    public async Task More_than_a_hundred_ids_are_rejected() =>
        await client.GetValidationProblemAsync($"/v1/films?ids={string.Join(',', Enumerable.Range(1, 101))}", "ids");

    [Fact]
    public async Task Every_bad_parameter_is_reported_at_once()
    {
        var problem = await client.GetValidationProblemAsync("/v1/films?limit=0&year=abc&sort=nope", "limit");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("year", out _));
        Assert.True(errors.TryGetProperty("sort", out _));
    }

    [Fact]
    public async Task A_cursor_made_for_another_sort_is_rejected()
    {
        var page = await client.GetOkAsync<Catalogue.Api.Infrastructure.Paging.Page<Catalogue.Api.Films.FilmSummary>>("/v1/films?sort=year&limit=1");
        await client.GetValidationProblemAsync($"/v1/films?sort=title&cursor={page.NextCursor}", "cursor");
    }

    [Fact]
    public async Task A_tampered_cursor_is_rejected()
    {
        var page = await client.GetOkAsync<Catalogue.Api.Infrastructure.Paging.Page<Catalogue.Api.Films.FilmSummary>>("/v1/films?sort=year&limit=1");
        var tampered = page.NextCursor![..^2] + (page.NextCursor[^2] == 'A' ? "B" : "A") + page.NextCursor[^1];
        var response = await client.GetAsync($"/v1/films?sort=year&cursor={tampered}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_method_the_api_does_not_serve_is_a_405_problem()
    {
        var response = await client.DeleteAsync("/v1/genres");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Repeated_parameters_are_validated_not_bound_into_a_bare_400() =>
        await client.GetValidationProblemAsync("/v1/films?limit=1&limit=2", "limit");
}
