using Catalogue.Api.Infrastructure;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

/// <summary>Loads a whole film: one query per collection (split query, so no cartesian blow-up), never per row.</summary>
public static class FilmDetailLoader
{
    public const string Unknown = "unknown";

    public static async Task<FilmDetail?> LoadAsync(CatalogueDbContext db, string idOrSlug, bool withProvenance, CancellationToken cancellationToken) =>
        (await LoadManyAsync(db, db.Films.Named(IdOrSlug.Parse(idOrSlug)), withProvenance, cancellationToken)).FirstOrDefault();

    /// <summary>Whole films for every film of <paramref name="films"/>, in id order, in a fixed number of queries.</summary>
    public static async Task<IReadOnlyList<FilmDetail>> LoadManyAsync(
        CatalogueDbContext db, IQueryable<Film> films, bool withProvenance, CancellationToken cancellationToken)
    {
        var rows = await films.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new FilmDetailRow(
                f.Id, f.Slug, f.Title, f.Year, f.Synopsis, f.ViewCount, f.PrimaryRuntimeMinutes, f.AverageRating,
                f.Titles.OrderBy(t => t.Id).Select(t => new AlternateTitleEntry(t.Id, t.Title, t.Kind)).ToList(),
                f.Genres.OrderBy(g => g.Genre.Name).Select(g => new GenreEntry(g.Id, g.Genre.Slug, g.Genre.Name)).ToList(),
                f.Countries.OrderBy(c => c.Country.Name).Select(c => new CountryEntry(c.Id, c.Country.Code, c.Country.Name)).ToList(),
                f.Runtimes.Select(r => new RuntimeEntry(r.Id, r.Minutes, r.Version, r.Platform, false)).ToList(),
                f.Ratings.OrderBy(r => r.Source).ThenBy(r => r.Id)
                    .Select(r => new RatingEntry(r.Id, r.Source, r.RawValue, r.Value, r.Scale, r.Normalized, r.VoteCount)).ToList(),
                f.Credits.OrderBy(c => c.BillingOrder == null).ThenBy(c => c.BillingOrder).ThenBy(c => c.Id)
                    .Select(c => new CreditEntry(c.Id, c.Role, c.PersonId, c.Person.Slug, c.Person.Name, c.Description, c.BillingOrder)).ToList(),
                f.Companies.OrderBy(c => c.Company.Name).ThenBy(c => c.Id)
                    .Select(c => new CompanyEntry(c.Id, c.CompanyId, c.Company.Slug, c.Company.Name, c.Role)).ToList(),
                f.Awards.OrderBy(a => a.Year).ThenBy(a => a.Event).ThenBy(a => a.Id)
                    .Select(a => new AwardEntry(a.Id, a.Event, a.Category, a.Outcome, a.Year)).ToList(),
                f.Reviews.Count()))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return [];

