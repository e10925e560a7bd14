using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>Describes the tags the operations are grouped by.</summary>
public sealed class TagDescriptionsDocumentFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Index"] = "Where to start: links to every resource, the documentation and health.",
        ["Films"] = "Discovery, whole films and their sub-resources.",
        ["People"] = "Directors, crew and subjects, with their credits.",
        ["Classification"] = "Genres and countries, with film counts.",
        ["Search"] = "One search box across films, people and review excerpts.",
        ["Documents"] = "Source documents, to follow provenance.",
        ["Partners"] = "Bulk export and the change feed, to take a snapshot and stay in sync (API key with the export scope).",
        ["Curation"] = "Corrections to films and their facts (API key with the curate scope); If-Match with the film's ETag on every write.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context) =>
        document.Tags = new HashSet<OpenApiTag>(Descriptions.Select(d => new OpenApiTag { Name = d.Key, Description = d.Value }));
}
