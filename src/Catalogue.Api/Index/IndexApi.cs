using System.ComponentModel;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalogue.Api.Index;

/// <summary>Where to go from the front door: absolute links to every resource, the documentation and health.</summary>
public sealed record ApiIndex([property: Text(100)] string Name, [property: Text(10)] string Version, [property: Description("Absolute URLs; `{id}` marks a path parameter.")] ApiIndexLinks Links);

[Text(PublicApi.MaxUrlLength, Pattern = "^https?://")]
public sealed record ApiIndexLinks(
    string Self, string Films, string Film, string People, string Person, string Genres, string Countries, string Search,
    string Document, string Find, string Export, string Changes, string OpenApi, string SwaggerUi, string HealthLive, string HealthReady);

public static class IndexApi
{
    public const string Name = "Documentary Catalogue API";

    /// <summary><c>/</c> and <c>/v1</c> both answer the index (the root for a first curl, /v1 for clients of this version).</summary>
    public static void MapIndexApi(this IEndpointRouteBuilder app, IEndpointRouteBuilder v1)
    {
        app.MapGet("/", Index).ExcludeFromDescription();
        v1.MapGet("", Index)
            .WithTags("Index").WithName("GetIndex").WithSummary("The index of the API")
            .WithDescription("Absolute links to every resource, the OpenAPI document, Swagger UI and the health checks.");
    }

    private static Ok<ApiIndex> Index(HttpContext http)
    {
        string Url(string path) => UriHelper.BuildAbsolute(http.Request.Scheme, http.Request.Host, http.Request.PathBase, path);
        var v1 = PublicApi.Prefix;
        return TypedResults.Ok(new ApiIndex(Name, PublicApi.Version, new ApiIndexLinks(
            Url(v1), Url(PublicApi.Films), Url(PublicApi.Films) + "/{id}", Url(PublicApi.People), Url(PublicApi.People) + "/{id}",
            Url($"{v1}/genres"), Url($"{v1}/countries"), Url($"{v1}/search"), Url($"{v1}/documents") + "/{id}", Url($"{v1}/find"),
            Url($"{v1}/export/films"), Url(PublicApi.Changes), Url(ApiDocumentation.DocumentPath), Url(ApiDocumentation.RoutePrefix),
            Url("/health/live"), Url("/health/ready"))));
    }
}
