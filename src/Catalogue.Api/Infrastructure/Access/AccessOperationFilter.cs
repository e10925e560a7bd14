using System.Text.Json;
using System.Text.Json.Nodes;
using Catalogue.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.Access;

/// <summary>
/// Documents API-key access per operation: an operation that requires a policy needs the ApiKey scheme and may answer
/// 401 (no or bad key) and 403 (key without the scope); a public operation takes a key optionally (it raises the
/// rate limit) and may answer 401 only for a bad key.
/// </summary>
public sealed class AccessOperationFilter : IOperationFilter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OpenApiSecurityScheme SecurityScheme => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = ApiKeyAuthentication.HeaderName,
        Description = "An API key issued to a partner or curator. Public reads need none; a key raises the rate limit, and " +
            $"endpoints that need a scope ({string.Join(", ", CataloguePolicies.All)}) say so. An unknown or revoked key is " +
            "answered 401 on every endpoint.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var scopes = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList();
        var required = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var apiKey = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyAuthentication.Scheme, context.Document)] = [] };
        operation.Responses ??= [];

        if (!required)
        {
            // Optional: anonymous, or with a key (Swagger UI sends it once authorized).
            operation.Security = [new OpenApiSecurityRequirement(), apiKey];
            operation.Responses["401"] = Problem(context, "Unauthorized: the key in X-Api-Key is unknown or revoked.", ProblemTypes.Unauthorized,
                "The key in X-Api-Key is not a valid key (unknown or revoked): send a valid key in X-Api-Key, or no X-Api-Key header at all for public reads.");
            return;
        }

        operation.Security = [apiKey];
        if (scopes.Count > 0)
            operation.Description = $"{operation.Description}\n\nRequires an API key with the {string.Join(" and ", scopes.Select(s => $"`{s}`"))} scope.".TrimStart();
        operation.Responses["401"] = Problem(context, "Unauthorized: no key, or an unknown or revoked one, in X-Api-Key.", ProblemTypes.Unauthorized,
            "This endpoint needs an API key: send a key in X-Api-Key.");
        operation.Responses["403"] = Problem(context, "Forbidden: the key lacks the scope this operation needs.", ProblemTypes.Forbidden,
            $"This key lacks the '{scopes.FirstOrDefault() ?? CataloguePolicies.Export}' scope; use a key that has it.");
    }

    private static OpenApiResponse Problem(OperationFilterContext context, string description, ProblemType type, string detail) => new()
    {
        Description = description,
        Headers = type == ProblemTypes.Unauthorized
            ? new Dictionary<string, IOpenApiHeader>
            {
                [HeaderNames.WWWAuthenticate] = new OpenApiHeader
                {
                    Description = "`ApiKey`: send a key in X-Api-Key.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(ApiKeyAuthentication.Scheme)] },
                },
            }
            : null,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new()
            {
                Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                Example = JsonSerializer.SerializeToNode(ApiExamples.Problem(type, detail), Json),
            },
        },
    };
}
