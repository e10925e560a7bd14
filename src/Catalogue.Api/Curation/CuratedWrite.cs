using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Curation;

/// <summary>
/// One curator's change to one film, inside the transaction that holds the film's row lock. Facts the curator
/// states are cited as curated (rule "curated", the key's name as curator); facts the curator deletes or
/// replaces are suppressed so re-seeding does not bring them back; the change lands in the change feed.
/// </summary>
public sealed class CuratedWrite(CatalogueDbContext db, Film film, string curator, DateTimeOffset now, bool created = false)
{
    public const string Rule = "curated";

    private readonly List<(string Kind, Func<long> Id)> citations = [];
    private readonly Dictionary<Person, bool> people = new(ReferenceEqualityComparer.Instance);

    public CatalogueDbContext Db => db;
    public Film Film => film;
    public DateTimeOffset Now => now;
    public bool FilmDeleted { get; private set; }

    /// <summary>
    /// Deletes the film with every fact and citation, and suppresses it under each of its titles, so that documents
    /// that mention it do not create it again.
    /// </summary>
    public async Task DeleteFilmAsync(CancellationToken cancellationToken)
    {
        foreach (var person in await db.People.Where(p => p.Credits.Any(c => c.FilmId == film.Id)).ToListAsync(cancellationToken))
            TouchPerson(person);
        var titles = await db.FilmTitles.Where(t => t.FilmId == film.Id).Select(t => t.Title).ToListAsync(cancellationToken);
        foreach (var title in titles.Append(film.Title))
            await Suppress(db, null, FactKeys.FilmKind, FactKeys.Film(title, film.Year), curator, now, cancellationToken);
        await FactStore.DeleteFilmsAsync(db, [film.Id], cancellationToken);
        db.ChangeTracker.Clear();
        FilmDeleted = true;
    }

    /// <summary>Cites the curator for a fact (its row may get its id only when saved).</summary>
    public void Cite(string kind, Func<long> factId) => citations.Add((kind, factId));

    /// <summary>The documents no longer support the fact as it now stands: their citations go, the curator's stay.</summary>
    public Task DropDocumentCitationsAsync(string kind, long factId, CancellationToken cancellationToken) =>
        db.FactSources.Where(s => s.FactKind == kind && s.FactId == factId && s.CuratedBy == null).ExecuteDeleteAsync(cancellationToken);

    public Task DropAllCitationsAsync(string kind, long factId, CancellationToken cancellationToken) =>
        db.FactSources.Where(s => s.FactKind == kind && s.FactId == factId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Remembers that the curator removed this fact from the film, so extraction does not add it again.</summary>
    public Task SuppressAsync(string kind, string key, CancellationToken cancellationToken) => Suppress(db, film.Id, kind, key, curator, now, cancellationToken);

    public static Task Suppress(CatalogueDbContext db, long? filmId, string kind, string key, string curator, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            INSERT INTO suppressed_facts (film_id, fact_kind, fact_key, curated_by, created_at)
            VALUES ({filmId}, {kind}, {key}, {curator}, {now})
            ON CONFLICT (film_id, fact_kind, fact_key) DO NOTHING
            """, cancellationToken);

    /// <summary>A person whose credits changed, for the change feed (and clean-up when left without any).</summary>
    public void TouchPerson(Person person, bool created = false) => people[person] = created || people.GetValueOrDefault(person);

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (!FilmDeleted)
        {
            // The curator vouches for the film: it stays when the documents that named it go.
            Cite(FactKinds.FilmTitle, () => film.Id);
            film.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            var cited = citations.Select(c => (c.Kind, Id: c.Id())).Distinct().ToList();
            var ids = cited.Select(c => c.Id).Distinct().ToArray();
            var alreadyCited = (await db.FactSources
                    .Where(s => s.CuratedBy == curator && ids.Contains(s.FactId))
                    .Select(s => new { s.FactKind, s.FactId }).ToListAsync(cancellationToken))
                .Select(s => (s.FactKind, s.FactId)).ToHashSet();
            foreach (var (kind, id) in cited.Where(c => !alreadyCited.Contains(c)))
                db.FactSources.Add(new FactSource { FactKind = kind, FactId = id, Rule = Rule, CuratedBy = curator, CreatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
            await FilmSortColumns.RefreshAsync(db, [film.Id], cancellationToken);
            foreach (var person in await db.People.Where(p => p.Credits.Any(c => c.FilmId == film.Id)).ToListAsync(cancellationToken))
                TouchPerson(person);
        }

        var deleted = (await FactStore.DeletePeopleWithoutCreditsAsync(db, people.Keys.Select(p => p.Id).ToArray(), cancellationToken))
            .Select(d => d.Id).ToHashSet();
        var filmOperation = FilmDeleted ? ChangeFeed.Operations.Deleted : created ? ChangeFeed.Operations.Created : ChangeFeed.Operations.Updated;
        var changes = new List<ChangeFeed.Change> { new(ChangeFeed.EntityTypes.Film, film.Id, film.Slug, filmOperation) };
        changes.AddRange(people.Select(p => new ChangeFeed.Change(ChangeFeed.EntityTypes.Person, p.Key.Id, p.Key.Slug,
            deleted.Contains(p.Key.Id) ? ChangeFeed.Operations.Deleted
            : p.Value ? ChangeFeed.Operations.Created
            : ChangeFeed.Operations.Updated)));
        await ChangeFeed.RecordAsync(db, changes, now, cancellationToken);
    }
}
