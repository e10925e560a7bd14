namespace Catalogue.Api.People;

public sealed record PersonSummary(long Id, string Slug, string Name, IReadOnlyList<string> Aliases, int CreditCount);

public sealed record PersonDetail(long Id, string Slug, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<PersonCredit> Credits);

/// <summary>One of a person's credits, with the film it is on.</summary>
public sealed record PersonCredit(long CreditId, string Role, string? Description, int? BillingOrder, long FilmId, string FilmSlug, string FilmTitle, int? FilmYear);

/// <summary>A person's own columns and their name-search score (0 without q), what a page is cut from.</summary>
public sealed record ScoredPerson(long Id, string Slug, string Name, float Score);

public sealed class PersonRow
{
    public required Catalogue.Data.Entities.Person Person { get; init; }
    public float Score { get; init; }
}
