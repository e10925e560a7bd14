using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.Paging;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents what every /v1 GET shares but no endpoint declares itself: ETag and Cache-Control on 200, the 304 answer
/// to If-None-Match (neither for streamed bodies), the Link header on paginated lists, headers an endpoint declares as
/// <see cref="DocumentedHeader"/>, and example problem bodies; adds parameter and response examples.
/// Writes get the If-Match header they need and the ETag they answer with.
/// </summary>
public sealed class HttpConventionsOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.RelativePath?.StartsWith("v1/", StringComparison.Ordinal) ?? true) return;
        operation.Responses ??= [];

        var isRead = string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase);
        // Query parameters and bodies are validated; an operation with neither (path id only) never answers 400.
        if (!(operation.Parameters ?? []).Any(p => p.In == ParameterLocation.Query) && operation.RequestBody is null)
            operation.Responses.Remove("400");
        if (!isRead) DocumentWrite(operation);

        foreach (var parameter in operation.Parameters ?? [])
            if (parameter is OpenApiParameter concrete
                && (ApiExamples.Parameters.TryGetValue($"{operation.OperationId}.{parameter.Name}", out var example)
                    || (parameter.Required && ApiExamples.Parameters.TryGetValue(parameter.Name ?? "", out example))))
                concrete.Example = JsonValue.Create(example);

        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        // A streamed body is never buffered, so it has no ETag and is never answered 304.
        var streamed = metadata.OfType<StreamedResponse>().Any();
        if (isRead && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (!streamed) okResponse.Headers["ETag"] = Header("Strong validator of this body: send it back in If-None-Match.");
            okResponse.Headers["Cache-Control"] = Header(streamed
                ? "`private, no-store`: a snapshot is not to be kept by caches."
                : "How long the body may be reused, e.g. `public, max-age=60`.");
            foreach (var header in metadata.OfType<DocumentedHeader>())
                okResponse.Headers[header.Name] = Header(header.Description);
            if (IsPage(context))
                okResponse.Headers["Link"] = Header("`<url>; rel=\"next\"` when there is a next page.");
            if (ApiExamples.Responses.TryGetValue(operation.OperationId ?? "", out var body))
                SetExample(okResponse, "application/json", body);
        }

        if (isRead && !streamed)
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

    /// <summary>Every write but creating a film needs the film's ETag in If-Match; successes carry its new ETag.</summary>
    private static void DocumentWrite(OpenApiOperation operation)
    {
        if (operation.OperationId != "CreateFilm")
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = true,
                Description = "The film's current ETag, from GET /v1/films/{id} or the previous write's answer.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        foreach (var status in new[] { "200", "201" })
            if (operation.Responses!.TryGetValue(status, out var success) && success is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers["ETag"] = Header("The film's new ETag: send it in If-Match with the next write.");
            }
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
