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

/// <summary>
/// A query's cursor parameter, decoded once: the validator that checks it and the handler that pages with it are
/// given the same query object, so they share the decoding.
/// </summary>
public sealed class CursorParameter(string? text)
{
    private readonly Lazy<(bool WellFormed, Cursor? Value)> decoded =
        new(() => text is null ? (true, null) : (Cursor.TryDecode(text, out var cursor), cursor), LazyThreadSafetyMode.None);

    /// <summary>Absent, or a cursor this API made (for some ordering).</summary>
    public bool IsWellFormed => decoded.Value.WellFormed;

    /// <summary>Where to resume; null without a cursor (or with a malformed one, which validation has refused).</summary>
    public Cursor? Value => decoded.Value.Value;

    /// <summary>Absent, or a cursor this API made that <paramref name="accepts"/> (the ordering the list is walked in).</summary>
    public bool IsAbsentOr(Func<Cursor, bool> accepts) => IsWellFormed && (Value is null || accepts(Value));
}
