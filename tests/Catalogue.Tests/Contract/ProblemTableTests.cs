using System.Net;
using System.Text.Json;
using Catalogue.Api.Infrastructure;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>Problem bodies, answered or exemplified, take their type, title and status from the one table.</summary>
public class ProblemTableTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static void AssertFromTable(JsonElement problem, string where)
    {
        var status = problem.GetProperty("status").GetInt32();
        var type = ProblemTypes.For(status);
        Assert.True(type is not null, $"{where}: status {status} is not in the table");
        Assert.Equal(type!.Uri, problem.GetProperty("type").GetString());
        var title = problem.GetProperty("title").GetString();
        Assert.True(title == type.Title || (status == 400 && title == ProblemTypes.ValidationTitle), $"{where}: title '{title}'");
    }

    [Fact]
    public async Task Every_problem_example_in_the_document_is_a_type_of_the_table()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var examples = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        foreach (var response in operation.Value.GetProperty("responses").EnumerateObject())
            if (response.Value.TryGetProperty("content", out var content)
                && content.TryGetProperty("application/problem+json", out var media) && media.TryGetProperty("example", out var example))
            {
                AssertFromTable(example, $"{operation.Name} {path.Name} {response.Name}");
                Assert.Equal(response.Name, example.GetProperty("status").GetInt32().ToString());
                examples++;
            }

        Assert.True(examples > 50, $"only {examples} problem examples");
    }

    [Theory]
    [InlineData("GET", "/v1/films/no-such-film", HttpStatusCode.NotFound)]
    [InlineData("GET", "/v1/no-such-resource", HttpStatusCode.NotFound)]
    [InlineData("GET", "/v1/films?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("GET", "/v1/changes", HttpStatusCode.Unauthorized)]
    [InlineData("DELETE", "/v1/genres", HttpStatusCode.MethodNotAllowed)]
    public async Task Answered_problems_carry_the_type_and_title_of_their_status(string method, string url, HttpStatusCode status)
    {
        var response = await api.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertFromTable(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, $"{method} {url}");
    }
}