        var ids = rows.Select(r => r.Id).ToList();
        var sentiments = (await db.ReviewExcerpts.AsNoTracking()
                .Where(e => ids.Contains(e.Review.FilmId))
                .GroupBy(e => new { e.Review.FilmId, e.Sentiment })
                .Select(g => new { g.Key.FilmId, g.Key.Sentiment, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.FilmId, s => (s.Sentiment, s.Count));

        var identities = await FilmIdentities.LoadAsync(db, ids, cancellationToken);
        var sources = withProvenance
            ? await FactSources.LoadAsync(db, rows.SelectMany(FactsOf).Concat(ids.SelectMany(identities.FactsOf)), cancellationToken)
            : null;
        return rows.Select(row => Build(row, sentiments[row.Id].ToList(), sources) with
        {
            ExternalIds = identities.ExternalIdsOf(row.Id, sources),
            Languages = identities.LanguagesOf(row.Id, sources),
        }).ToList();
    }

    internal sealed record FilmDetailRow(
        long Id, string Slug, string Title, int? Year, string? Synopsis, long? ViewCount, int? PrimaryRuntimeMinutes, decimal? AverageRating,
        List<AlternateTitleEntry> Titles, List<GenreEntry> Genres, List<CountryEntry> Countries, List<RuntimeEntry> Runtimes,
        List<RatingEntry> Ratings, List<CreditEntry> Credits, List<CompanyEntry> Companies, List<AwardEntry> Awards, int ReviewCount);

    internal static FilmDetail Build(FilmDetailRow film, IReadOnlyList<(string? Sentiment, int Count)> sentiments, FactSources? sources)
    {
        var credits = film.Credits.Select(c => c.WithSources(sources, FactKinds.Credit, c.Id)).ToList();
        var companies = film.Companies.Select(c => c.WithSources(sources, FactKinds.Company, c.Id)).ToList();
        return new FilmDetail(
            film.Id, film.Slug, film.Title,
            film.Titles.Select(t => t.WithSources(sources, FactKinds.AlternateTitle, t.Id)).ToList(),
            film.Year, film.Synopsis, film.ViewCount, film.PrimaryRuntimeMinutes, film.AverageRating,
            film.Genres.Select(g => g.WithSources(sources, FactKinds.Genre, g.LinkId)).ToList(),
            film.Countries.Select(c => c.WithSources(sources, FactKinds.Country, c.LinkId)).ToList(),
            PrimaryRuntime.Mark(film.Runtimes).Select(r => r.WithSources(sources, FactKinds.Runtime, r.Id)).ToList(),
            film.Ratings.Select(r => r.WithSources(sources, FactKinds.Rating, r.Id)).ToList(),
            GroupByRole(credits.Where(c => c.Role != CreditRoles.Subject)),
            new SubjectEntries(
                credits.Where(c => c.Role == CreditRoles.Subject).ToList(),
                companies.Where(c => c.Role == CompanyRoles.Subject).ToList()),
            film.Awards.Select(a => a.WithSources(sources, FactKinds.Award, a.Id)).ToList(),
            companies.Where(c => c.Role != CompanyRoles.Subject).ToList(),
            new ReviewSummary(film.ReviewCount, sentiments.Sum(s => s.Count), SentimentCounts(sentiments)),
            FilmLinks.For(film.Slug))
        {
            Provenance = sources is null ? null : new Dictionary<string, IReadOnlyList<FactSourceEntry>>
            {
                ["title"] = sources.For(FactKinds.FilmTitle, film.Id),
                ["year"] = sources.For(FactKinds.FilmYear, film.Id),
                ["synopsis"] = sources.For(FactKinds.FilmSynopsis, film.Id),
                ["viewCount"] = sources.For(FactKinds.FilmViewCount, film.Id),
            },
        };
    }

    /// <summary>Roles in the catalogue's canonical order, each in billing order; roles with no credit are left out.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<CreditEntry>> GroupByRole(IEnumerable<CreditEntry> credits)
    {
        var byRole = credits.ToLookup(c => c.Role);
        var grouped = new Dictionary<string, IReadOnlyList<CreditEntry>>();
        foreach (var role in CreditRoles.All.Concat(byRole.Select(g => g.Key).Except(CreditRoles.All)))
            if (byRole[role].Any()) grouped[role] = byRole[role].ToList();
        return grouped;
    }

    /// <summary>Every sentiment label with its count, zeros included, so clients can chart without guessing keys.</summary>
    public static IReadOnlyDictionary<string, int> SentimentCounts(IEnumerable<(string? Sentiment, int Count)> counts)
    {
        var result = Sentiments.All.Append(Unknown).ToDictionary(s => s, _ => 0);
        foreach (var (sentiment, count) in counts) result[sentiment ?? Unknown] = result.GetValueOrDefault(sentiment ?? Unknown) + count;
        return result;
    }

    private static IEnumerable<(string Kind, long Id)> FactsOf(FilmDetailRow film) =>
        FactKindRegistry.FilmFieldNames.Select(kind => (kind, film.Id))
            .Concat(film.Titles.Select(t => (FactKinds.AlternateTitle, t.Id)))
            .Concat(film.Genres.Select(g => (FactKinds.Genre, g.LinkId)))
            .Concat(film.Countries.Select(c => (FactKinds.Country, c.LinkId)))
            .Concat(film.Runtimes.Select(r => (FactKinds.Runtime, r.Id)))
            .Concat(film.Ratings.Select(r => (FactKinds.Rating, r.Id)))
            .Concat(film.Credits.Select(c => (FactKinds.Credit, c.Id)))
            .Concat(film.Companies.Select(c => (FactKinds.Company, c.Id)))
            .Concat(film.Awards.Select(a => (FactKinds.Award, a.Id)));
}
