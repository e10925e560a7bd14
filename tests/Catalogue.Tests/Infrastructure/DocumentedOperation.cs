using System.Text.Json;

namespace Catalogue.Tests.Infrastructure;

/// <summary>The operations the API's own OpenAPI document lists, for tests that must cover every one of them.</summary>
public sealed record DocumentedOperation(string Method, string PathTemplate, JsonElement Operation)
{
    public IEnumerable<JsonElement> Parameters(string @in) =>
        Operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == @in)
            : [];

    public bool HasBody => Operation.TryGetProperty("requestBody", out _);

    /// <summary>The path with every path parameter set to <paramref name="value"/> and every required query parameter to a plain valid value.</summary>
    public string Url(string value = "1") => Url(_ => value);

    /// <summary>The path with each path parameter set to <paramref name="valueFor"/> its name, and required query parameters as above.</summary>
    public string Url(Func<string, string> valueFor)
    {
        var path = Parameters("path").Select(p => p.GetProperty("name").GetString()!)
            .Aggregate(PathTemplate, (p, name) => p.Replace($"{{{name}}}", valueFor(name)));
        var required = Parameters("query").Where(p => p.TryGetProperty("required", out var r) && r.GetBoolean())
            .Select(p => $"{p.GetProperty("name").GetString()}={PlainValue(p.GetProperty("schema"))}").ToList();
        return required.Count == 0 ? path : $"{path}?{string.Join('&', required)}";
    }

    public static string PlainValue(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.GetString() is "integer" or "number" ? "1" : "aleppo";

    public static async Task<List<DocumentedOperation>> ReadAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(method => method.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(method => new DocumentedOperation(method.Name.ToUpperInvariant(), path.Name, method.Value.Clone())))
            .ToList();
    }
}
