using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Catalogue.Api.Films;

namespace Catalogue.Tests.Infrastructure;

/// <summary>Writes the way a curator's client sends them: JSON bodies, If-Match with the film's ETag.</summary>
public static class CurationClient
{
    public static async Task<(FilmDetail Film, string ETag)> GetFilmAsync(this HttpClient client, string idOrSlug)
    {
        var response = await client.GetAsync($"/v1/films/{idOrSlug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<FilmDetail>(ApiClientExtensions.Json))!, response.Headers.ETag!.ToString());
    }

    public static Task<HttpResponseMessage> WriteAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch,
        string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
            request.Content = new StringContent(body as string ?? JsonSerializer.Serialize(body, ApiClientExtensions.Json), System.Text.Encoding.UTF8, contentType);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    /// <summary>A write that must succeed: returns the updated film and its new ETag.</summary>
    public static async Task<(FilmDetail Film, string ETag)> WriteOkAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch)
    {
        var response = await client.WriteAsync(method, url, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url} answered {(int)response.StatusCode}: {text}");
        return (JsonSerializer.Deserialize<FilmDetail>(text, ApiClientExtensions.Json)!, response.Headers.ETag!.ToString());
    }

    /// <summary>Asserts a problem+json answer with the given status and returns its body.</summary>
    public static async Task<JsonElement> ProblemAsync(this Task<HttpResponseMessage> sending, HttpStatusCode status)
    {
        var response = await sending;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"answered {(int)response.StatusCode}, expected {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement;
    }
}
