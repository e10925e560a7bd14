using Catalogue.Api.Infrastructure;
using Catalogue.Api.Search;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

/// <summary>Turns a validated <see cref="FilmListQuery"/> into the filtered rows; each filter has an index behind it.</summary>
public static class FilmListing
{
    public static IQueryable<FilmListRow> Rows(CatalogueDbContext db, FilmListQuery query)
    {
        var films = Filter(db.Films.AsNoTracking(), query);
        return query.Q is { } q
            ? films.Join(TrigramSearch.FilmTitles(db, q), f => f.Id, m => m.OwnerId, (f, m) => new FilmListRow { Film = f, Score = m.Score })
            : films.Select(f => new FilmListRow { Film = f, Score = 0f });
    }

    private static IQueryable<Film> Filter(IQueryable<Film> films, FilmListQuery query)
    {
        // Genre and country are tests on the film's own row (GIN-indexed key arrays), with the value written into
        // the SQL rather than sent as a parameter: the planner then knows how many films it selects and either walks
        // the sort's index (documentary, US) or intersects the two indexes and sorts the few it finds (society, CA).
        // A parameter would get one plan for both, 10-30 times slower for one of them.
        if (query.Genre is { } genre)
        {
            var key = genre.Trim().ToLowerInvariant();
            films = films.Where(f => f.GenreKeys.Contains(EF.Constant(key)));
        }
        if (query.Country is { } country)
        {
            var code = country.Trim().ToUpperInvariant();
            var name = country.Trim().ToLowerInvariant();
            films = films.Where(f => f.CountryKeys.Contains(EF.Constant(code)) || f.CountryKeys.Contains(EF.Constant(name)));
        }
        var filter = query.Filter;
        if (filter.Year.Value is { } year) films = films.Where(f => f.Year == year);
        if (filter.YearFrom.Value is { } from) films = films.Where(f => f.Year >= from);
        if (filter.YearTo.Value is { } to) films = films.Where(f => f.Year <= to);
        films = FilterRuntime(films, filter.RuntimeMin.Value, filter.RuntimeMax.Value);
        if (filter.MinRating.Value is { } minRating) films = films.Where(f => f.AverageRating >= minRating);
        films = FilterCredits(films, query.Person, query.Role);
        films = FilterExternalId(films, ExternalIdSources.Imdb, query.Imdb);
        films = FilterExternalId(films, ExternalIdSources.Wikidata, query.Wikidata);
        films = FilterExternalId(films, ExternalIdSources.Tmdb, query.Tmdb);
        if (query.Language is { } language)
        {
            var code = language.Trim().ToLowerInvariant();
            films = films.Where(f => f.Languages.Any(l => l.LanguageCode == code));
        }
        if (filter.IdParts is not null)
        {
            var (ids, slugs) = filter.SplitIds();
            films = films.Where(f => ids.Contains(f.Id) || slugs.Contains(f.Slug));
        }
        return films;
    }

    private static IQueryable<Film> FilterExternalId(IQueryable<Film> films, string source, string? value) =>
        value is null ? films : films.Where(f => f.ExternalIds.Any(e => e.Source == source && e.Value == value));

    // One runtime must satisfy both bounds: a film with a 40-minute cut and a 120-minute cut is not "60 to 90". The
    // film's shortest and longest runtimes are trailing keys of the runtime sort's index: the sort walks the index and
    // skips, inside it, every film whose runtimes all lie outside the range, and probes runtimes only for the rest.
    private static IQueryable<Film> FilterRuntime(IQueryable<Film> films, int? min, int? max) => (min, max) switch
    {
        ({ } lo, { } hi) => films.Where(f => f.ShortestRuntimeMinutes <= hi && f.LongestRuntimeMinutes >= lo
            && f.Runtimes.Any(r => r.Minutes >= lo && r.Minutes <= hi)),
        ({ } lo, null) => films.Where(f => f.LongestRuntimeMinutes >= lo),
        (null, { } hi) => films.Where(f => f.ShortestRuntimeMinutes <= hi),
        _ => films,
    };

    private static IQueryable<Film> FilterCredits(IQueryable<Film> films, string? person, string? role)
    {
        if (person is null)
            return role is null ? films : films.Where(f => f.Credits.Any(c => c.Role == role));
        var named = IdOrSlug.Parse(person);
        if (named.Id is { } personId)
            return role is null
                ? films.Where(f => f.Credits.Any(c => c.PersonId == personId))
                : films.Where(f => f.Credits.Any(c => c.PersonId == personId && c.Role == role));
        var slug = named.Slug;
        return role is null
            ? films.Where(f => f.Credits.Any(c => c.Person.Slug == slug))
            : films.Where(f => f.Credits.Any(c => c.Person.Slug == slug && c.Role == role));
    }
}
