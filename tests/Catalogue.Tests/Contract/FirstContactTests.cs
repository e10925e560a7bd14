using System.Text.Json;
using Catalogue.Tests.Access;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalogue.Tests.Contract;

/// <summary>What a developer meets first: an index at / and /v1, absolute links, and the right URLs behind a proxy.</summary>
public class FirstContactTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/v1")]
    public async Task The_root_and_v1_answer_absolute_links_to_resources_documentation_and_health(string path)
    {
        var client = catalogue.CreateClient();
        var links = (await client.GetOkAsync<JsonElement>(path)).GetProperty("links");

        Assert.Equal("http://localhost/v1/films", links.GetProperty("films").GetString());
        Assert.Equal("http://localhost/swagger/v1/swagger.json", links.GetProperty("openApi").GetString());
        Assert.Equal("http://localhost/swagger", links.GetProperty("swaggerUi").GetString());
        Assert.Equal("http://localhost/health/ready", links.GetProperty("healthReady").GetString());
        foreach (var link in links.EnumerateObject())
        {
            var url = link.Value.GetString()!.Replace("{id}", link.Name switch { "person" => "firas-fayyad", "document" => "1", _ => "last-men-in-aleppo-2017" });
            if (link.Name is "export" or "changes" or "find" or "search") continue; // need a key or parameters
            Assert.True((await client.GetAsync(url)).IsSuccessStatusCode, $"{link.Name}: {url}");
        }
    }

    [Fact]
    public async Task The_next_link_is_an_absolute_url_that_fetches_the_next_page()
    {
        var client = catalogue.CreateClient();
        var first = await client.GetAsync("/v1/films?genre=documentary&sort=-year&limit=1");
        var link = first.Headers.GetValues("Link").Single();

        Assert.StartsWith("<http://localhost/v1/films?", link);
        Assert.EndsWith(">; rel=\"next\"", link);
        var next = await client.GetOkAsync<JsonElement>(link[1..link.IndexOf('>')]);
        Assert.Single(next.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_forwarded_scheme_and_host_name_the_links_and_the_server()
    {
        await using var factory = catalogue.Factory.WithAccessTestEndpoints()
            .WithWebHostBuilder(builder => builder.UseSetting("ForwardedHeaders:Enabled", "true"));

        var fromProxy = Forwarded(factory.CreateClient("127.0.0.1"));
        var link = (await fromProxy.GetAsync("/v1/films?limit=1")).Headers.GetValues("Link").Single();
        var document = await fromProxy.GetOkAsync<JsonElement>("/swagger/v1/swagger.json");
        var index = await fromProxy.GetOkAsync<JsonElement>("/v1");

        Assert.StartsWith("<https://films.example.org/v1/films?", link);
        Assert.Equal("https://films.example.org", document.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal("https://films.example.org/v1/films", index.GetProperty("links").GetProperty("films").GetString());

        // Anyone else's X-Forwarded-* is ignored: a client cannot choose the URLs (or the address) it is seen under.
        var stranger = Forwarded(factory.CreateClient("192.0.2.50"));
        Assert.StartsWith("<http://localhost/v1/films?", (await stranger.GetAsync("/v1/films?limit=1")).Headers.GetValues("Link").Single());
    }

    private static HttpClient Forwarded(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "films.example.org");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.7");
        return client;
    }
}
