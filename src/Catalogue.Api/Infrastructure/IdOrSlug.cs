using System.Globalization;

namespace Catalogue.Api.Infrastructure;

/// <summary>A path or query value naming a resource by numeric id or by slug; slugs never start with a digit-only form.</summary>
public readonly record struct IdOrSlug(long? Id, string? Slug)
{
    public static IdOrSlug Parse(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new IdOrSlug(id, null)
            : new IdOrSlug(null, value.Trim().ToLowerInvariant());
}
