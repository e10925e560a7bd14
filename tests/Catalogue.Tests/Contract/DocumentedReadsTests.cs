using System.Net;
using System.Text.Json;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>Every GET the document lists, called as Swagger UI's "Try it out" calls it: with the document's own examples.</summary>
public class DocumentedReadsTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private readonly HttpClient partner = catalogue.CreatePartnerClient();

    private async Task<List<DocumentedOperation>> GetsAsync() =>
        (await DocumentedOperation.ReadAsync(partner)).Where(o => o.Method == "GET").ToList();

    /// <summary>The operation's path with its examples filled in (a path parameter without one gets 1), and its query examples.</summary>
    private static string ExampleUrl(DocumentedOperation operation)
    {
        static string? Example(JsonElement parameter) => parameter.TryGetProperty("example", out var example) ? example.ToString() : null;
        var path = operation.Parameters("path").Aggregate(operation.PathTemplate,
            (url, p) => url.Replace($"{{{p.GetProperty("name").GetString()}}}", Example(p) ?? "1"));
        var query = operation.Parameters("query").Where(p => Example(p) is not null)
            .Select(p => $"{p.GetProperty("name").GetString()}={Uri.EscapeDataString(Example(p)!)}").ToList();
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    [Fact]
    public async Task Every_documented_get_answers_head_with_its_status_and_headers_and_no_body()
    {
        var gets = await GetsAsync();
        Assert.True(gets.Count > 20, $"only {gets.Count} GET operations");
        foreach (var operation in gets)
        {
            var url = ExampleUrl(operation);
            var get = await partner.GetAsync(url);
            var head = await partner.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

            Assert.True(get.StatusCode == head.StatusCode, $"HEAD {url} answered {(int)head.StatusCode}, GET {(int)get.StatusCode}");
            Assert.True((await head.Content.ReadAsByteArrayAsync()).Length == 0, $"HEAD {url} has a body");
            Assert.Equal(get.Content.Headers.ContentType?.ToString(), head.Content.Headers.ContentType?.ToString());
            foreach (var header in new[] { "ETag", "Cache-Control", "Link" })
                Assert.True(Values(get, header) == Values(head, header), $"{header} of HEAD {url} differs from its GET's");
        }
    }

    [Fact]
    public async Task Try_it_out_with_the_examples_returns_data_on_the_seeded_catalogue_and_no_cursor_is_made_up()
    {
        foreach (var operation in await GetsAsync())
        {
            Assert.DoesNotContain(operation.Parameters("query"), p => p.GetProperty("name").GetString() == "cursor" && p.TryGetProperty("example", out _));
            // A fact's own resource needs a fact id from a film's list, which no example can know in advance.
            if (operation.PathTemplate.Contains("{factId}")) continue;
            var url = ExampleUrl(operation);

            var response = await partner.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
            var first = JsonDocument.Parse(body.Split('\n')[0]).RootElement;
            var data = first.ValueKind != JsonValueKind.Object ? first
                : first.TryGetProperty("items", out var items) ? items
                : first.TryGetProperty("films", out var films) ? films
                : first;
            Assert.True(data.ValueKind == JsonValueKind.Object || data.GetArrayLength() > 0, $"GET {url} gave no data: {body[..Math.Min(body.Length, 300)]}");
        }
    }

    private static string? Values(HttpResponseMessage response, string header) =>
        response.Headers.TryGetValues(header, out var values) || response.Content.Headers.TryGetValues(header, out values)
            ? string.Join(", ", values)
            : null;
}
