using System.ComponentModel;
using Catalogue.Api.Films;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation.Facts;

public sealed record AwardRequest(
    [property: Description("The festival or ceremony, e.g. Sundance Film Festival.")] string? Event,
    [property: Description("The prize or category.")] string? Category,
    [property: Description("won, nominated, shortlisted or qualified.")] [property: Infrastructure.OpenApi.OneOf(typeof(AwardOutcomes), nameof(AwardOutcomes.All))] string? Outcome,
    [property: Description("The year of the award, 1870 to next year.")] [property: FilmYear] int? Year);

public sealed class AwardRequestValidator : AbstractValidator<AwardRequest>
{
    private const string EventMessage = "event is required, at most 200 characters.";
    private const string CategoryMessage = "category is required, at most 300 characters.";
    private static readonly string OutcomeMessage = $"outcome must be one of: {string.Join(", ", AwardOutcomes.All)}.";

    public AwardRequestValidator()
    {
        RuleFor(a => a.Event).NotEmpty().WithMessage(EventMessage).MaximumLength(200).WithMessage(EventMessage);
        RuleFor(a => a.Category).NotEmpty().WithMessage(CategoryMessage).MaximumLength(300).WithMessage(CategoryMessage);
        // NotNull first (and alone when it fails), so the member is documented as required; the message is the same.
        RuleFor(a => a.Outcome).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(OutcomeMessage)
            .Must(o => AwardOutcomes.All.Contains(o!)).WithMessage(OutcomeMessage);
        RuleFor(a => a.Year).Must(CurationRules.IsFilmYear).WithMessage(_ => CurationRules.YearMessage);
    }
}

public sealed class AwardCuration : FactCuration<Award, AwardRequest>
{
    public override string Kind => FactKinds.Award;
    public override string Segment => "awards";
    public override string Noun => "Award";
    public override Type EntryType => typeof(AwardEntry);

    public override long IdOf(Award fact) => fact.Id;
    public override string KeyOf(Award fact) => FactKeys.Award(fact.Event, fact.Category, fact.Outcome);
    public override AwardRequest ToRequest(Award fact) => new(fact.Event, fact.Category, fact.Outcome, fact.Year);

    public override Task<Award?> FindAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        db.Awards.SingleOrDefaultAsync(a => a.FilmId == filmId && a.Id == factId, cancellationToken);

    public override Award Add(CuratedWrite write) =>
        write.Db.Awards.Add(new Award { FilmId = write.Film.Id, Event = "", Category = "", Outcome = "" }).Entity;

    public override Task<IResult?> ApplyAsync(CuratedWrite write, Award fact, AwardRequest request, CancellationToken cancellationToken)
    {
        fact.Event = request.Event!.Trim();
        fact.Category = request.Category!.Trim();
        fact.Outcome = request.Outcome!;
        fact.Year = request.Year;
        return Task.FromResult<IResult?>(null);
    }

    public override void Remove(CuratedWrite write, Award fact) => write.Db.Awards.Remove(fact);

    public override async Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        (await FilmSubResources.AwardsAsync(db, filmId, cancellationToken)).FirstOrDefault(a => a.Id == factId);
}
