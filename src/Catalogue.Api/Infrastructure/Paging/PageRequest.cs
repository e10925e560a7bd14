using Catalogue.Api.Infrastructure.Validation;

namespace Catalogue.Api.Infrastructure.Paging;

/// <summary>
/// A cursor-paginated list's <c>limit</c> and <c>cursor</c>, parsed and decoded once: a query record holds one, so the
/// validator that checks them and the handler that pages with them share the work. Its values are only meaningful
/// once the query is validated.
/// </summary>
public sealed class PageRequest(string? limit, string? cursor)
{
    public Parsed<int> Limit { get; } = QueryRules.ParseInt(limit);

    /// <summary>Where to resume; see <see cref="CursorParameter"/>.</summary>
    public CursorParameter After { get; } = new(cursor);

    public int PageSize => Limit.Value ?? QueryRules.DefaultLimit;
}
