using System.Net;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Faults;

/// <summary>
/// Queries that are long once percent-encoded, sent to the API as Kestrel serves it (the in-memory server has no limit
/// on the request line): each is answered by the application, a 400 problem naming the parameter, not Kestrel's empty 414.
/// </summary>
public class LongQueryTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>, IAsyncLifetime
{
    private ApiFactory? factory;
    private string origin = "";

    public static TheoryData<string, string> CursorsOnEveryList()
    {
        var data = new TheoryData<string, string>();
        foreach (var list in new[] { "/v1/films", "/v1/people", "/v1/films/last-men-in-aleppo-2017/excerpts", "/v1/changes" })
        foreach (var character in new[] { "é", "😀" })
            data.Add(list, character);
        return data;
    }

    [Theory]
    [MemberData(nameof(CursorsOnEveryList))]
    public async Task A_cursor_of_3000_non_ascii_characters_is_a_400_problem_naming_cursor(string list, string character)
    {
        var cursor = Uri.EscapeDataString(string.Concat(Enumerable.Repeat(character, 3000)));

        await Partner().GetValidationProblemAsync($"{list}?cursor={cursor}", "cursor");
    }

    [Fact]
    public async Task The_ids_list_at_its_documented_bound_is_answered()
    {
        var ids = string.Join(',', Enumerable.Range(1, 100).Select(i => $"{i}-{new string('x', 190)}"));

        var response = await Partner().GetAsync($"/v1/films?ids={ids}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private HttpClient Partner() => new HttpClient { BaseAddress = new Uri(origin) }.WithApiKey(catalogue.PartnerKey);

    public Task InitializeAsync()
    {
        var port = HeadlessChromium.FreePort();
        factory = new ApiFactory(catalogue.ConnectionString);
        factory.UseKestrel(port);
        factory.StartServer();
        origin = $"http://127.0.0.1:{port}";
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
    }
}
