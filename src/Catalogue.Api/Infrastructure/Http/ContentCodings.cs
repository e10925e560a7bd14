using System.IO.Compression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// The content codings the API answers in (RFC 9110 section 8.4): br, then gzip, when the client's Accept-Encoding
/// takes them. Bodies are compressed whole after they are buffered, so each coding has its own bytes and ETag.
/// </summary>
public static class ContentCodings
{
    public const string Brotli = "br";
    public const string Gzip = "gzip";

    /// <summary>In order of preference when the client weighs them equally.</summary>
    public static readonly IReadOnlyList<string> All = [Brotli, Gzip];

    /// <summary>The coding to answer in, or null for the body as it is.</summary>
    public static string? Choose(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var offers)) return null;
        double Weight(string coding) =>
            offers.Where(o => o.Value.Equals(coding, StringComparison.OrdinalIgnoreCase)).Select(o => o.Quality ?? 1).DefaultIfEmpty(
                offers.Where(o => o.Value.Equals("*", StringComparison.Ordinal)).Select(o => o.Quality ?? 1).DefaultIfEmpty(0).Max()).Max();
        // The first of the heaviest; none when the client takes neither (Accept-Encoding: identity).
        string? best = null;
        var top = 0d;
        foreach (var coding in All)
            if (Weight(coding) is var weight && weight > top) (best, top) = (coding, weight);
        return best;
    }

    // Quality 4 (Optimal) for br and level 6 for gzip: most of the size gain of the highest levels at a fraction of the
    // CPU; bench/README.md has the cost per request.
    public static byte[] Compress(ReadOnlySpan<byte> body, string coding)
    {
        using var output = new MemoryStream(body.Length / 4 + 64);
        using (Stream compressor = coding == Brotli
                   ? new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true)
                   : new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
            compressor.Write(body);
        return output.ToArray();
    }
}
