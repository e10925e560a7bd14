using System.Net;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Curation;

public class CurationValidationTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private const string Film = "/v1/films/last-men-in-aleppo-2017";
    private static readonly int NextYear = DateTime.UtcNow.Year + 1;
    private readonly HttpClient curator = catalogue.CreateCuratorClient();

    public static TheoryData<string, string, string, string> Rules => new()
    {
        { "/v1/films", """{"year":2001}""", "title", "title is required." },
        { "/v1/films", $$"""{"title":"{{new string('x', 301)}}"}""", "title", "title must be at most 300 characters." },
        { "/v1/films", """{"title":"Early","year":1869}""", "year", $"year must be from 1870 to {NextYear}." },
        { "/v1/films", $$"""{"title":"Late","year":{{NextYear + 1}}}""", "year", $"year must be from 1870 to {NextYear}." },
        { "/v1/films", """{"title":"Nowhere","countries":["XX"]}""", "countries[0]", "'XX' is not an ISO 3166-1 alpha-2 country code (e.g. SY, DK)." },
        { $"{Film}/runtimes", """{"minutes":0,"version":"theatrical"}""", "minutes", "minutes must be a whole number from 1 to 1000." },
        { $"{Film}/runtimes", """{"minutes":1001,"version":"theatrical"}""", "minutes", "minutes must be a whole number from 1 to 1000." },
        { $"{Film}/runtimes", """{"minutes":90,"version":"director's cut"}""", "version", "version must be one of: theatrical, festival, broadcast, streaming, listing." },
        { $"{Film}/ratings", """{"source":"imdb","value":11,"scale":10}""", "value", "value must be within the rating's own scale: 0 to 10." },
        { $"{Film}/ratings", """{"source":"imdb","value":3,"scale":0}""", "scale", "scale must be from 0.01 to 1000, with at most two decimals." },
        { $"{Film}/ratings", """{"source":"imdb","value":3.333,"scale":10}""", "value", "value may have at most two decimals." },
        { $"{Film}/credits", """{"personName":"Ana","role":"gaffer"}""", "role", "role must be one of: director, co-director, cinematographer, producer, executive-producer, writer, editor, composer, narrator, subject, cast." },
        { $"{Film}/credits", """{"personId":1,"personName":"Ana","role":"director"}""", "personId", "give either personId or personName, not both." },
        { $"{Film}/awards", """{"event":"Sundance","category":"Jury","outcome":"lost"}""", "outcome", "outcome must be one of: won, nominated, shortlisted, qualified, selected." },
        { $"{Film}/titles", """{"title":""}""", "title", "title is required, at most 300 characters." },
        { "/v1/films", $$"""{"title":"Many","genres":[{{string.Join(',', Enumerable.Range(1, 51).Select(i => $"\"g{i}\""))}}]}""", "genres", "genres may list at most 50." },
        { $"{Film}/languages", """{"code":" ar "}""", "code", "code must be an ISO 639-1 language code, e.g. en or ar." },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Each_rule_answers_400_naming_the_member_with_its_message(string url, string body, string member, string message)
    {
        var (_, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");

        var problem = await curator.WriteAsync(HttpMethod.Post, url, body, etag).ProblemAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(member, out var messages), $"errors do not name '{member}': {errors}");
        Assert.Contains(message, messages.EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(etag, (await curator.GetFilmAsync("last-men-in-aleppo-2017")).ETag);
    }

    [Fact]
    public async Task A_merge_patch_is_validated_as_the_whole_result()
    {
        var (_, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");

        var problem = await curator.WriteAsync(HttpMethod.Patch, Film, """{"title":null}""", etag).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task A_malformed_body_is_a_problem_not_a_crash()
    {
        var (_, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");

        await curator.WriteAsync(HttpMethod.Post, $"{Film}/runtimes", "{not json", etag).ProblemAsync(HttpStatusCode.BadRequest);
        await curator.WriteAsync(HttpMethod.Post, $"{Film}/runtimes", """{"minutes":"ninety"}""", etag).ProblemAsync(HttpStatusCode.BadRequest);
        await curator.WriteAsync(HttpMethod.Patch, Film, """[1,2]""", etag).ProblemAsync(HttpStatusCode.BadRequest);
        await curator.WriteAsync(HttpMethod.Patch, Film, """{"budget":5}""", etag).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Writes_to_an_unknown_film_or_fact_are_404_problems()
    {
        var (_, etag) = await curator.GetFilmAsync("last-men-in-aleppo-2017");

        await curator.WriteAsync(HttpMethod.Patch, "/v1/films/no-such-film", """{"year":2000}""", etag).ProblemAsync(HttpStatusCode.NotFound);
        await curator.WriteAsync(HttpMethod.Delete, $"{Film}/runtimes/999999", null, etag).ProblemAsync(HttpStatusCode.NotFound);
    }
}

public class UnstorableValueTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    [Theory]
    [InlineData("/v1/search?q=a%00b")]
    [InlineData("/v1/films?q=%00")]
    [InlineData("/v1/people?q=x%00")]
    public async Task A_control_character_in_q_is_a_problem_naming_q(string url) =>
        await catalogue.CreateClient().GetValidationProblemAsync(url, "q");

    [Fact]
    public async Task A_value_the_database_cannot_store_is_a_400_problem_and_nothing_is_written()
    {
        var problem = await catalogue.CreateCuratorClient()
            .WriteAsync(HttpMethod.Post, "/v1/films", """{"title":"Nul\u0000Film","year":2001}""", null)
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("cannot store", problem.GetProperty("detail").GetString());
        await using var db = catalogue.CreateContext();
        Assert.False(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Films, f => f.Year == 2001));
    }
}

public class MalformedBodyTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"title":"Typed","year":"nineteen"}""")]
    [InlineData("")]
    public async Task A_body_that_is_not_the_operations_json_is_a_problem_that_says_so(string body)
    {
        var problem = await catalogue.CreateCuratorClient().WriteAsync(HttpMethod.Post, "/v1/films", body, null)
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("body", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.True(problem.TryGetProperty("traceId", out _));
    }
}
