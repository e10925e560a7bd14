using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// Asks the Docker engine Testcontainers would use (<c>DOCKER_HOST</c>, else the local socket) whether it answers
/// and which API versions it speaks, so the fixture can say in one line why it cannot use Docker.
/// </summary>
public static class DockerEngine
{
    public const string DefaultEndpoint = "unix:///var/run/docker.sock";

    /// <summary>The API version Testcontainers 4.16 asks for when <c>DOCKER_API_VERSION</c> is unset.</summary>
    public const string TestcontainersApiVersion = "1.44";

    public static string Endpoint =>
        Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host ? host : DefaultEndpoint;

    /// <summary>The API version to use with the engine at <paramref name="endpoint"/>, or why there is none.</summary>
    public static async Task<EngineAnswer> AskAsync(string endpoint, string? requestedApiVersion, TimeSpan timeout)
    {
        EngineVersion? version;
        try
        {
            using var client = ClientFor(endpoint, timeout);
            version = await client.GetFromJsonAsync<EngineVersion>("/version");
        }
        catch (Exception e) when (e is HttpRequestException or SocketException or TaskCanceledException or IOException
                                      or NotSupportedException or System.Text.Json.JsonException or UriFormatException)
        {
            return EngineAnswer.None($"no Docker engine answers at {endpoint} ({e.GetBaseException().Message})");
        }
        if (version is null || !Version.TryParse(version.ApiVersion, out var newest))
            return EngineAnswer.None($"the Docker engine at {endpoint} did not say which API it speaks");

        if (requestedApiVersion is null)
        {
            // Ask for no more than the engine speaks: an older engine refuses Testcontainers' default outright.
            var usable = newest < Version.Parse(TestcontainersApiVersion) ? version.ApiVersion : null;
            return EngineAnswer.Speaks(endpoint, version.Version, usable);
        }
        Version.TryParse(version.MinApiVersion, out var oldest);
        if (!Version.TryParse(requestedApiVersion, out var requested) || requested > newest || (oldest is not null && requested < oldest))
            return EngineAnswer.None(
                $"the Docker engine at {endpoint} speaks API {version.MinApiVersion}..{version.ApiVersion}, " +
                $"but DOCKER_API_VERSION asks for {requestedApiVersion}");
        return EngineAnswer.Speaks(endpoint, version.Version, null);
    }

    private static HttpClient ClientFor(string endpoint, TimeSpan timeout)
    {
        var uri = new Uri(endpoint);
        if (uri.Scheme == "unix")
        {
            var handler = new SocketsHttpHandler
            {
                ConnectCallback = async (_, cancellationToken) =>
                {
                    var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                    try
                    {
                        await socket.ConnectAsync(new UnixDomainSocketEndPoint(uri.AbsolutePath), cancellationToken);
                        return new NetworkStream(socket, ownsSocket: true);
                    }
                    catch
                    {
                        socket.Dispose();
                        throw;
                    }
                },
            };
            return new HttpClient(handler) { BaseAddress = new Uri("http://docker.sock"), Timeout = timeout };
        }
        if (uri.Scheme == "tcp")
            return new HttpClient { BaseAddress = new Uri($"http://{uri.Authority}"), Timeout = timeout };
        throw new NotSupportedException($"endpoint scheme {uri.Scheme}:// is not one this fixture can ask");
    }

    private sealed record EngineVersion(
        [property: JsonPropertyName("Version")] string? Version,
        [property: JsonPropertyName("ApiVersion")] string? ApiVersion,
        [property: JsonPropertyName("MinAPIVersion")] string? MinApiVersion);
}

/// <summary>
/// What the engine said: whether it can be used and, when it speaks only an older API than Testcontainers asks for,
/// the version to ask for instead; otherwise why not.
/// </summary>
public sealed record EngineAnswer(bool Answers, string Summary, string? ApiVersionToRequest)
{
    public static EngineAnswer None(string why) => new(false, why, null);

    public static EngineAnswer Speaks(string endpoint, string? engineVersion, string? apiVersionToRequest) =>
        new(true, $"Docker {engineVersion} at {endpoint}", apiVersionToRequest);
}
