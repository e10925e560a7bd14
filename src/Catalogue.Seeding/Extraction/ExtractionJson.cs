using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Seeding.Extraction;

/// <summary>What a document yielded, as stored beside it, so the loader never reads a document again inside a transaction.</summary>
public static class ExtractionJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(ExtractedDocument document) => JsonSerializer.Serialize(document, Options);

    public static ExtractedDocument? Read(string? json) => json is null ? null : JsonSerializer.Deserialize<ExtractedDocument>(json, Options);
}
