using System.ComponentModel;
using Catalogue.Api.Films;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation.Facts;

public sealed record AlternateTitleRequest(
    [property: Description("The other title, 1 to 300 characters.")] string? Title,
    [property: Description("alternate (default), broadcast, working, variant or previous.")]
    [property: Infrastructure.OpenApi.OneOf(typeof(AlternateTitleRequestValidator), nameof(AlternateTitleRequestValidator.Kinds))] string? Kind);

public sealed class AlternateTitleRequestValidator : AbstractValidator<AlternateTitleRequest>
{
    public static readonly IReadOnlyList<string> Kinds = ["alternate", "broadcast", "working", "variant", "previous"];

    private const string TitleMessage = "title is required, at most 300 characters.";

    public AlternateTitleRequestValidator()
    {
        RuleFor(t => t.Title).NotEmpty().WithMessage(TitleMessage).MaximumLength(300).WithMessage(TitleMessage);
        RuleFor(t => t.Kind).Must(k => k is null || Kinds.Contains(k)).WithMessage($"kind must be one of: {string.Join(", ", Kinds)}.");
    }
}

public sealed class AlternateTitleCuration : FactCuration<FilmTitle, AlternateTitleRequest>
{
    public override string Kind => FactKinds.AlternateTitle;
    public override string Segment => "titles";
    public override string Noun => "Title";
    public override Type EntryType => typeof(AlternateTitleEntry);

    public override long IdOf(FilmTitle fact) => fact.Id;
    public override string KeyOf(FilmTitle fact) => FactKeys.AlternateTitle(fact.Title);
    public override AlternateTitleRequest ToRequest(FilmTitle fact) => new(fact.Title, fact.Kind);

    public override Task<FilmTitle?> FindAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        db.FilmTitles.SingleOrDefaultAsync(t => t.FilmId == filmId && t.Id == factId, cancellationToken);

    public override FilmTitle Add(CuratedWrite write) =>
        write.Db.FilmTitles.Add(new FilmTitle { FilmId = write.Film.Id, Title = "", Kind = "alternate" }).Entity;

    public override Task<IResult?> ApplyAsync(CuratedWrite write, FilmTitle fact, AlternateTitleRequest request, CancellationToken cancellationToken)
    {
        fact.Title = request.Title!.Trim();
        fact.Kind = request.Kind ?? "alternate";
        return Task.FromResult<IResult?>(null);
    }

    public override void Remove(CuratedWrite write, FilmTitle fact) => write.Db.FilmTitles.Remove(fact);

    public override async Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        await db.FilmTitles.AsNoTracking().Where(t => t.FilmId == filmId && t.Id == factId)
            .Select(t => new AlternateTitleEntry(t.Id, t.Title, t.Kind)).FirstOrDefaultAsync(cancellationToken);
}
