using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Catalogue.Api.Infrastructure.Paging;

namespace Catalogue.Tests.Infrastructure;

/// <summary>Reading API responses the way a client would.</summary>
public static class ApiClientExtensions
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<T> GetOkAsync<T>(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    /// <summary>Follows nextCursor from the first page to the last, returning every item in order.</summary>
    public static async Task<List<T>> WalkAsync<T>(this HttpClient client, string url, int maxPages = 1000)
    {
        var items = new List<T>();
        var separator = url.Contains('?') ? "&" : "?";
        string? cursor = null;
        for (var pages = 0; pages < maxPages; pages++)
        {
            var page = await client.GetOkAsync<Page<T>>(cursor is null ? url : $"{url}{separator}cursor={Uri.EscapeDataString(cursor)}");
            items.AddRange(page.Items);
            if ((cursor = page.NextCursor) is null) return items;
        }
        throw new InvalidOperationException($"more than {maxPages} pages: the walk does not end");
    }

    /// <summary>Asserts a problem+json answer with the given status and returns its body.</summary>
    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"GET {url} answered {(int)response.StatusCode}, expected {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out var traceId) && traceId.GetString() is { Length: > 0 }, $"no traceId in {body}");
        return problem;
    }

    /// <summary>Asserts a 400 whose errors name <paramref name="parameter"/>.</summary>
    public static async Task<JsonElement> GetValidationProblemAsync(this HttpClient client, string url, string parameter)
    {
        var problem = await client.GetProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"no errors in {problem}");
        Assert.True(errors.TryGetProperty(parameter, out _), $"errors do not name '{parameter}': {errors}");
        return problem;
    }
}
