using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using Catalogue.Seeding.Extraction.Text;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Loading;

/// <summary>
/// Finds the catalogue's film a document talks about, under case, accent, punctuation and small spelling
/// variants of its title or one of its alternate titles, as long as the years do not disagree; otherwise
/// creates it with a slug that stays its public id for good.
/// </summary>
internal sealed class FilmResolver(CatalogueDbContext db)
{
    /// <summary>Titles at least this long may differ by <see cref="MaxSpellingDistance"/> edits and still be the same film.</summary>
    private const int MinLengthForSpellingVariants = 10;
    private const int MaxSpellingDistance = 2;
    private const double CandidateSimilarity = 0.5;

    public async Task<(Film Film, bool Created)> ResolveAsync(FilmFacts facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var title = facts.Title.Value;
        var year = facts.Year?.Value;
        var keys = new[] { title }.Concat(facts.AlternateTitles.Select(t => t.Title)).Select(NameKeys.Key).ToHashSet();

        var candidates = await FindCandidatesAsync(keys, cancellationToken);
        // A year a curator set outranks the documents' year, so it does not make them a different film.
        var candidateIds = candidates.Select(c => c.Id).ToArray();
        var curatedYears = candidateIds.Length == 0 ? [] : await db.FactSources
            .Where(s => s.FactKind == FactKinds.FilmYear && s.CuratedBy != null && candidateIds.Contains(s.FactId))
            .Select(s => s.FactId).ToListAsync(cancellationToken);
        var match = candidates
            .Where(f => year is null || f.Year is null || f.Year == year || curatedYears.Contains(f.Id))
            .Select(f => (Film: f, Distance: Distance(keys, f)))
            .Where(c => c.Distance == 0 || (c.Distance <= MaxSpellingDistance && NameKeys.Key(title).Length >= MinLengthForSpellingVariants))
            .OrderBy(c => c.Distance).ThenBy(c => c.Film.Id)
            .Select(c => c.Film)
            .FirstOrDefault();
        if (match is not null) return (match, false);

        var film = new Film
        {
            Slug = await UniqueSlug.FindAsync(db.Films.Select(f => f.Slug), NameKeys.Slug(title, year), cancellationToken),
            Title = title,
            Year = year,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Films.Add(film);
        await db.SaveChangesAsync(cancellationToken);
        return (film, true);
    }

    /// <summary>Whether a curator deleted this film: same title, and no year that says it is another film.</summary>
    public async Task<bool> IsSuppressedAsync(FilmFacts facts, CancellationToken cancellationToken)
    {
        var titlePart = FactKeys.Film(facts.Title.Value, null);
        var keys = await db.SuppressedFacts
            .Where(s => s.FilmId == null && s.FactKind == FactKeys.FilmKind && s.FactKey.StartsWith(titlePart))
            .Select(s => s.FactKey).ToListAsync(cancellationToken);
        var year = facts.Year?.Value;
        return keys.Any(key => key == titlePart || year is null || key == FactKeys.Film(facts.Title.Value, year));
    }

    /// <summary>
    /// Lets the trigram indexes drop titles under the candidate similarity during the scan, for this session (the
    /// default threshold, 0.3, makes them return most titles that share a word, each then rechecked). Only a little
    /// under <see cref="CandidateSimilarity"/>, so the explicit similarity test still decides alone which are candidates.
    /// </summary>
    public static Task NarrowTitleIndexScansAsync(CatalogueDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            FormattableString.Invariant($"SET pg_trgm.similarity_threshold = {CandidateSimilarity - 0.01}"), cancellationToken);

    private async Task<List<Film>> FindCandidatesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var ids = new HashSet<long>();
        foreach (var key in keys)
        {
            // The trigram operator uses the search_key indexes; titles a couple of edits apart stay well above a similarity
            // of 0.5, which keeps the candidates few in a large catalogue. The exact comparison happens in memory.
            ids.UnionWith(await db.Database.SqlQuery<long>($"""
                SELECT id AS "Value" FROM films
                WHERE search_key % lower(f_unaccent({key})) AND similarity(search_key, lower(f_unaccent({key}))) >= {CandidateSimilarity}
                UNION SELECT film_id FROM film_titles
                WHERE search_key % lower(f_unaccent({key})) AND similarity(search_key, lower(f_unaccent({key}))) >= {CandidateSimilarity}
                """).ToListAsync(cancellationToken));
        }
        if (ids.Count == 0) return [];
        return await db.Films.Include(f => f.Titles).Where(f => ids.Contains(f.Id)).ToListAsync(cancellationToken);
    }

    private static int Distance(IReadOnlySet<string> keys, Film film) =>
        new[] { film.Title }.Concat(film.Titles.Select(t => t.Title)).Select(NameKeys.Key)
            .SelectMany(known => keys.Select(key => EditDistance.Between(known, key)))
            .Min();
}
