using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>The OpenAPI document (Swashbuckle) and Swagger UI, served in every environment: the API's reads are public.</summary>
public static class ApiDocumentation
{
    public const string RoutePrefix = "/swagger";
    public const string DocumentPath = RoutePrefix + "/" + PublicApi.Version + "/swagger.json";

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(swagger =>
        {
            swagger.SwaggerDoc(PublicApi.Version, new OpenApiInfo
            {
                Title = "Documentary Catalogue API",
                Version = PublicApi.Version,
                Description = "A catalogue of documentary films: discovery, people, reviews, search, and the provenance of every " +
                    "fact, open to anonymous reads; bulk export and a change feed for partners, and corrections for curators, with an " +
                    "API key in X-Api-Key. Errors are RFC 9457 problem details; every GET carries a strong ETag.",
                Contact = new OpenApiContact { Name = "Catalogue team" },
            });
            swagger.DescribeAllParametersInCamelCase();
            // Nullable annotations decide nullability, so the schemas say what the JSON really holds; required-ness is the
            // serializer's for responses and the validators' for request bodies (RequiredMembersSchemaFilter).
            swagger.SupportNonNullableReferenceTypes();
            swagger.NonNullableReferenceTypesAsRequired();
            swagger.IncludeXmlComments(typeof(ApiDocumentation).Assembly);
            swagger.SchemaFilter<RequiredMembersSchemaFilter>();
            swagger.SchemaFilter<ValueBoundsSchemaFilter>();
            swagger.ParameterFilter<QueryValueParameterFilter>();
            swagger.OperationFilter<HttpConventionsOperationFilter>();
            swagger.OperationFilter<ServerProblemsOperationFilter>();
            swagger.DocumentFilter<TagDescriptionsDocumentFilter>();
        });
        services.AddSharedResponseHeadersFilter();
        return services;
    }

    public static void UseApiDocumentation(this WebApplication app)
    {
        // The server is whatever host served the document, so "Try it out" works behind any proxy or port.
        app.UseSwagger(swagger => swagger.PreSerializeFilters.Add((document, request) =>
            document.Servers =
            [
                new OpenApiServer
                {
                    Url = $"{request.Scheme}://{request.Host}{request.PathBase}",
                    Description = $"The server that served this document (environment: {app.Environment.EnvironmentName}).",
                    // The catalogue's API is public: the same document serves anonymous clients, partners and curators.
                    Extensions = new Dictionary<string, IOpenApiExtension> { ["x-internal"] = new JsonNodeExtension(JsonValue.Create(false)) },
                },
            ]));
        app.UseSwaggerUI(ui =>
        {
            ui.SwaggerEndpoint(DocumentPath, "Documentary Catalogue API v1");
            ui.DocumentTitle = "Documentary Catalogue API";
        });
    }
}
