using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.OpenApi;
using Microsoft.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.RateLimiting;

/// <summary>
/// Documents the rate limit on every /v1 operation: the 429 with its Retry-After, and (as shared response headers,
/// <see cref="SharedResponseHeaders"/>) RateLimit-Policy and RateLimit on every answer, since every answer carries them.
/// The earlier draft's RateLimit-Limit, -Remaining and -Reset are still sent, with the same numbers, for clients
/// written against them; they are deprecated, so the document describes them once, in RateLimit's description, rather
/// than offering them to new clients on every response.
/// </summary>
public sealed class RateLimitOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!PublicApi.Contains(context.ApiDescription.RelativePath)) return;
        operation.Responses ??= [];
        operation.Responses["429"] = new OpenApiResponse
        {
            Description = "Too Many Requests: this key's or this client's budget is spent (a response costs 2 permits, a 304 costs 1).",
            Headers = new Dictionary<string, IOpenApiHeader> { [HeaderNames.RetryAfter] = RetryAfter },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                    Example = JsonSerializer.SerializeToNode(ApiExamples.Problem(ProblemTypes.TooManyRequests,
                        CatalogueRateLimiter.RejectionDetail("An anonymous client", 120, 1)), Json),
                },
            },
        };
    }

    /// <summary>Seconds to wait, on a 429: at most one permit's refill, which the smallest allowed budget (1 a minute) makes 60.</summary>
    public static OpenApiHeader RetryAfter => new()
    {
        Description = "Seconds to wait before the next request.",
        Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "60" },
    };

    public static OpenApiHeader PolicyHeader => Text(
        "The quota policy (draft-ietf-httpapi-ratelimit-headers), a structured field: its name (`anonymous` per client address, " +
        "`key` per API key), `q` its permits and `w` its window in seconds, e.g. `\"anonymous\";q=120;w=60`.",
        "\"anonymous\";q=120;w=60", @"^""(anonymous|key)"";q=[0-9]+;w=[0-9]+$");

    public static OpenApiHeader LimitHeader => Text(
        "What is left of the policy, a structured field: `r` whole permits left after this response, `t` seconds until all are " +
        "back, e.g. `\"anonymous\";r=117;t=2`. Deprecated but still sent, with the same numbers, for clients of the earlier draft: " +
        "RateLimit-Limit (`q`), RateLimit-Remaining (`r`) and RateLimit-Reset (`t`).",
        "\"anonymous\";r=117;t=2", @"^""(anonymous|key)"";r=[0-9]+;t=[0-9]+$");

    private static OpenApiHeader Text(string description, string example, string pattern) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 100, Pattern = pattern, Example = JsonValue.Create(example) },
    };
}
