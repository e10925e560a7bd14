using System.Text.Json;
using System.Text.Json.Nodes;

namespace Catalogue.Api.Curation;

/// <summary>
/// JSON Merge Patch (RFC 7396) over a request model: members present in the patch replace the current ones,
/// null clears one, absent members stay. The result is validated like a full replacement.
/// </summary>
public static class JsonMergePatch
{
    public static bool TryApply<T>(T current, JsonElement patch, JsonSerializerOptions options, out T? merged, out string? error)
    {
        merged = default;
        error = null;
        if (patch.ValueKind != JsonValueKind.Object)
        {
            error = "A merge patch is a JSON object naming the members to change.";
            return false;
        }
        var target = JsonSerializer.SerializeToNode(current, options)!.AsObject();
        foreach (var member in patch.EnumerateObject())
        {
            var name = target.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, member.Name, StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                error = $"'{member.Name}' is not a member of this resource.";
                return false;
            }
            target[name] = member.Value.ValueKind == JsonValueKind.Null ? null : JsonNode.Parse(member.Value.GetRawText());
        }
        try
        {
            merged = target.Deserialize<T>(options);
            return merged is not null;
        }
        catch (JsonException e)
        {
            error = $"The patch does not fit the resource: {e.Message}";
            return false;
        }
        catch (InvalidOperationException e)
        {
            // The reader's answer to a string it cannot represent, such as an unpaired surrogate escape ("\ud800").
            error = $"The patch holds a string that is not valid Unicode: {e.Message}";
            return false;
        }
    }
}
