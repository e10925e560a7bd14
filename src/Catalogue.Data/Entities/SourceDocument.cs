namespace Catalogue.Data.Entities;

/// <summary>A raw document the catalogue's facts were read from, kept whole so every span can be quoted.</summary>
public class SourceDocument
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public long SizeBytes { get; set; }
    public required string Text { get; set; }
    /// <summary>The shape the seeding job recognised (listing, labelled-review, prose-review, article, synopsis, unknown).</summary>
    public string? Shape { get; set; }
    /// <summary>
    /// What the extractor read from <see cref="Text"/>, as JSON, and which extractor version read it: the loader reuses it
    /// instead of reading the text again inside a transaction.
    /// </summary>
    public string? Extraction { get; set; }
    public string? ExtractorVersion { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
