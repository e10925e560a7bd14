using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Catalogue.Api.Infrastructure.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics for the HTTP server, outgoing HttpClient calls and Npgsql, which publishes its
/// own ActivitySource and Meter named "Npgsql" (listened to by name: the Npgsql.OpenTelemetry package would only
/// add these two lines and move Npgsql to another patch).
/// <list type="bullet">
/// <item>Traces are always recorded, whether or not they are exported, so every request has a W3C trace id to
/// answer as its request id (<see cref="RequestIds"/>).</item>
/// <item>Both go to an OTLP collector only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the
/// other standard <c>OTEL_EXPORTER_OTLP_*</c> variables itself); without one nothing leaves the process.</item>
/// <item>Metrics are also served for Prometheus to scrape (<see cref="TelemetrySettings.PrometheusSettings"/>).</item>
/// </list>
/// </summary>
public static class CatalogueTelemetry
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddCatalogueTelemetry(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>() ?? new();
        builder.Services.Configure<TelemetrySettings>(builder.Configuration.GetSection(TelemetrySettings.Section));
        var scrapePath = settings.Prometheus.Path;

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(settings.ServiceName))
            .WithTracing(tracing => tracing
                // Scrapes every few seconds would drown the traces that matter; they are still counted in the metrics.
                .AddAspNetCoreInstrumentation(options => options.Filter = context =>
                    !(settings.Prometheus.Enabled && context.Request.Path.StartsWithSegments(scrapePath)))
                .AddHttpClientInstrumentation()
                .AddSource("Npgsql"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter("Npgsql");
                if (settings.Prometheus.Enabled) metrics.AddPrometheusExporter();
            });
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting])) telemetry.UseOtlpExporter();
        builder.Services.AddSharedResponseHeader(CatalogueHeaders.RequestId, RequestIdHeader.Documentation);
    }

    /// <summary>
    /// The Prometheus scrape endpoint, when enabled: an operator's endpoint, so neither rate limited (a scraper every
    /// 15 s must never see a 429) nor checked for API keys (a scraper sends none, and a wrong one is no reason to hide
    /// the metrics). Not in the OpenAPI document: it is not part of the API clients use.
    /// </summary>
    public static void MapScrapeEndpoint(this WebApplication app)
    {
        var prometheus = app.Services.GetRequiredService<IOptions<TelemetrySettings>>().Value.Prometheus;
        if (!prometheus.Enabled) return;
        app.MapPrometheusScrapingEndpoint(prometheus.Path)
            .DisableRateLimiting()
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
