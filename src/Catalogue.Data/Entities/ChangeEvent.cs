namespace Catalogue.Data.Entities;

/// <summary>One committed create, update or delete of a film or person, in commit order.</summary>
public class ChangeEvent
{
    /// <summary>Monotonic sequence number; writers serialise on an advisory lock so it follows commit order.</summary>
    public long Sequence { get; set; }
    /// <summary>film or person.</summary>
    public required string EntityType { get; set; }
    public long EntityId { get; set; }
    public required string EntitySlug { get; set; }
    /// <summary>created, updated or deleted.</summary>
    public required string Operation { get; set; }
    public DateTimeOffset CommittedAt { get; set; }
}
