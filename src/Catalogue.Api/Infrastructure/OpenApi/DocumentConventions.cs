using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>Describes the tags the operations are grouped by.</summary>
public sealed class TagDescriptionsDocumentFilter : IDocumentFilter
{
    private static readonly Dictionary<string, string> Descriptions = new()
    {
        ["Films"] = "Discovery, whole films and their sub-resources.",
        ["People"] = "Directors, crew and subjects, with their credits.",
        ["Classification"] = "Genres and countries, with film counts.",
        ["Search"] = "One search box across films, people and review excerpts.",
        ["Documents"] = "Source documents, to follow provenance.",
    };

    public void Apply(OpenApiDocument document, DocumentFilterContext context) =>
        document.Tags = new HashSet<OpenApiTag>(Descriptions.Select(d => new OpenApiTag { Name = d.Key, Description = d.Value }));
}
