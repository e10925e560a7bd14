using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>
/// `required` in the OpenAPI document says what a client can count on: every required member of a response is in
/// the responses the API really sends, and a request body without one of its required members is refused naming it,
/// while the body with all of them passes validation.
/// </summary>
public class RequiredMembersTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private const string Film = "/v1/films/last-men-in-aleppo-2017";

    private async Task<JsonElement> DocumentAsync() =>
        JsonDocument.Parse(await catalogue.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement.Clone();

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;

    private static IEnumerable<string> Required(JsonElement schema) =>
        schema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!) : [];

    [Fact]
    public async Task Request_bodies_require_what_the_validator_requires_and_no_more()
    {
        var document = await DocumentAsync();
        Assert.Equal(["title"], Required(Resolve(document, document.GetProperty("components").GetProperty("schemas").GetProperty("FilmRequest"))));
        Assert.Equal(["minutes", "version"], Required(document.GetProperty("components").GetProperty("schemas").GetProperty("RuntimeRequest")).Order());
        // Mandatory is not nullable either; optional members stay nullable.
        var film = document.GetProperty("components").GetProperty("schemas").GetProperty("FilmRequest").GetProperty("properties");
        Assert.False(film.GetProperty("title").TryGetProperty("nullable", out _));
        Assert.True(film.GetProperty("year").GetProperty("nullable").GetBoolean());
    }

    public static TheoryData<string, string, string> ValidBodies => new()
    {
        { Film, "/v1/films/{id}", """{"title":"Last Men in Aleppo","year":2017,"synopsis":"s","genres":["Documentary"],"countries":["SY"]}""" },
        { $"{Film}/titles", "/v1/films/{id}/titles", """{"title":"Aleppo's Last Men","kind":"working"}""" },
        { $"{Film}/credits", "/v1/films/{id}/credits", """{"personName":"Ana Example","role":"editor","description":"d","billingOrder":3}""" },
        { $"{Film}/runtimes", "/v1/films/{id}/runtimes", """{"minutes":104,"version":"festival","platform":"p"}""" },
        { $"{Film}/ratings", "/v1/films/{id}/ratings", """{"source":"critic","value":4,"scale":5,"rawValue":"4/5","voteCount":1}""" },
        { $"{Film}/awards", "/v1/films/{id}/awards", """{"event":"Sundance","category":"Grand Jury Prize","outcome":"won","year":2017}""" },
        { $"{Film}/external-ids", "/v1/films/{id}/external-ids", """{"source":"imdb","value":"tt6333072"}""" },
        { $"{Film}/languages", "/v1/films/{id}/languages", """{"code":"ar","original":true}""" },
    };

    [Theory]
    [MemberData(nameof(ValidBodies))]
    public async Task A_body_without_a_required_member_is_refused_naming_it_and_one_without_an_optional_member_is_not(
        string url, string path, string validBody)
    {
        var document = await DocumentAsync();
        var operations = document.GetProperty("paths").GetProperty(path);
        var (method, operation) = operations.TryGetProperty("put", out var put) ? (HttpMethod.Put, put) : (HttpMethod.Post, operations.GetProperty("post"));
        var schema = Resolve(document, operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"));
        var required = Required(schema).ToHashSet();
        Assert.NotEmpty(required);
        var curator = catalogue.CreateCuratorClient();

        // Valid as a whole: validation passes, and the missing If-Match stops the write before anything changes.
        await curator.WriteAsync(method, url, validBody, null).ProblemAsync(HttpStatusCode.PreconditionRequired);

        foreach (var member in schema.GetProperty("properties").EnumerateObject().Select(p => p.Name))
        {
            var body = JsonNode.Parse(validBody)!.AsObject();
            body.Remove(member);
            var response = await curator.WriteAsync(method, url, body.ToJsonString(), null);
            var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            if (required.Contains(member))
            {
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} without {member}: {(int)response.StatusCode}");
                Assert.True(problem.GetProperty("errors").TryGetProperty(member, out _), $"{path} without {member}: {problem}");
            }
            else
            {
                // Only one of personId and personName is needed; without either the body is refused, but not for this member.
                Assert.True(response.StatusCode is HttpStatusCode.PreconditionRequired
                        || (response.StatusCode == HttpStatusCode.BadRequest && !problem.GetProperty("errors").TryGetProperty(member, out _)),
                    $"{path} without optional {member}: {(int)response.StatusCode} {problem}");
            }
        }
    }

    /// <summary>Every required member is present wherever the schema applies, all the way down.</summary>
    private static void AssertHasRequired(JsonElement document, JsonElement schema, JsonElement value, string at)
    {
        schema = Resolve(document, schema);
        if (value.ValueKind == JsonValueKind.Null) return;
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) AssertHasRequired(document, items, item, $"{at}[{i++}]");
            return;
        }
        if (value.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("properties", out var properties)) return;
        foreach (var member in Required(schema))
            Assert.True(value.TryGetProperty(member, out _), $"{at}.{member} is required but absent");
        foreach (var property in properties.EnumerateObject())
            if (value.TryGetProperty(property.Name, out var inner))
                AssertHasRequired(document, property.Value, inner, $"{at}.{property.Name}");
    }

    [Theory]
    [InlineData("/v1/films?limit=5", "/v1/films")]
    [InlineData(Film, "/v1/films/{id}")]
    [InlineData(Film + "?include=provenance", "/v1/films/{id}")]
    [InlineData(Film + "/credits", "/v1/films/{id}/credits")]
    [InlineData(Film + "/reviews", "/v1/films/{id}/reviews")]
    [InlineData(Film + "/excerpts?limit=5", "/v1/films/{id}/excerpts")]
    [InlineData("/v1/people?limit=5", "/v1/people")]
    [InlineData("/v1/people/firas-fayyad", "/v1/people/{id}")]
    [InlineData("/v1/search?q=aleppo", "/v1/search")]
    [InlineData("/v1/documents/1", "/v1/documents/{id}")]
    [InlineData("/v1/genres", "/v1/genres")]
    [InlineData("/v1/changes?limit=5", "/v1/changes")]
    [InlineData("/v1/find?imdb=tt6333072", "/v1/find")]
    public async Task Responses_have_every_member_the_document_requires(string url, string path)
    {
        var document = await DocumentAsync();
        var schema = document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.NotEmpty(Required(Resolve(document, schema)));

        var body = await catalogue.CreatePartnerClient().GetOkAsync<JsonElement>(url);

        AssertHasRequired(document, schema, body, url);
    }
}
