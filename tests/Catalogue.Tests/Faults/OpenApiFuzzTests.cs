using System.Net;
using System.Text.Json;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Faults;

/// <summary>
/// Walks the API's own OpenAPI document and sends every operation boundary, wrong-type and hostile values, one
/// parameter or body member at a time: no answer may be a 5xx, and every 4xx must be a problem body. New operations
/// and parameters are covered as soon as they are documented.
/// </summary>
public class OpenApiFuzzTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private const string Film = "last-men-in-aleppo-2017";

    private static readonly string[] HostileScalars =
    [
        "", "0", "-1", "2147483648", "99999999999999999999", "1.5", "1e309", "abc", "true", "null", "[]",
        "%00", "%ED%A0%80", "%FF", "%27%20OR%201%3D1--", "%3Cscript%3E", new string('9', 400), new string('x', 5000),
    ];

    private static readonly string[] HostileBodies =
    [
        "", "null", "[]", "\"x\"", "12", "{}", "{ not json", """{"title":"\ud800"}""", """{"title":"a\u0000b"}""",
        string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)),
    ];

    [Fact]
    public async Task No_operation_answers_5xx_to_hostile_input_and_every_4xx_is_a_problem()
    {
        var client = catalogue.CreateClient().WithApiKey(await ApiKeys.CreateAsync(catalogue.ConnectionString, "fuzz", "export", "curate"));
        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var components = document.RootElement.GetProperty("components").GetProperty("schemas");
        var operations = await DocumentedOperation.ReadAsync(client);
        Assert.NotEmpty(operations);
        var failures = new List<string>();
        var sent = 0;

        foreach (var operation in operations)
        {
            // A delete that found its target would take the film away from every later request.
            var target = operation.Method == "DELETE" ? "no-such-film" : Film;
            string Valid(string name) => name == "factId" ? "1" : target;

            foreach (var value in HostileScalars)
            {
                // A NUL in a path is refused by the test client itself, before the server sees it.
                foreach (var path in operation.Parameters("path").Select(p => p.GetProperty("name").GetString()).Where(_ => value != "%00"))
                    await SendAsync(operation, operation.Url(name => name == path ? value : Valid(name)), null);
                foreach (var query in operation.Parameters("query"))
                {
                    var url = operation.Url(Valid);
                    await SendAsync(operation, $"{url}{(url.Contains('?') ? '&' : '?')}{query.GetProperty("name").GetString()}={value}", null);
                }
            }

            if (!operation.HasBody) continue;
            foreach (var body in HostileBodies.Concat(MemberBodies(operation, components)))
                await SendAsync(operation, operation.Url(Valid), body);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests broke the rules:\n{string.Join('\n', failures.Take(40))}");
        return;

        async Task SendAsync(DocumentedOperation operation, string url, string? body)
        {
            using var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
            if (operation.Method != "GET")
                request.Headers.TryAddWithoutValidation("If-Match", (await client.GetAsync($"/v1/films/{Film}")).Headers.ETag?.ToString() ?? "\"none\"");
            if (body is not null)
                request.Content = new StringContent(body, System.Text.Encoding.UTF8,
                    operation.Method == "PATCH" ? "application/merge-patch+json" : "application/json");
            using var response = await client.SendAsync(request);
            sent++;
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync();
            var what = $"{operation.Method} {Shorten(url)} {Shorten(body ?? "")} -> {status}";
            if (status >= 500) failures.Add($"{what}: {Shorten(text)}");
            else if (status >= 400 && (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || !IsProblem(text)))
                failures.Add($"{what}: not a problem body ({response.Content.Headers.ContentType}): {Shorten(text)}");
        }
    }

    /// <summary>For each member of the operation's body schema, a body with that member wrong-typed, at a boundary, or hostile.</summary>
    private static IEnumerable<string> MemberBodies(DocumentedOperation operation, JsonElement components)
    {
        var content = operation.Operation.GetProperty("requestBody").GetProperty("content");
        var schema = content.EnumerateObject().First().Value.GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
            schema = components.GetProperty(reference.GetString()!.Split('/').Last());
        if (!schema.TryGetProperty("properties", out var properties)) yield break;

        foreach (var member in properties.EnumerateObject())
        {
            var type = member.Value.TryGetProperty("type", out var t) ? t.ToString() : "";
            // Raw JSON, so that escapes no serializer would write (an unpaired surrogate) reach the server as sent.
            string[] values = type.Contains("integer") || type.Contains("number")
                ? ["\"abc\"", "-1", "0", "2147483648", "1e300", "true", "[]", "null"]
                : type.Contains("array")
                    ? ["\"x\"", "1", "[\"\\ud800\"]", $"[\"{new string('x', 5000)}\"]", "[1]", "[null]"]
                    : ["1", "true", "{}", "\"\"", $"\"{new string('x', 20_001)}\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\ud83c\\udfac\"", "null"];
            foreach (var value in values)
                yield return $"{{\"{member.Name}\":{value}}}";
        }
    }

    private static bool IsProblem(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.TryGetProperty("status", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : $"{text[..120]}...({text.Length})";
}
