using System.ComponentModel;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation.Facts;

public sealed record CreditRequest(
    [property: Description("An existing person's id; or give personName instead.")] long? PersonId,
    [property: Description("The person's name: an existing person of that exact name, or a new one.")] string? PersonName,
    [property: Description("director, co-director, cinematographer, producer, writer, editor, composer, subject or cast.")]
    [property: Infrastructure.OpenApi.OneOf(typeof(CreditRoles), nameof(CreditRoles.All))] string? Role,
    [property: Description("Free text, e.g. a civil-defence volunteer.")] string? Description,
    [property: Description("Position in the credits, 0 or more.")] int? BillingOrder);

public sealed class CreditRequestValidator : AbstractValidator<CreditRequest>
{
    public CreditRequestValidator()
    {
        RuleFor(c => c.PersonId).Must((c, id) => id is null ^ string.IsNullOrWhiteSpace(c.PersonName))
            .WithMessage("give either personId or personName, not both.");
        RuleFor(c => c.PersonName).MaximumLength(200).WithMessage("personName must be at most 200 characters.");
        // NotNull first (and alone when it fails), so the member is documented as required; the message is the same.
        var roleMessage = $"role must be one of: {string.Join(", ", CreditRoles.All)}.";
        RuleFor(c => c.Role).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(roleMessage)
            .Must(r => CreditRoles.All.Contains(r!)).WithMessage(roleMessage);
        RuleFor(c => c.Description).MaximumLength(500).WithMessage("description must be at most 500 characters.");
        RuleFor(c => c.BillingOrder).GreaterThanOrEqualTo(0).WithMessage("billingOrder must be 0 or more.");
    }
}

public sealed class CreditCuration : FactCuration<Credit, CreditRequest>
{
    public override string Kind => FactKinds.Credit;
    public override string Segment => "credits";
    public override string Noun => "Credit";
    public override Type EntryType => typeof(CreditEntry);

    public override long IdOf(Credit fact) => fact.Id;
    public override string KeyOf(Credit fact) => FactKeys.Credit(fact.Person.Name, fact.Role);
    public override CreditRequest ToRequest(Credit fact) => new(fact.PersonId, null, fact.Role, fact.Description, fact.BillingOrder);

    /// <summary>Documents name a person in several spellings; each must stay suppressed, not only the current name.</summary>
    public override IEnumerable<string> SuppressionKeysOf(Credit fact) =>
        fact.Person.Aliases.Select(a => a.Alias).Append(fact.Person.Name).Distinct().Select(name => FactKeys.Credit(name, fact.Role));

    /// <summary>A patch naming a person by name replaces the person, so the current person's id no longer applies.</summary>
    public override CreditRequest AfterMerge(Credit fact, CreditRequest merged, System.Text.Json.JsonElement patch) =>
        patch.TryGetProperty("personName", out var name) && name.ValueKind == System.Text.Json.JsonValueKind.String && !patch.TryGetProperty("personId", out _)
            ? merged with { PersonId = null }
            : merged;

    public override Task<Credit?> FindAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        db.Credits.Include(c => c.Person).ThenInclude(p => p.Aliases).SingleOrDefaultAsync(c => c.FilmId == filmId && c.Id == factId, cancellationToken);

    public override Credit Add(CuratedWrite write) =>
        write.Db.Credits.Add(new Credit { FilmId = write.Film.Id, Role = "" }).Entity;

    public override async Task<IResult?> ApplyAsync(CuratedWrite write, Credit fact, CreditRequest request, CancellationToken cancellationToken)
    {
        var person = request.PersonId is { } personId
            ? await write.Db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
            : await FindOrCreatePersonAsync(write, request.PersonName!.Trim(), cancellationToken);
        if (person is null)
            return RequestValidation.Problem([new FluentValidation.Results.ValidationFailure("personId", $"no person has id {request.PersonId}.")]);

        if (fact.Person is { } previous && previous != person) write.TouchPerson(previous);
        write.TouchPerson(person);
        fact.Person = person;
        fact.Role = request.Role!;
        fact.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        fact.BillingOrder = request.BillingOrder;
        return null;
    }

    public override void Remove(CuratedWrite write, Credit fact)
    {
        write.TouchPerson(fact.Person);
        write.Db.Credits.Remove(fact);
    }

    public override async Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        (await FilmSubResources.CreditsAsync(db, filmId, cancellationToken)).FirstOrDefault(c => c.Id == factId);

    /// <summary>A person already known by exactly this name (case aside), or a new one whose name the curator vouches for.</summary>
    private static async Task<Person> FindOrCreatePersonAsync(CuratedWrite write, string name, CancellationToken cancellationToken)
    {
        var db = write.Db;
        var lowered = name.ToLowerInvariant();
        var existing = await db.People.Where(p => p.Name.ToLower() == lowered).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null) return existing;

        var person = await PersonCatalogue.AddAsync(db, name, write.Now, cancellationToken);
        var alias = db.PersonAliases.Add(new PersonAlias { Person = person, Alias = name }).Entity;
        write.Cite(FactKinds.PersonAlias, () => alias.Id);
        write.TouchPerson(person, created: true);
        return person;
    }
}
