using Microsoft.OpenApi;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoint metadata: a header the endpoint's 200 carries that no convention explains, for the OpenAPI document.
/// The endpoint states it where it sets it, so the filters need not know any endpoint by name.
/// </summary>
public sealed record DocumentedHeader(string Name, string Description, OpenApiSchema Schema)
{
    /// <summary>A sequence number of the change feed, as the Catalogue-Changes-Cursor header and cursors carry it.</summary>
    public static OpenApiSchema SequenceNumber => new() { Type = JsonSchemaType.String, MaxLength = 19, Pattern = "^[0-9]+$" };
}
