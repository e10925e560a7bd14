namespace Catalogue.Data.Entities;

/// <summary>One version's running time; a film may have several (listing, theatrical, streaming...).</summary>
public class Runtime
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public int Minutes { get; set; }
    /// <summary>One of <see cref="RuntimeVersions.All"/>.</summary>
    public required string Version { get; set; }
    public string? Platform { get; set; }
}

public static class RuntimeVersions
{
    public const string Theatrical = "theatrical";
    public const string Festival = "festival";
    public const string Broadcast = "broadcast";
    public const string Streaming = "streaming";
    public const string Listing = "listing";

    /// <summary>Most authoritative first: the primary runtime is the first version present here.</summary>
    public static readonly IReadOnlyList<string> All = [Theatrical, Festival, Broadcast, Streaming, Listing];
}
