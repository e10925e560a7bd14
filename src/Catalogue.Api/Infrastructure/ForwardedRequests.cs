using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Behind a reverse proxy that terminates TLS, the request the API sees is the proxy's. With ForwardedHeaders:Enabled,
/// X-Forwarded-Proto, X-Forwarded-Host and X-Forwarded-For from a trusted proxy replace scheme, host and client
/// address, so the OpenAPI document's server, Link headers and the index name the address clients use, and the rate
/// limiter sees the real client. Only proxies in ForwardedHeaders:KnownProxies (addresses) or
/// ForwardedHeaders:KnownNetworks (CIDR) are trusted, loopback by default: trusting any sender would let a client
/// pick its own address and so its own rate-limit budget.
/// </summary>
public static class ForwardedRequests
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddForwardedRequests(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedFor;
            var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
            var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
            if (proxies.Length == 0 && networks.Length == 0) return;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    public static void UseForwardedRequests(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>($"{Section}:Enabled")) app.UseForwardedHeaders();
    }
}
