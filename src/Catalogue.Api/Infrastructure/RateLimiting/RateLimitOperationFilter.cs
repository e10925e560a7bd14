using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.RateLimiting;

/// <summary>
/// Documents the rate limit on every /v1 operation: the RateLimit-* headers on its 2xx and 304 answers (registered
/// after the HTTP conventions filter, which adds the 304), and the 429.
/// </summary>
public sealed class RateLimitOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) ?? true) return;
        operation.Responses ??= [];

        foreach (var (status, response) in operation.Responses)
            if ((status.StartsWith('2') || status == "304") && response is OpenApiResponse concrete)
                AddLimitHeaders(concrete.Headers ??= new Dictionary<string, IOpenApiHeader>());

        var tooMany = new OpenApiResponse
        {
            Description = "Too Many Requests: this key's or this client's budget is spent (a response costs 2 permits, a 304 costs 1).",
            Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Seconds to wait before the next request.", integer: true) },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                    Example = JsonSerializer.SerializeToNode(new
                    {
                        type = "https://tools.ietf.org/html/rfc6585#section-4",
                        title = "Too Many Requests",
                        status = 429,
                        detail = "An anonymous client may spend 120 permits a minute (a response costs 2, a 304 costs 1); retry after 1 seconds, " +
                            "and send If-None-Match to revalidate what you have.",
                        traceId = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                    }, Json),
                },
            },
        };
        AddLimitHeaders(tooMany.Headers);
        operation.Responses["429"] = tooMany;
    }

    private static void AddLimitHeaders(IDictionary<string, IOpenApiHeader> headers)
    {
        headers["RateLimit-Limit"] = Header("Permits per minute for this key or client (the largest burst).", integer: true);
        headers["RateLimit-Remaining"] = Header("Whole permits left after this response.", integer: true);
        headers["RateLimit-Reset"] = Header("Seconds until all permits are back.", integer: true);
    }

    private static OpenApiHeader Header(string description, bool integer = false) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = integer ? JsonSchemaType.Integer : JsonSchemaType.String } };
}
