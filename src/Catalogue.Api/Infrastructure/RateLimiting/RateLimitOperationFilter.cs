using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.Http;
using Microsoft.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.RateLimiting;

/// <summary>
/// Documents the rate limit on every /v1 operation: the 429, and the rate-limit headers on every answer (registered
/// after the HTTP conventions and access filters, which add the 304, 401 and 403), since every answer carries them.
/// </summary>
public sealed class RateLimitOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) ?? true) return;
        operation.Responses ??= [];

        foreach (var response in operation.Responses.Values.OfType<OpenApiResponse>())
            AddLimitHeaders(response.Headers ??= new Dictionary<string, IOpenApiHeader>());

        var tooMany = new OpenApiResponse
        {
            Description = "Too Many Requests: this key's or this client's budget is spent (a response costs 2 permits, a 304 costs 1).",
            Headers = new Dictionary<string, IOpenApiHeader> { [HeaderNames.RetryAfter] = Integer("Seconds to wait before the next request.", minimum: 1) },
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
                        traceId = "4bf92f3577b34da6a3ce929d0e0e4736",
                    }, Json),
                },
            },
        };
        AddLimitHeaders(tooMany.Headers);
        operation.Responses["429"] = tooMany;
    }

    private static void AddLimitHeaders(IDictionary<string, IOpenApiHeader> headers)
    {
        headers[CatalogueHeaders.RateLimitPolicy] = Text(
            "The quota policy (draft-ietf-httpapi-ratelimit-headers), a structured field: its name (`anonymous` per client address, " +
            "`key` per API key), `q` its permits and `w` its window in seconds, e.g. `\"anonymous\";q=120;w=60`.",
            "\"anonymous\";q=120;w=60", @"^""(anonymous|key)"";q=[0-9]+;w=[0-9]+$");
        headers[CatalogueHeaders.RateLimit] = Text(
            "What is left of the policy, a structured field: `r` whole permits left after this response, `t` seconds until all are " +
            "back, e.g. `\"anonymous\";r=117;t=2`.",
            "\"anonymous\";r=117;t=2", @"^""(anonymous|key)"";r=[0-9]+;t=[0-9]+$");
        headers[CatalogueHeaders.RateLimitLimit] = Integer("Deprecated (earlier draft; use RateLimit-Policy): permits per minute.", deprecated: true);
        headers[CatalogueHeaders.RateLimitRemaining] = Integer("Deprecated (use RateLimit `r`): whole permits left after this response.", deprecated: true);
        headers[CatalogueHeaders.RateLimitReset] = Integer("Deprecated (use RateLimit `t`): seconds until all permits are back.", deprecated: true);
    }

    private static OpenApiHeader Integer(string description, int minimum = 0, bool deprecated = false) => new()
    {
        Description = description,
        Deprecated = deprecated,
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = minimum.ToString(CultureInfo.InvariantCulture), Maximum = "1000000" },
    };

    private static OpenApiHeader Text(string description, string example, string pattern) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100, Pattern = pattern, Example = JsonValue.Create(example) },
    };
}
