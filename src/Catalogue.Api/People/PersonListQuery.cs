using System.ComponentModel;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Infrastructure.Validation;
using FluentValidation;

namespace Catalogue.Api.People;

public sealed record PersonListQuery(
    [property: Description("Name search over names and aliases, accent- and typo-tolerant; results come best match first. Without q, people are listed by name.")]
    [property: Infrastructure.OpenApi.Text(QueryRules.MaxSearchLength)] string? Q,
    [property: Description("Page size, 1-100; default 20.")] [property: Infrastructure.OpenApi.WholeNumber(1, 100)] string? Limit,
    [property: Description("The nextCursor of the previous page, as given.")] [property: Infrastructure.OpenApi.Text(Infrastructure.Paging.Cursor.MaxLength)] string? Cursor)
{
    private PageRequest? page;

    /// <summary>The limit and cursor, parsed and decoded once for the validator and the handler.</summary>
    public PageRequest Page => page ??= new PageRequest(Limit, Cursor);
}

public sealed class PersonListQueryValidator : AbstractValidator<PersonListQuery>
{
    public PersonListQueryValidator()
    {
        RuleFor(q => q.Q).MustBeSearchText();
        RuleFor(q => q.Limit).MustBeLimit(q => q.Page.Limit);
        RuleFor(q => q.Cursor)
            .Must((query, _) => query.Page.After.IsAbsentOr(PersonSorts.For(query).IsValidCursor))
            .WithMessage("cursor is malformed or was made for a different search; pass nextCursor back unchanged.");
    }
}
