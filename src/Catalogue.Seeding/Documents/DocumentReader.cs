using System.Security.Cryptography;
using System.Text;

namespace Catalogue.Seeding.Documents;

/// <summary>A document file that passed the checks: decoded text and its fingerprint.</summary>
public sealed record DocumentFile(string FileName, string Sha256, long SizeBytes, string Text);

/// <summary>A file that cannot be a document, with the reason an operator can act on.</summary>
public sealed record RejectedFile(string FileName, string Reason);

public static class DocumentReader
{
    public const long MaxSizeBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The documents of a folder in file-name order (the order they are applied in).</summary>
    public static IEnumerable<string> ListFiles(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .Order(StringComparer.Ordinal);

    public static async Task<(DocumentFile? Document, RejectedFile? Rejected)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var fileName = Path.GetFileName(path);
        var size = new FileInfo(path).Length;
        if (size == 0) return Reject("the file is empty");
        if (size > MaxSizeBytes) return Reject($"the file is {size:N0} bytes, over the {MaxSizeBytes:N0}-byte limit");

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        if (Array.IndexOf(bytes, (byte)0) >= 0) return Reject("the file is binary (it contains NUL bytes)");

        string text;
        try
        {
            var preamble = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            text = StrictUtf8.GetString(bytes, preamble, bytes.Length - preamble);
        }
        catch (DecoderFallbackException e)
        {
            return Reject($"the file is not valid UTF-8 (bad byte at offset {e.Index})");
        }
        if (string.IsNullOrWhiteSpace(text)) return Reject("the file holds only white space");

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return (new DocumentFile(fileName, sha256, size, text), null);

        (DocumentFile?, RejectedFile?) Reject(string reason) => (null, new RejectedFile(fileName, reason));
    }
}
