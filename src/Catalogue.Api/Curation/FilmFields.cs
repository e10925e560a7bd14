using System.ComponentModel;
using Catalogue.Data;
using Catalogue.Data.Entities;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation;

/// <summary>A film's own fields as a curator states them.</summary>
public sealed record FilmRequest(
    [property: Description("The title, 1 to 300 characters.")] string? Title,
    [property: Description("Year of first release, 1870 to next year.")] [property: FilmYear] int? Year,
    [property: Description("A synopsis, up to 20,000 characters.")] string? Synopsis,
    [property: Description("Genre names, e.g. Documentary; replaces the film's genres. At most 50.")]
    [property: System.ComponentModel.DataAnnotations.MaxLength(FilmRequest.MaxGenres)] IReadOnlyList<string>? Genres,
    [property: Description("ISO 3166-1 alpha-2 country codes, e.g. SY; replaces the film's countries. At most 50.")]
    [property: System.ComponentModel.DataAnnotations.MaxLength(FilmRequest.MaxCountries)]
    [property: Infrastructure.OpenApi.Text(2, Pattern = "^[A-Za-z]{2}$")] IReadOnlyList<string>? Countries)
{
    public const int MaxGenres = 50;
    public const int MaxCountries = 50;
}

public sealed class FilmRequestValidator : AbstractValidator<FilmRequest>
{
    private const string GenreMessage = "each genre must be 1 to 100 characters.";

    public FilmRequestValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("title is required.")
            .MaximumLength(300).WithMessage("title must be at most 300 characters.");
        RuleFor(f => f.Year).Must(CurationRules.IsFilmYear).WithMessage(_ => CurationRules.YearMessage);
        RuleFor(f => f.Synopsis).MaximumLength(20_000).WithMessage("synopsis must be at most 20,000 characters.");
        RuleFor(f => f.Genres).Must(g => g is null || g.Count <= FilmRequest.MaxGenres).WithMessage($"genres may list at most {FilmRequest.MaxGenres}.");
        RuleFor(f => f.Countries).Must(c => c is null || c.Count <= FilmRequest.MaxCountries).WithMessage($"countries may list at most {FilmRequest.MaxCountries}.");
        RuleForEach(f => f.Genres).NotEmpty().WithMessage(GenreMessage).MaximumLength(100).WithMessage(GenreMessage);
        RuleForEach(f => f.Countries).Must(code => code is { Length: 2 } && Iso3166.IsCode(code))
            .WithMessage("'{PropertyValue}' is not an ISO 3166-1 alpha-2 country code (e.g. SY, DK).");
    }
}

/// <summary>Applies the fields a curator stated to a film, citing the curator for each and superseding the documents.</summary>
public static class FilmFields
{
    public const string Title = "title", Year = "year", Synopsis = "synopsis", Genres = "genres", Countries = "countries";
    public static readonly IReadOnlySet<string> All = new HashSet<string> { Title, Year, Synopsis, Genres, Countries };

    public static FilmRequest Of(Film film, IEnumerable<string> genres, IEnumerable<string> countries) =>
        new(film.Title, film.Year, film.Synopsis, genres.ToList(), countries.ToList());

    public static async Task ApplyAsync(CuratedWrite write, FilmRequest request, IReadOnlySet<string> stated, CancellationToken cancellationToken)
    {
        var film = write.Film;
        if (stated.Contains(Title))
        {
            if (NameKeys.Key(request.Title!) != NameKeys.Key(film.Title))
                await KeepPreviousTitleAsync(write, film.Title, cancellationToken);
            await ScalarAsync(write, FactKinds.FilmTitle, film.Title != request.Title, () => film.Title = request.Title!, cancellationToken);
        }
        if (stated.Contains(Year))
            await ScalarAsync(write, FactKinds.FilmYear, film.Year != request.Year, () => film.Year = request.Year, cancellationToken);
        if (stated.Contains(Synopsis))
            await ScalarAsync(write, FactKinds.FilmSynopsis, film.Synopsis != request.Synopsis, () => film.Synopsis = request.Synopsis, cancellationToken);
        if (stated.Contains(Genres)) await ReplaceGenresAsync(write, request.Genres ?? [], cancellationToken);
        if (stated.Contains(Countries)) await ReplaceCountriesAsync(write, request.Countries ?? [], cancellationToken);
    }

