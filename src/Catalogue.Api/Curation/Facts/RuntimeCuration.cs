using System.ComponentModel;
using Catalogue.Api.Films;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation.Facts;

public sealed record RuntimeRequest(
    [property: Description("Running time in minutes, 1 to 1000.")] int? Minutes,
    [property: Description("theatrical, festival, broadcast, streaming or listing.")] [property: Infrastructure.OpenApi.OneOf(typeof(RuntimeVersions), nameof(RuntimeVersions.All))] string? Version,
    [property: Description("Where this version runs, e.g. Netflix.")] string? Platform);

public sealed class RuntimeRequestValidator : AbstractValidator<RuntimeRequest>
{
    private const string MinutesMessage = "minutes must be a whole number from 1 to 1000.";

    public RuntimeRequestValidator()
    {
        RuleFor(r => r.Minutes).NotNull().WithMessage(MinutesMessage).InclusiveBetween(1, 1000).WithMessage(MinutesMessage);
        // NotNull first (and alone when it fails), so the member is documented as required; the message is the same.
        var versionMessage = $"version must be one of: {string.Join(", ", RuntimeVersions.All)}.";
        RuleFor(r => r.Version).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(versionMessage)
            .Must(v => RuntimeVersions.All.Contains(v!)).WithMessage(versionMessage);
        RuleFor(r => r.Platform).MaximumLength(100).WithMessage("platform must be at most 100 characters.");
    }
}

public sealed class RuntimeCuration : FactCuration<Runtime, RuntimeRequest>
{
    public override string Kind => FactKinds.Runtime;
    public override string Segment => "runtimes";
    public override string Noun => "Runtime";
    public override Type EntryType => typeof(RuntimeEntry);

    public override long IdOf(Runtime fact) => fact.Id;
    public override string KeyOf(Runtime fact) => FactKeys.Runtime(fact.Minutes, fact.Version, fact.Platform);
    public override RuntimeRequest ToRequest(Runtime fact) => new(fact.Minutes, fact.Version, fact.Platform);

    public override Task<Runtime?> FindAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        db.Runtimes.SingleOrDefaultAsync(r => r.FilmId == filmId && r.Id == factId, cancellationToken);

    public override Runtime Add(CuratedWrite write) =>
        write.Db.Runtimes.Add(new Runtime { FilmId = write.Film.Id, Version = RuntimeVersions.Theatrical }).Entity;

    public override Task<IResult?> ApplyAsync(CuratedWrite write, Runtime fact, RuntimeRequest request, CancellationToken cancellationToken)
    {
        fact.Minutes = request.Minutes!.Value;
        fact.Version = request.Version!;
        fact.Platform = string.IsNullOrWhiteSpace(request.Platform) ? null : request.Platform.Trim();
        return Task.FromResult<IResult?>(null);
    }

    public override void Remove(CuratedWrite write, Runtime fact) => write.Db.Runtimes.Remove(fact);

    public override async Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        (await FilmSubResources.RuntimesAsync(db, filmId, cancellationToken)).FirstOrDefault(r => r.Id == factId);
}
