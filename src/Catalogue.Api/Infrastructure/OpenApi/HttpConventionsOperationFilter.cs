using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.Paging;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents what every /v1 GET shares but no endpoint declares itself: ETag and Cache-Control on 200, the 304 answer
/// to If-None-Match (neither for streamed bodies), the Link header on paginated lists, headers an endpoint declares as
/// <see cref="DocumentedHeader"/>, and example problem bodies; adds the endpoint's own examples
/// (<see cref="ResponseExample"/>, <see cref="ParameterExample"/>). Writes marked <see cref="RequiresIfMatch"/> get the
/// If-Match header they need; write successes carry the ETag they answer with.
/// </summary>
public sealed class HttpConventionsOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A strong tag: the base64url SHA-256 of the body, with the content coding after a dot when compressed.</summary>
    public static OpenApiSchema EntityTagSchema => new()
    {
        Type = JsonSchemaType.String,
        MaxLength = 52,
        Pattern = $"^\"[A-Za-z0-9_-]{{43}}(\\.({string.Join("|", ContentCodings.All)}))?\"$",
        Example = JsonValue.Create("\"mZ1mLw3o1VCmQdVKOD6nF3G5F4bJ6Y8p3Zy1wQ2c9aE\""),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!PublicApi.Contains(context.ApiDescription.RelativePath)) return;
        operation.Responses ??= [];
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;

        var isRead = string.Equals(context.ApiDescription.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase);
        // Every operation keeps the group's 400: besides its own parameters, bounded path segments, If-Match and bodies,
        // any request's path and query are refused with a 400 when they hold text the catalogue cannot store (RequestBodies).
        if (!isRead) DocumentWrite(operation, metadata);

        var examples = metadata.OfType<ParameterExample>().GroupBy(e => e.Name).ToDictionary(g => g.Key, g => g.Last().Value);
        foreach (var parameter in operation.Parameters ?? [])
            if (parameter is OpenApiParameter concrete && examples.TryGetValue(parameter.Name ?? "", out var example))
                concrete.Example = JsonValue.Create(example);

        // A streamed body is never buffered, so it has no ETag and is never answered 304.
        var streamed = metadata.OfType<StreamedResponse>().Any();
        var body = metadata.OfType<ResponseExample>().LastOrDefault()?.Body;
        if (isRead && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            okResponse.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (!streamed) okResponse.Headers[HeaderNames.ETag] = Header("Strong validator of this body: send it back in If-None-Match.", EntityTagSchema);
            okResponse.Headers[HeaderNames.CacheControl] = Header(streamed
                ? "`private, no-store`: a snapshot is not to be kept by caches."
                : "How long the body may be reused, e.g. `public, max-age=60` (`private` when the request had a key).",
                CacheControlSchema(metadata.OfType<CacheLifetime>().LastOrDefault()));
            foreach (var header in metadata.OfType<DocumentedHeader>())
                okResponse.Headers[header.Name] = Header(header.Description, header.Schema);
            if (IsPage(context))
                okResponse.Headers[HeaderNames.Link] = Header("`<url>; rel=\"next\"` when there is a next page.", LinkSchema);
            if (body is not null) SetExample(okResponse, "application/json", body);
        }

        if (isRead && !streamed)
            operation.Responses["304"] = new OpenApiResponse
            {
                Description = "Not Modified: the If-None-Match tag still matches; no body.",
                Headers = new Dictionary<string, IOpenApiHeader> { [HeaderNames.ETag] = Header("The unchanged validator.", EntityTagSchema) },
            };

        var problems = metadata.OfType<ProblemExample>().GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Last().Body);
        // Any request's path or query may hold text the catalogue cannot store, whatever its parameters.
        var unstorable = operation.Parameters?.FirstOrDefault(p => p.In is ParameterLocation.Query or ParameterLocation.Path)?.Name ?? "path";
        SetProblemExample(operation, StatusCodes.Status400BadRequest,
            problems.GetValueOrDefault(StatusCodes.Status400BadRequest) ?? ApiExamples.ValidationProblem(unstorable, RequestBodies.UnstorableMessage(unstorable)));
        SetProblemExample(operation, StatusCodes.Status404NotFound,
            problems.GetValueOrDefault(StatusCodes.Status404NotFound) ?? ApiExamples.Problem(ProblemTypes.NotFound, null));
    }

    private static void SetProblemExample(OpenApiOperation operation, int status, object example)
    {
        if (operation.Responses!.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var answer) && answer is OpenApiResponse response)
            SetExample(response, "application/problem+json", example);
    }

    /// <summary>A Link header's value: one absolute URL (at most <see cref="PublicApi.MaxUrlLength"/>) with a cursor in
    /// place of the request's own.</summary>
    public static OpenApiSchema LinkSchema => new()
    {
        Type = JsonSchemaType.String, MaxLength = PublicApi.MaxUrlLength + Cursor.MaxLength + 16, Pattern = "^<[^>]+>; rel=\"[a-z]+\"$",
    };

    private static OpenApiSchema CacheControlSchema(CacheLifetime? lifetime) => lifetime is null
        ? new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 40, Pattern = "^(public|private)(, (max-age=[0-9]+|no-cache|no-store))?$" }
        : new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Enum = [JsonValue.Create(lifetime.CacheControl), JsonValue.Create(lifetime.PrivateCacheControl)],
        };

    /// <summary>Writes marked <see cref="RequiresIfMatch"/> need If-Match; successes carry the resource's new ETag.</summary>
    private static void DocumentWrite(OpenApiOperation operation, IList<object> metadata)
    {
        if (metadata.OfType<RequiresIfMatch>().LastOrDefault() is { } ifMatch)
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = HeaderNames.IfMatch,
                In = ParameterLocation.Header,
                Required = true,
                Description = $"{ifMatch.Description} At most {IfMatchRequirement.MaxLength} characters.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = IfMatchRequirement.MaxLength },
            });
        }
        foreach (var status in new[] { "200", "201" })
            if (operation.Responses!.TryGetValue(status, out var success) && success is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[HeaderNames.ETag] = Header("The new ETag: send it in If-Match with the next write.", EntityTagSchema);
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

    private static OpenApiHeader Header(string description, OpenApiSchema schema) => new() { Description = description, Schema = schema };
}
