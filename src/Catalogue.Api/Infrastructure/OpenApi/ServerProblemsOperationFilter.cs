using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// The two answers any /v1 operation can give that are no fault of the request: a 500, the exception handler's
/// problem body for an unexpected failure, and a 503 with Retry-After, for when the database is unavailable (every
/// operation may reach it: those that read nothing from it still look up an API key) or a write collided with
/// another and was rolled back.
/// </summary>
public sealed class ServerProblemsOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!PublicApi.Contains(context.ApiDescription.RelativePath)) return;
        operation.Responses ??= [];
        operation.Responses["500"] = Problem(context,
            "Internal Server Error: the request failed in an unexpected way; quote the traceId (or X-Request-Id) when reporting it.",
            ApiExamples.Problem(ProblemTypes.InternalServerError, null));
        var unavailable = Problem(context,
            "Service Unavailable: the database is unavailable, or the change collided with another and was rolled back; nothing was " +
            "changed, send the same request again after Retry-After seconds.",
            ApiExamples.Problem(ProblemTypes.ServiceUnavailable,
                "The catalogue's database is unavailable at the moment; nothing was changed. Retry after 5 seconds."));
        unavailable.Headers = new Dictionary<string, IOpenApiHeader>
        {
            [HeaderNames.RetryAfter] = new OpenApiHeader
            {
                Description = "Seconds to wait before sending the request again (Database:RetryAfterSeconds, 5 by default).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = int.MaxValue.ToString() },
            },
        };
        operation.Responses["503"] = unavailable;
    }

    private static OpenApiResponse Problem(OperationFilterContext context, string description, object example) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new()
            {
                Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                Example = JsonSerializer.SerializeToNode(example, Json),
            },
        },
    };
}
