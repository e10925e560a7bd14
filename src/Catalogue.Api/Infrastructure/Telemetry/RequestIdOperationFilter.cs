using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.Telemetry;

/// <summary>Documents X-Request-Id on every response of every operation. Registered after the other operation
/// filters (telemetry is added last), so the 304, 401, 403 and 429 they add get it too.</summary>
public sealed class RequestIdOperationFilter : IOperationFilter
{
    private static readonly OpenApiHeader Header = new()
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

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // Once, in components, and referred to from every response: it is on hundreds of them.
        var components = context.Document.Components ??= new OpenApiComponents();
        (components.Headers ??= new Dictionary<string, IOpenApiHeader>())[CatalogueHeaders.RequestId] = Header;
        var reference = new OpenApiHeaderReference(CatalogueHeaders.RequestId, context.Document);
        foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
            (response.Headers ??= new Dictionary<string, IOpenApiHeader>())[CatalogueHeaders.RequestId] = reference;
    }
}
