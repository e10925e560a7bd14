using System.ComponentModel;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation.Facts;

public sealed record LanguageRequest(
    [property: Description("ISO 639-1 code, e.g. `ar`.")] [property: Infrastructure.OpenApi.Text(2, Pattern = "^[A-Za-z]{2}$")] string? Code,
    [property: Description("Whether the film was made in this language; default false (spoken, dubbed or subtitled).")] bool? Original);

public sealed class LanguageRequestValidator : AbstractValidator<LanguageRequest>
{
    private const string CodeMessage = "code must be an ISO 639-1 language code, e.g. en or ar.";

    public LanguageRequestValidator() =>
        // NotNull first (and alone when it fails), so the member is documented as required; the message is the same.
        RuleFor(l => l.Code).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(CodeMessage)
            .Matches("^[A-Za-z]{2}$").WithMessage(CodeMessage)
            .Must(c => Iso639.Find(c!) is not null).WithMessage(CodeMessage);
}

/// <summary>A language of the film, once per language.</summary>
public sealed class LanguageCuration : FactCuration<FilmLanguage, LanguageRequest>
{
    public override string Kind => FactKinds.Language;
    public override string Segment => "languages";
    public override string Noun => "Language";
    public override Type EntryType => typeof(LanguageEntry);

    public override long IdOf(FilmLanguage fact) => fact.Id;
    public override string KeyOf(FilmLanguage fact) => FactKeys.Language(fact.LanguageCode);
    public override LanguageRequest ToRequest(FilmLanguage fact) => new(fact.LanguageCode, fact.IsOriginal);

    public override Task<FilmLanguage?> FindAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        db.FilmLanguages.SingleOrDefaultAsync(l => l.FilmId == filmId && l.Id == factId, cancellationToken);

    public override FilmLanguage Add(CuratedWrite write) =>
        write.Db.FilmLanguages.Add(new FilmLanguage { FilmId = write.Film.Id, LanguageCode = "" }).Entity;

    public override async Task<IResult?> ApplyAsync(CuratedWrite write, FilmLanguage fact, LanguageRequest request, CancellationToken cancellationToken)
    {
        var code = Iso639.Find(request.Code!)!.Code;
        if (await write.Db.FilmLanguages.AnyAsync(l => l.FilmId == write.Film.Id && l.LanguageCode == code && l.Id != fact.Id, cancellationToken))
            return ApiProblems.Conflict($"The film already lists {code}: replace or patch that one instead.");
        fact.LanguageCode = code;
        fact.IsOriginal = request.Original ?? false;
        return null;
    }

    public override void Remove(CuratedWrite write, FilmLanguage fact) => write.Db.FilmLanguages.Remove(fact);

    public override async Task<object?> LoadEntryAsync(CatalogueDbContext db, long filmId, long factId, CancellationToken cancellationToken) =>
        await db.FilmLanguages.AsNoTracking().SingleOrDefaultAsync(l => l.FilmId == filmId && l.Id == factId, cancellationToken) is { } language
            ? FilmIdentities.ToEntry(language)
            : null;
}
