using System.Security.Cryptography;
using System.Text;

namespace Catalogue.Data;

/// <summary>
/// API keys are 32 random bytes, so a plain SHA-256 is enough to store them safely (no dictionary to attack,
/// and lookups stay one indexed equality); the key itself is shown once and never stored.
/// </summary>
public static class ApiKeyHashing
{
    public const string KeyPrefix = "cat_";
    public const string ExportScope = "export";
    public const string CurateScope = "curate";

    public static readonly IReadOnlyList<string> Scopes = [ExportScope, CurateScope];

    public static string NewKey() =>
        KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The part of a key shown in listings, enough to tell keys apart.</summary>
    public static string DisplayPrefix(string key) => key[..Math.Min(key.Length, 12)];
}
