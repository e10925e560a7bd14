namespace Catalogue.Data.Entities;

public class ApiKey
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the key, shown in listings so an operator can tell keys apart.</summary>
    public required string Prefix { get; set; }
    /// <summary>SHA-256 of the whole key, hex; the key itself is never stored.</summary>
    public required string KeyHash { get; set; }
    public string[] Scopes { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
