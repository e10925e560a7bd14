using System.Net;
using System.Security.Claims;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Catalogue.Tests.Access;

/// <summary>
/// The real API plus what only these tests need: an endpoint per policy (no real endpoint requires a scope yet) and
/// a header that plays the client's address, as forwarded headers would behind a proxy.
/// </summary>
public static class AccessTestHost
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    /// <summary>The API with /test/export and /test/curate; the rate limiter on with the given limits, or off.</summary>
    public static WebApplicationFactory<Program> WithAccessTestEndpoints(this ApiFactory factory, int? anonymousPerMinute = null, int? keyPerMinute = null) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestEndpoints>());
            if (anonymousPerMinute is null && keyPerMinute is null) return;
            builder.UseSetting("RateLimits:Enabled", "true");
            builder.UseSetting("RateLimits:Anonymous:PermitsPerMinute", (anonymousPerMinute ?? 1000).ToString());
            builder.UseSetting("RateLimits:Key:PermitsPerMinute", (keyPerMinute ?? 1000).ToString());
        });

    /// <summary>A client whose every request comes from <paramref name="address"/>.</summary>
    public static HttpClient CreateClient(this WebApplicationFactory<Program> factory, string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ClientAddressHeader, address);
        return client;
    }

    /// <summary>
    /// Sets the endpoint for /test/{policy} before routing runs (routing keeps an endpoint already chosen), so the
    /// request goes through authentication, the limiter and authorization exactly as a mapped endpoint would.
    /// </summary>
    private sealed class TestEndpoints : IStartupFilter
    {
        private static readonly Dictionary<string, Endpoint> Endpoints = CataloguePolicies.All.ToDictionary(
            policy => $"/test/{policy}",
            policy => (Endpoint)new RouteEndpointBuilder(WhoAmI, RoutePatternFactory.Parse($"/test/{policy}"), 0)
            {
                DisplayName = $"test {policy}",
                Metadata = { new AuthorizeAttribute(policy) },
            }.Build());

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var address))
                    context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                if (Endpoints.TryGetValue(context.Request.Path.Value ?? "", out var endpoint))
                    context.SetEndpoint(endpoint);
                return nextMiddleware(context);
            });
            next(app);
        };

        private static Task WhoAmI(HttpContext context) => context.Response.WriteAsJsonAsync(new
        {
            name = context.User.Identity?.Name,
            scopes = context.User.FindAll(ApiKeyAuthentication.ScopeClaim).Select(c => c.Value).ToArray(),
            authenticationType = context.User.Identity?.AuthenticationType,
        });
    }
}
