using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// Strong entity tags: the SHA-256 of a representation's exact bytes (so equal bodies share a tag), and for a
/// compressed representation that tag with its content coding appended (<c>"…hash….br"</c>), so each coding is its
/// own validator. A write's If-Match accepts the tag of any coding of the film's current representation.
/// </summary>
public static class EntityTags
{
    public static string For(ReadOnlySpan<byte> body) => $"\"{Base64Url.EncodeToString(SHA256.HashData(body))}\"";

    /// <summary>The tag of <paramref name="body"/> sent in <paramref name="coding"/> (null: as it is).</summary>
    public static string For(ReadOnlySpan<byte> body, string? coding) => coding is null ? For(body) : OfCoding(For(body), coding);

    /// <summary>The tag of a representation whose identity tag is <paramref name="etag"/>, sent in <paramref name="coding"/>.</summary>
    public static string OfCoding(string etag, string coding) => $"{etag[..^1]}.{coding}\"";

    /// <summary>If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x".</summary>
    public static bool MatchesWeakly(StringValues header, string etag) => Matches(header, etag, strong: false);

    /// <summary>If-Match uses the strong comparison (RFC 9110 13.1.1): a weak tag never matches.</summary>
    public static bool MatchesStrongly(StringValues header, string etag) => Matches(header, etag, strong: true);

    private static bool Matches(StringValues header, string etag, bool strong)
    {
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags)) return false;
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any)
            || (!(strong && tag.IsWeak) && (tag.Tag.Equals(etag, StringComparison.Ordinal)
                || (strong && ContentCodings.All.Any(coding => tag.Tag.Equals(OfCoding(etag, coding), StringComparison.Ordinal))))));
    }
}
