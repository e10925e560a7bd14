using System.Net;
using System.Text.Json;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

public class OpenApiDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Reads =
    [
        "ListFilms", "GetFilm", "GetFilmCredits", "GetFilmRuntimes", "GetFilmRatings", "GetFilmAwards", "GetFilmReviews",
        "GetFilmExcerpts", "ListPeople", "GetPerson", "ListGenres", "ListCountries", "Search", "GetDocument",
        "GetFilmTitle", "GetFilmCredit", "GetFilmRuntime", "GetFilmRating", "GetFilmAward", "ExportFilms", "ListChanges",
        "GetFilmExternalId", "GetFilmLanguage", "FindFilms", "GetIndex",
    ];

    private static readonly string[] Writes =
        new[] { "Title", "Credit", "Runtime", "Rating", "Award", "ExternalId", "Language" }
            .SelectMany(fact => new[] { $"AddFilm{fact}", $"ReplaceFilm{fact}", $"PatchFilm{fact}", $"DeleteFilm{fact}" })
            .Concat(["CreateFilm", "ReplaceFilm", "PatchFilm", "DeleteFilm"])
            .ToArray();

    [Fact]
    public async Task The_export_is_documented_as_ndjson_of_film_details_with_its_cursor_and_no_etag()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var ok = document.GetProperty("paths").GetProperty("/v1/export/films").GetProperty("get").GetProperty("responses").GetProperty("200");

        var content = Assert.Single(ok.GetProperty("content").EnumerateObject());
        Assert.Equal("application/x-ndjson", content.Name);
        Assert.Equal("#/components/schemas/FilmDetail", content.Value.GetProperty("schema").GetProperty("$ref").GetString());
        var headers = ok.GetProperty("headers");
        Assert.True(headers.TryGetProperty("Catalogue-Changes-Cursor", out _));
        Assert.True(headers.TryGetProperty("Link", out _));
        Assert.False(headers.TryGetProperty("ETag", out _));
    }

    [Fact]
    public async Task Every_operation_is_documented_with_summary_description_parameters_and_responses()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => op.Value))
            .ToDictionary(op => op.GetProperty("operationId").GetString()!);

        Assert.Equal(Reads.Concat(Writes).Order(), operations.Keys.Order());
        foreach (var (id, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{id} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()), $"{id} has no description");
            var responses = operation.GetProperty("responses");
            if (Reads.Contains(id))
            {
                Assert.True(responses.TryGetProperty("200", out _), $"{id} documents no 200");
                // A streamed body (the export) has no ETag, so it is never answered 304.
                Assert.True(responses.TryGetProperty("304", out _) != (id == "ExportFilms"), $"{id}: 304 documented wrongly");
            }
            else
            {
                Assert.True(new[] { "200", "201", "204" }.Any(s => responses.TryGetProperty(s, out _)), $"{id} documents no success");
                var problems = operation.TryGetProperty("requestBody", out _) ? new[] { "400", "412", "428" } : ["412", "428"];
                foreach (var problem in id == "CreateFilm" ? ["400"] : problems)
                    Assert.True(responses.TryGetProperty(problem, out _), $"{id} documents no {problem}");
            }
            if (operation.TryGetProperty("parameters", out var parameters))
                foreach (var parameter in parameters.EnumerateArray())
                    Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()),
                        $"{id} parameter {parameter.GetProperty("name")} has no description");
        }

        var listFilms = operations["ListFilms"];
        Assert.Equal("application/problem+json", listFilms.GetProperty("responses").GetProperty("400").GetProperty("content").EnumerateObject().Single().Name);
        Assert.True(operations["GetFilm"].GetProperty("responses").TryGetProperty("404", out _));
        Assert.Contains("q", listFilms.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Each_operation_s_problem_examples_name_its_own_parameters_and_resource()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => op.Value))
            .ToDictionary(op => op.GetProperty("operationId").GetString()!);
        static JsonElement Example(JsonElement operation, string status) =>
            operation.GetProperty("responses").GetProperty(status).GetProperty("content").GetProperty("application/problem+json").GetProperty("example");

        foreach (var (id, operation) in operations)
        {
            if (!operation.GetProperty("responses").TryGetProperty("400", out _)) continue;
            var parameters = operation.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet()
                : [];
            foreach (var named in Example(operation, "400").GetProperty("errors").EnumerateObject())
                Assert.True(named.Name == "path" || parameters.Contains(named.Name), $"{id}'s 400 example names {named.Name}, which it does not take");
        }
        Assert.Equal("limit must be a whole number from 1 to 100.", Example(operations["ListPeople"], "400").GetProperty("errors").GetProperty("limit")[0].GetString());
        Assert.Equal("q is required.", Example(operations["Search"], "400").GetProperty("errors").GetProperty("q")[0].GetString());
        Assert.Equal("No person is known by 'no-such-person'.", Example(operations["GetPerson"], "404").GetProperty("detail").GetString());
        Assert.Equal("No document is known by '999999'.", Example(operations["GetDocument"], "404").GetProperty("detail").GetString());
        Assert.Equal("No film is known by 'no-such-film'.", Example(operations["GetFilmCredits"], "404").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_query_parameter_is_required_exactly_when_its_validator_refuses_to_go_without_it()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        bool Required(string path, string name) => document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == name) is var parameter
            && parameter.TryGetProperty("required", out var required) && required.GetBoolean();

        Assert.True(Required("/v1/search", "q"));
        Assert.False(Required("/v1/search", "limit"));
        Assert.False(Required("/v1/films", "q"));
        Assert.False(Required("/v1/people", "q"));
        await api.CreateClient().GetValidationProblemAsync("/v1/search", "q");
    }

    [Fact]
    public async Task Every_operation_documents_the_500_and_the_503_it_can_answer_as_problems()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject().Select(o => o.Value))
        {
            var responses = operation.GetProperty("responses");
            foreach (var status in new[] { "500", "503" })
                Assert.True(responses.TryGetProperty(status, out var response) && response.GetProperty("content").TryGetProperty("application/problem+json", out _),
                    $"{operation.GetProperty("operationId")} documents no {status} problem");
            Assert.True(responses.GetProperty("503").GetProperty("headers").TryGetProperty("Retry-After", out _));
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served() =>
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync("/swagger/index.html")).StatusCode);

    [ChromiumFact]
    public async Task Swagger_ui_lists_the_operations_in_a_real_browser()
    {
        var port = HeadlessChromium.FreePort();
        await using var factory = new ApiFactory(api.ConnectionString);
        factory.UseKestrel(port);
        factory.StartServer();

        // Virtual time bounds the page's timers but not the real fetch of the document; on a loaded machine the first
        // dump can come before the operations render, so give it up to three loads.
        var dom = "";
        for (var attempt = 0; attempt < 3 && !dom.Contains("data-path=", StringComparison.Ordinal); attempt++)
            dom = await HeadlessChromium.DumpDomAsync($"http://127.0.0.1:{port}/swagger/index.html", TimeSpan.FromSeconds(90));

        Assert.Contains("Documentary Catalogue API", dom);
        foreach (var path in new[] { "/v1/films", "/v1/films/{id}", "/v1/films/{id}/excerpts", "/v1/people", "/v1/search", "/v1/documents/{id}" })
            Assert.Contains($"data-path=\"{path}\"", dom);
        Assert.Contains("Discover films", dom);
    }
}
