using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.Paging;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents what every /v1 GET shares but no endpoint declares itself: ETag and Cache-Control on 200, the 304 answer
/// to If-None-Match, the Link header on paginated lists, and example problem bodies; adds parameter and response examples.
/// </summary>
public sealed class HttpConventionsOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) ?? true) return;
        operation.Responses ??= [];

        // Only query parameters are validated; an operation with none (path id only) never answers 400.
        if (!(operation.Parameters ?? []).Any(p => p.In == ParameterLocation.Query)) operation.Responses.Remove("400");

        foreach (var parameter in operation.Parameters ?? [])
            if (parameter is OpenApiParameter concrete && ApiExamples.Parameters.TryGetValue(parameter.Name ?? "", out var example))
                concrete.Example = JsonValue.Create(example);

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            okResponse.Headers["ETag"] = Header("Strong validator of this body: send it back in If-None-Match.");
            okResponse.Headers["Cache-Control"] = Header("How long the body may be reused, e.g. `public, max-age=60`.");
            if (IsPage(context))
                okResponse.Headers["Link"] = Header("`<url>; rel=\"next\"` when there is a next page.");
            if (ApiExamples.Responses.TryGetValue(operation.OperationId ?? "", out var body))
                SetExample(okResponse, "application/json", body);
        }

        operation.Responses["304"] = new OpenApiResponse
        {
            Description = "Not Modified: the If-None-Match tag still matches; no body.",
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = Header("The unchanged validator.") },
        };

        if (operation.Responses.TryGetValue("400", out var bad) && bad is OpenApiResponse badResponse)
            SetExample(badResponse, "application/problem+json", ApiExamples.ValidationProblem);
        if (operation.Responses.TryGetValue("404", out var missing) && missing is OpenApiResponse missingResponse)
            SetExample(missingResponse, "application/problem+json", ApiExamples.NotFoundProblem);
    }

    private static bool IsPage(OperationFilterContext context) =>
        context.ApiDescription.SupportedResponseTypes.Any(r =>
            r.StatusCode == 200 && r.Type is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Page<>));

    private static void SetExample(OpenApiResponse response, string mediaType, object example)
    {
        if (response.Content?.TryGetValue(mediaType, out var content) == true && content is OpenApiMediaType media)
            media.Example = JsonSerializer.SerializeToNode(example, Json);
    }

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
