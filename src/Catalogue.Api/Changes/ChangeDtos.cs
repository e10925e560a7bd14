using System.ComponentModel;
using System.Globalization;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data;
using FluentValidation;

namespace Catalogue.Api.Changes;

/// <summary>One committed create, update or delete of a film or person.</summary>
/// <param name="Sequence">Position in the feed: strictly increasing in commit order.</param>
/// <param name="Href">Where the entity's current state is, for created and updated entities.</param>
[Infrastructure.OpenApi.StoredAs(typeof(Catalogue.Data.Entities.ChangeEvent))]
public sealed record ChangeEntry(
    long Sequence, [property: Infrastructure.OpenApi.OneOf(typeof(ChangeFeed.EntityTypes), nameof(ChangeFeed.EntityTypes.All))] string EntityType, long Id,
    [property: Infrastructure.OpenApi.StoredAs(typeof(Catalogue.Data.Entities.ChangeEvent), "EntitySlug")] string Slug,
    [property: Infrastructure.OpenApi.OneOf(typeof(ChangeFeed.Operations), nameof(ChangeFeed.Operations.All))] string Operation, DateTimeOffset CommittedAt, [property: Infrastructure.OpenApi.Text(64, Pattern = "^(" + Infrastructure.PublicApi.Films + "|" + Infrastructure.PublicApi.People + ")/[0-9]+$")] string? Href);

/// <param name="NextCursor">Pass back as cursor to continue; when there is nothing new yet it is the cursor you sent, so poll with it.</param>
/// <param name="HasMore">Whether more changes are waiting right now.</param>
public sealed record ChangePage(
    [property: System.ComponentModel.DataAnnotations.MaxLength(ChangeListQuery.MaxLimit)] IReadOnlyList<ChangeEntry> Items,
    [property: Infrastructure.OpenApi.Text(ChangeListQuery.MaxCursorLength, Pattern = "^[0-9]+$")] string NextCursor, bool HasMore);

public sealed record ChangeListQuery(
    [property: Description("The sequence number to continue after: 0 (or absent) for the beginning, the export's Catalogue-Changes-Cursor, or a page's nextCursor.")]
    [property: Infrastructure.OpenApi.Text(ChangeListQuery.MaxCursorLength, Pattern = "^[0-9]+$")] string? Cursor,
    [property: Description("Changes per page, 1 to 1000 (default 100).")]
    [property: Infrastructure.OpenApi.WholeNumber(1, 1000)]
    string? Limit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    /// <summary>A sequence number's digits: the largest (a bigint) has 19.</summary>
    public const int MaxCursorLength = 19;
    public const string CursorMessage = "cursor must be a sequence number: a whole number, 0 or more.";

    private Parsed<long>? after;
    private Parsed<int>? parsedLimit;

    /// <summary>The cursor as a sequence number, parsed once for the validator and the handler.</summary>
    public Parsed<long> After => after ??= Cursor is null ? new(true, null)
        : Cursor.Length <= MaxCursorLength && long.TryParse(Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? new(true, sequence)
            : new(false, null);

    /// <summary>The sequence number to continue after: without a cursor, 0, the beginning of the feed.</summary>
    public long AfterSequence => After.Value ?? 0;

    /// <summary>The limit, parsed once for the validator and the handler.</summary>
    public Parsed<int> ParsedLimit => parsedLimit ??= QueryRules.ParseInt(Limit);

    public int PageSize => ParsedLimit.Value ?? DefaultLimit;
}

public sealed class ChangeListQueryValidator : AbstractValidator<ChangeListQuery>
{
    public ChangeListQueryValidator()
    {
        RuleFor(q => q.Cursor)
            .Must((query, _) => query.After.IsWellFormed)
            .WithMessage(ChangeListQuery.CursorMessage);
        RuleFor(q => q.Limit).MustBeWholeNumber(q => q.ParsedLimit, 1, ChangeListQuery.MaxLimit);
    }
}
