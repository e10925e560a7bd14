using Catalogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

/// <summary>The whole catalogue as sorted lines, to compare two states. With ids, for "nothing changed" checks.</summary>
public static class CatalogueSnapshot
{
    public static async Task<List<string>> TakeAsync(CatalogueDbContext db, bool withIds)
    {
        string Id(long id) => withIds ? $"#{id} " : "";
        var lines = new List<string>();
        lines.AddRange(await db.Films.Select(f => new { f.Id, f.Slug, f.Title, f.Year, f.Synopsis, f.ViewCount, f.PrimaryRuntimeMinutes, f.AverageRating }).AsAsyncEnumerable()
            .Select(f => $"film {Id(f.Id)}{f.Slug} '{f.Title}' {f.Year} views={f.ViewCount} runtime={f.PrimaryRuntimeMinutes} rating={f.AverageRating} synopsis={f.Synopsis?.Length}").ToListAsync());
        lines.AddRange(await db.FilmTitles.Select(t => new { t.Id, t.Film.Slug, t.Title, t.Kind }).AsAsyncEnumerable()
            .Select(t => $"title {Id(t.Id)}{t.Slug} '{t.Title}' {t.Kind}").ToListAsync());
        lines.AddRange(await db.People.Select(p => new { p.Id, p.Slug, p.Name }).AsAsyncEnumerable()
            .Select(p => $"person {Id(p.Id)}{p.Slug} '{p.Name}'").ToListAsync());
        lines.AddRange(await db.PersonAliases.Select(a => new { a.Id, a.Person.Slug, a.Alias }).AsAsyncEnumerable()
            .Select(a => $"alias {Id(a.Id)}{a.Slug} '{a.Alias}'").ToListAsync());
        lines.AddRange(await db.Credits.Select(c => new { c.Id, Film = c.Film.Slug, Person = c.Person.Slug, c.Role, c.Description }).AsAsyncEnumerable()
            .Select(c => $"credit {Id(c.Id)}{c.Film} {c.Person} {c.Role} '{c.Description}'").ToListAsync());
        lines.AddRange(await db.Runtimes.Select(r => new { r.Id, r.Film.Slug, r.Minutes, r.Version, r.Platform }).AsAsyncEnumerable()
            .Select(r => $"runtime {Id(r.Id)}{r.Slug} {r.Minutes} {r.Version} {r.Platform}").ToListAsync());
        lines.AddRange(await db.Ratings.Select(r => new { r.Id, r.Film.Slug, r.Source, r.RawValue, r.Normalized }).AsAsyncEnumerable()
            .Select(r => $"rating {Id(r.Id)}{r.Slug} {r.Source} {r.RawValue} {r.Normalized}").ToListAsync());
        lines.AddRange(await db.FilmGenres.Select(g => new { g.Id, g.Film.Slug, g.Genre.Name }).AsAsyncEnumerable()
            .Select(g => $"genre {Id(g.Id)}{g.Slug} {g.Name}").ToListAsync());
        lines.AddRange(await db.FilmCountries.Select(c => new { c.Id, c.Film.Slug, c.CountryCode }).AsAsyncEnumerable()
            .Select(c => $"country {Id(c.Id)}{c.Slug} {c.CountryCode}").ToListAsync());
        lines.AddRange(await db.Awards.Select(a => new { a.Id, a.Film.Slug, a.Event, a.Category, a.Outcome }).AsAsyncEnumerable()
            .Select(a => $"award {Id(a.Id)}{a.Slug} {a.Event} / {a.Category} / {a.Outcome}").ToListAsync());
        lines.AddRange(await db.FilmCompanies.Select(c => new { c.Id, c.Film.Slug, c.Company.Name, c.Role }).AsAsyncEnumerable()
            .Select(c => $"company {Id(c.Id)}{c.Slug} {c.Name} {c.Role}").ToListAsync());
        lines.AddRange(await db.ReviewExcerpts.Select(e => new { e.Id, e.Review.Film.Slug, e.Review.Document!.FileName, e.Position, e.Text, e.Sentiment }).AsAsyncEnumerable()
            .Select(e => $"excerpt {Id(e.Id)}{e.Slug} {e.FileName} {e.Position} {e.Sentiment} '{e.Text}'").ToListAsync());
        lines.AddRange(await db.FactSources.Select(s => new { s.Id, s.FactKind, s.Document!.FileName, s.Quote, s.Rule }).AsAsyncEnumerable()
            .Select(s => $"source {Id(s.Id)}{s.FactKind} {s.FileName} '{s.Quote}' {s.Rule}").ToListAsync());
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
