using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Catalogue.Api.Infrastructure.Telemetry;

/// <summary>X-Request-Id, as the OpenAPI document describes it on every response.</summary>
public static class RequestIdHeader
{
    public static OpenApiHeader Documentation => new()
    {
        Description = "The request's W3C trace id, the same as a problem's `traceId`: quote it when reporting a problem.",
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Pattern = "^[0-9a-f]{32}$",
            MaxLength = 32,
            Example = JsonValue.Create("4bf92f3577b34da6a3ce929d0e0e4736"),
        },
    };
}
