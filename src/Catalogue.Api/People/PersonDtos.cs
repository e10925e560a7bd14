using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data.Entities;

namespace Catalogue.Api.People;

[StoredAs(typeof(Person))]
public sealed record PersonSummary(
    long Id, string Slug, string Name, [property: StoredAs(typeof(PersonAlias), nameof(PersonAlias.Alias))] IReadOnlyList<string> Aliases, int CreditCount);

[StoredAs(typeof(Person))]
public sealed record PersonDetail(
    long Id, string Slug, string Name, [property: StoredAs(typeof(PersonAlias), nameof(PersonAlias.Alias))] IReadOnlyList<string> Aliases,
    IReadOnlyList<PersonCredit> Credits);

/// <summary>One of a person's credits, with the film it is on.</summary>
[StoredAs(typeof(Credit))]
public sealed record PersonCredit(
    long CreditId, [property: OneOf(typeof(CreditRoles), nameof(CreditRoles.All))] string Role, string? Description, int? BillingOrder, long FilmId, [property: StoredAs(typeof(Film), nameof(Film.Slug))] string FilmSlug,
    [property: StoredAs(typeof(Film), nameof(Film.Title))] string FilmTitle, int? FilmYear);

/// <summary>A person's own columns and their name-search score (0 without q), what a page is cut from.</summary>
public sealed record ScoredPerson(long Id, string Slug, string Name, float Score);

public sealed class PersonRow
{
    public required Catalogue.Data.Entities.Person Person { get; init; }
    public float Score { get; init; }
}