    /// <summary>A curated field is the curator's from now on: documents that said otherwise are no longer cited for it.</summary>
    private static async Task ScalarAsync(CuratedWrite write, string kind, bool changed, Action set, CancellationToken cancellationToken)
    {
        if (changed)
        {
            set();
            // Title citations also say which documents talk about the film; they stay.
            if (kind != FactKinds.FilmTitle) await write.DropDocumentCitationsAsync(kind, write.Film.Id, cancellationToken);
        }
        write.Cite(kind, () => write.Film.Id);
    }

    /// <summary>Documents still use the old title: keeping it as an alternate title lets re-seeding find the film.</summary>
    private static async Task KeepPreviousTitleAsync(CuratedWrite write, string previous, CancellationToken cancellationToken)
    {
        var titles = await write.Db.FilmTitles.Where(t => t.FilmId == write.Film.Id).ToListAsync(cancellationToken);
        if (titles.Any(t => NameKeys.Key(t.Title) == NameKeys.Key(previous))) return;
        var title = write.Db.FilmTitles.Add(new FilmTitle { FilmId = write.Film.Id, Title = previous, Kind = "previous" }).Entity;
        write.Cite(FactKinds.AlternateTitle, () => title.Id);
    }

    private static async Task ReplaceGenresAsync(CuratedWrite write, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        var db = write.Db;
        var wanted = names.GroupBy(name => NameKeys.Slug(name)).ToDictionary(g => g.Key, g => g.First().Trim());
        var current = await db.FilmGenres.Include(g => g.Genre).Where(g => g.FilmId == write.Film.Id).ToListAsync(cancellationToken);
        foreach (var row in current.Where(g => !wanted.ContainsKey(g.Genre.Slug)))
        {
            await write.DropAllCitationsAsync(FactKinds.Genre, row.Id, cancellationToken);
            await write.SuppressAsync(FactKinds.Genre, FactKeys.Genre(row.Genre.Name), cancellationToken);
            db.FilmGenres.Remove(row);
        }
        foreach (var (slug, name) in wanted)
        {
            var row = current.FirstOrDefault(g => g.Genre.Slug == slug);
            if (row is null)
            {
                var genre = await GenreCatalogue.FindOrAddAsync(db, name, cancellationToken);
                row = db.FilmGenres.Add(new FilmGenre { FilmId = write.Film.Id, Genre = genre }).Entity;
            }
            var cited = row;
            write.Cite(FactKinds.Genre, () => cited.Id);
        }
    }

    private static async Task ReplaceCountriesAsync(CuratedWrite write, IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        var db = write.Db;
        var wanted = codes.Select(c => c.ToUpperInvariant()).ToHashSet();
        var current = await db.FilmCountries.Where(c => c.FilmId == write.Film.Id).ToListAsync(cancellationToken);
        foreach (var row in current.Where(c => !wanted.Contains(c.CountryCode)))
        {
            await write.DropAllCitationsAsync(FactKinds.Country, row.Id, cancellationToken);
            await write.SuppressAsync(FactKinds.Country, FactKeys.Country(row.CountryCode), cancellationToken);
            db.FilmCountries.Remove(row);
        }
        foreach (var code in wanted)
        {
            var row = current.FirstOrDefault(c => c.CountryCode == code)
                ?? db.FilmCountries.Add(new FilmCountry { FilmId = write.Film.Id, CountryCode = code }).Entity;
            write.Cite(FactKinds.Country, () => row.Id);
        }
    }
}

/// <summary>A film's or an award's year, as <see cref="CurationRules.IsFilmYear"/> accepts it: 1870 to next year.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FilmYearAttribute : Attribute, Infrastructure.OpenApi.IWholeNumberBounds
{
    public long Minimum => CurationRules.FirstFilmYear;
    public long Maximum => CurationRules.LastFilmYear;
}

/// <summary>Rules several curation requests share.</summary>
public static class CurationRules
{
    public const int FirstFilmYear = 1870;
    public static int LastFilmYear => DateTime.UtcNow.Year + 1;
    public static string YearMessage => $"year must be from {FirstFilmYear} to {LastFilmYear}.";

    public static bool IsFilmYear(int? year) => year is null || (year >= FirstFilmYear && year <= LastFilmYear);
}
