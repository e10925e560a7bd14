using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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
    private const string ExampleTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

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
            operation.Responses["401"] = Problem(context, "Unauthorized: the key in X-Api-Key is unknown or revoked.", 401,
                "https://tools.ietf.org/html/rfc9110#section-15.5.2",
                "The key in X-Api-Key is not a valid key (unknown or revoked): send a valid key in X-Api-Key, or no X-Api-Key header at all for public reads.");
            return;
        }

        operation.Security = [apiKey];
        if (scopes.Count > 0)
            operation.Description = $"{operation.Description}\n\nRequires an API key with the {string.Join(" and ", scopes.Select(s => $"`{s}`"))} scope.".TrimStart();
        operation.Responses["401"] = Problem(context, "Unauthorized: no key, or an unknown or revoked one, in X-Api-Key.", 401,
            "https://tools.ietf.org/html/rfc9110#section-15.5.2", "This endpoint needs an API key: send a key in X-Api-Key.");
        operation.Responses["403"] = Problem(context, "Forbidden: the key lacks the scope this operation needs.", 403,
            "https://tools.ietf.org/html/rfc9110#section-15.5.4",
            $"This key lacks the '{scopes.FirstOrDefault() ?? CataloguePolicies.Export}' scope; use a key that has it.");
    }

    private static OpenApiResponse Problem(OperationFilterContext context, string description, int status, string type, string detail) => new()
    {
        Description = description,
        Headers = status == 401
            ? new Dictionary<string, IOpenApiHeader>
            {
                ["WWW-Authenticate"] = new OpenApiHeader { Description = "`ApiKey`: send a key in X-Api-Key.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } },
            }
            : null,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/problem+json"] = new()
            {
                Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository),
                Example = JsonSerializer.SerializeToNode(new { type, title = status == 401 ? "Unauthorized" : "Forbidden", status, detail, traceId = ExampleTraceId }, Json),
            },
        },
    };
}
