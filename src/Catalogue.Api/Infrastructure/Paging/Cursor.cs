using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Api.Infrastructure.Paging;

/// <summary>
/// Where the next page starts: the last row's sort key and id, under the sort it was made for. Rows whose key is
/// null come after all others in both directions, so a cursor also says whether the walk has reached them.
/// Opaque to clients: base64url of a small JSON object.
/// </summary>
public sealed record Cursor(
    [property: JsonPropertyName("s")] string Sort,
    [property: JsonPropertyName("k")] string? Key,
    [property: JsonPropertyName("i")] long Id,
    [property: JsonPropertyName("n")] bool InNulls)
{
    /// <summary>The longest cursor accepted (the document's maxLength for every page cursor).</summary>
    public const int MaxLength = 2048;

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static bool TryDecode(string? text, out Cursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength) return false;
        try
        {
            cursor = JsonSerializer.Deserialize<Cursor>(Base64Url.DecodeFromChars(text));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
        return cursor is { Sort: not null, Id: > 0 } && (cursor.InNulls ? cursor.Key is null : cursor.Key is not null);
    }
}
