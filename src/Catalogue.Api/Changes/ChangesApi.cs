using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Changes;

public static class ChangesApi
{
    public static IEndpointRouteBuilder MapChangesApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/changes", ListChanges)
            .WithTags("Partners")
            .RequireAuthorization(CataloguePolicies.Export)
            .WithName("ListChanges").WithValidationExample("cursor", ChangeListQuery.CursorMessage)
            .WithSummary("The change feed")
            .WithDescription("Creates, updates and deletions of films and people in the order they were committed, numbered by a " +
                "strictly increasing sequence (not a clock), with no time window: start from the cursor a bulk export gave you " +
                "(Catalogue-Changes-Cursor) and follow nextCursor; refetch each created or updated entity from its href, drop each " +
                "deleted one. A change committed after you read a page always has a higher sequence than that page, so polling " +
                "with nextCursor misses nothing.");
        return v1;
    }

    private static async Task<Ok<ChangePage>> ListChanges(
        [AsParameters] ChangeListQuery query, CatalogueDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var after = query.AfterSequence;
        var rows = await db.ChangeEvents.AsNoTracking()
            .Where(c => c.Sequence > after)
            .OrderBy(c => c.Sequence)
            .Take(query.PageSize + 1)
            .Select(c => new { c.Sequence, c.EntityType, c.EntityId, c.EntitySlug, c.Operation, c.CommittedAt })
            .ToListAsync(cancellationToken);
        var items = rows.Take(query.PageSize)
            .Select(c => new ChangeEntry(c.Sequence, c.EntityType, c.EntityId, c.EntitySlug, c.Operation, c.CommittedAt, Href(c.EntityType, c.EntityId, c.Operation)))
            .ToList();
        var next = items.Count > 0 ? items[^1].Sequence : after;
        var hasMore = rows.Count > query.PageSize;
        if (hasMore) http.Response.Headers.Link = $"<{PublicApi.Changes}?cursor={next}&limit={query.PageSize}>; rel=\"next\"";
        // Partner data: not for shared caches, and always revalidated.
        http.Response.Headers.CacheControl = "private, no-cache";
        return TypedResults.Ok(new ChangePage(items, next.ToString(System.Globalization.CultureInfo.InvariantCulture), hasMore));
    }

    private static string? Href(string entityType, long id, string operation) =>
        operation == ChangeFeed.Operations.Deleted ? null
        : entityType == ChangeFeed.EntityTypes.Film ? $"{PublicApi.Films}/{id}"
        : $"{PublicApi.People}/{id}";
}
