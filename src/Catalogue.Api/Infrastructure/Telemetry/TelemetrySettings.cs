namespace Catalogue.Api.Infrastructure.Telemetry;

/// <summary>The <c>Telemetry</c> section. OTLP export has no setting of its own here: it follows the standard
/// <c>OTEL_EXPORTER_OTLP_*</c> variables, so any collector's documentation applies as written.</summary>
public sealed class TelemetrySettings
{
    public const string Section = "Telemetry";

    /// <summary>The service name traces and metrics carry, unless <c>OTEL_SERVICE_NAME</c> says otherwise.</summary>
    public string ServiceName { get; set; } = "catalogue-api";

    public PrometheusSettings Prometheus { get; set; } = new();

    public sealed class PrometheusSettings
    {
        /// <summary>Whether the scrape endpoint is served at all.</summary>
        public bool Enabled { get; set; } = true;

        /// <summary>Where it is served; outside <c>/v1</c>, so it is none of the public API's business.</summary>
        public string Path { get; set; } = "/metrics";
    }
}
