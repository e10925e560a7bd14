using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Loading;

/// <summary>
/// Makes the catalogue say what one document says, inside the caller's transaction: the document's old
/// citations are withdrawn, its facts are upserted and cited again, and whatever it alone supported and no
/// longer says is removed. Applying the same document twice changes nothing.
/// </summary>
internal sealed class DocumentApplier
{
    private readonly CatalogueDbContext db;
    private readonly SourceDocument document;
    private readonly DateTimeOffset now;
    private readonly bool isNewDocument;
    private readonly FactLedger ledger;
    private readonly FilmResolver films;
    private readonly PersonResolver people;
    private readonly FactUpserts upserts;
    private readonly Dictionary<long, ChangeFeed.Change> filmChanges = [];
    private readonly Dictionary<long, ChangeFeed.Change> personChanges = [];
    /// <summary>Per film, the people credited on it so far (read once, then kept up to date as credits are written).</summary>
    private readonly Dictionary<long, List<Person>> creditedOnFilm = [];

    /// <param name="isNewDocument">The document's row was added in this transaction, so nothing cites it yet.</param>
    public DocumentApplier(CatalogueDbContext db, SourceDocument document, DateTimeOffset now, bool isNewDocument = false)
    {
        this.db = db;
        this.document = document;
        this.now = now;
        this.isNewDocument = isNewDocument;
        ledger = new FactLedger(db, document, Changes, now);
        films = new FilmResolver(db);
        people = new PersonResolver(db);
        upserts = new FactUpserts(db, ledger, Changes);
    }

    public FactChanges Changes { get; } = new();

    /// <summary>Replaces the document's contribution with <paramref name="extracted"/>; null removes it.</summary>
    public async Task ReplaceAsync(ExtractedDocument? extracted, CancellationToken cancellationToken)
    {
        // A document stored for the first time in this transaction cannot be cited yet: nothing to withdraw.
        var withdrawn = isNewDocument ? [] : await ledger.WithdrawAsync(cancellationToken);
        if (withdrawn.Count > 0)
        {
            var citedFilms = withdrawn.Where(f => f.Kind == FactKinds.FilmTitle).Select(f => f.Id).Distinct().ToArray();
            foreach (var film in await db.Films.Where(f => citedFilms.Contains(f.Id)).Select(f => new { f.Id, f.Slug }).ToListAsync(cancellationToken))
                NoteFilm(film.Id, film.Slug, ChangeFeed.Operations.Updated);
            foreach (var (id, slug) in await PeopleBehindAsync(withdrawn, cancellationToken))
                NotePerson(id, slug, ChangeFeed.Operations.Updated);
        }

        foreach (var film in extracted?.Films ?? [])
            await ApplyFilmAsync(film, cancellationToken);
        await ledger.FlushAsync(cancellationToken);

        // A person's page shows their films' titles and years, so people credited on a changed film changed too.
        var touchedFilms = filmChanges.Keys.ToArray();
        var credited = await db.People.Where(p => p.Credits.Any(c => touchedFilms.Contains(c.FilmId)))
            .Select(p => new { p.Id, p.Slug }).ToListAsync(cancellationToken);
        foreach (var person in credited)
            personChanges.TryAdd(person.Id, new(ChangeFeed.EntityTypes.Person, person.Id, person.Slug, ChangeFeed.Operations.Updated));

        var orphans = withdrawn.Count == 0 ? FactLedger.Orphans.None : await ledger.RemoveUnsupportedAsync(withdrawn, cancellationToken);
        foreach (var film in orphans.Films)
            filmChanges[film.Id] = new(ChangeFeed.EntityTypes.Film, film.Id, film.Slug, ChangeFeed.Operations.Deleted);
        foreach (var person in orphans.People)
            personChanges[person.Id] = new(ChangeFeed.EntityTypes.Person, person.Id, person.Slug, ChangeFeed.Operations.Deleted);

        await RefillFromOtherDocumentsAsync(orphans.EmptiedFilms, cancellationToken);

        var livingFilms = filmChanges.Values.Where(c => c.Operation != ChangeFeed.Operations.Deleted).Select(c => c.EntityId).ToList();
        // One statement refreshes the sort columns and stamps the films as updated.
        await FilmSortColumns.RefreshAsync(db, livingFilms, cancellationToken, updatedAt: now);
        var livingPeople = personChanges.Values.Where(c => c.Operation != ChangeFeed.Operations.Deleted).Select(c => c.EntityId).ToList();
        foreach (var (id, slug) in await people.RenameToBestSupportedFormAsync(livingPeople, now, cancellationToken))
            personChanges[id] = personChanges[id] with { EntitySlug = slug };

        await ChangeFeed.RecordAsync(db, [.. filmChanges.Values, .. personChanges.Values], now, cancellationToken);
    }

    private async Task ApplyFilmAsync(FilmFacts facts, CancellationToken cancellationToken)
    {
        if (await films.IsSuppressedAsync(facts, cancellationToken)) return;
        var (resolved, created) = await films.ResolveAsync(facts, now, cancellationToken);
        if (created) Changes.Added("film");
        var film = created ? Fresh(resolved) : await LockAndLoadAsync(resolved, facts, cancellationToken);
        NoteFilm(film.Id, film.Slug, created ? ChangeFeed.Operations.Created : ChangeFeed.Operations.Updated);
        upserts.FilmScalars(film, facts);
        foreach (var title in facts.AlternateTitles) upserts.AlternateTitle(film, title);
        foreach (var genre in facts.Genres) await upserts.GenreAsync(film, genre, cancellationToken);
        foreach (var country in facts.Countries) upserts.Country(film, country);
        foreach (var runtime in facts.Runtimes) upserts.Runtime(film, runtime);
        foreach (var rating in facts.Ratings) upserts.Rating(film, rating);
        foreach (var award in facts.Awards) upserts.Award(film, award);
        foreach (var company in facts.Companies) await upserts.CompanyAsync(film, company, now, cancellationToken);
        foreach (var language in facts.Languages) upserts.Language(film, language);
        foreach (var externalId in facts.ExternalIds) await upserts.ExternalIdAsync(film, externalId, cancellationToken);
        if (facts.Review is { } review) upserts.Review(film, document.Id, review);
        foreach (var credit in facts.Credits) await ApplyCreditAsync(film, created, credit, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// An existing film, locked and read with the rows of the kinds the document states (a kind it does not state is
    /// neither compared nor written, so its rows are not read), and with what curators did to it. A film this
    /// transaction created needs none of this: no one else can see it yet, and it has no rows, suppressions or curated fields.
    /// </summary>
    private async Task<Film> LockAndLoadAsync(Film resolved, FilmFacts facts, CancellationToken cancellationToken)
    {
        // Curators lock the film they write; so does the loader, so neither overwrites what the other just committed.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM films WHERE id = {resolved.Id} FOR UPDATE", cancellationToken);
        await db.Entry(resolved).ReloadAsync(cancellationToken);
        // Titles always: the document's own title may be a new alternate title.
        IQueryable<Film> query = db.Films.Include(f => f.Titles);
        if (facts.Genres.Count > 0) query = query.Include(f => f.Genres);
        if (facts.Countries.Count > 0) query = query.Include(f => f.Countries);
        if (facts.Runtimes.Count > 0) query = query.Include(f => f.Runtimes);
        if (facts.Ratings.Count > 0) query = query.Include(f => f.Ratings);
        if (facts.Awards.Count > 0) query = query.Include(f => f.Awards);
        if (facts.Companies.Count > 0) query = query.Include(f => f.Companies);
        if (facts.Languages.Count > 0) query = query.Include(f => f.Languages);
        if (facts.ExternalIds.Count > 0) query = query.Include(f => f.ExternalIds);
        if (facts.Review is not null) query = query.Include(f => f.Reviews.Where(r => r.DocumentId == document.Id)).ThenInclude(r => r.Excerpts);
        var film = await query.AsSplitQuery().SingleAsync(f => f.Id == resolved.Id, cancellationToken);

        var curation = await CurationOfAsync(film.Id, cancellationToken);
        upserts.Suppressed = curation.Where(c => c.What == CurationRow.Suppressed).Select(c => (c.Kind, c.Key!)).ToHashSet();
        upserts.CuratedFields = curation.Where(c => c.What == CurationRow.Field).Select(c => c.Kind).ToHashSet();
        upserts.CuratedRows = curation.Where(c => c.What == CurationRow.Row).Select(c => (c.Kind, c.Id)).ToHashSet();
        return film;
    }

    /// <param name="What">Which of the three a row is: a suppression, a curated film field, or a curated fact row.</param>
    private sealed record CurationRow(string What, string Kind, string? Key, long Id)
    {
        public const string Suppressed = "suppressed", Field = "field", Row = "row";
    }

    /// <summary>
    /// What curators did to the film, in one round trip: the facts they deleted, the film fields they set, and the award
    /// and credit rows they wrote. Each part is an index lookup by (kind, id); as one OR the planner read every citation
    /// of every credit.
    /// </summary>
    private async Task<List<CurationRow>> CurationOfAsync(long filmId, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<CurationRow>($"""
            SELECT {CurationRow.Suppressed} AS "What", fact_kind AS "Kind", fact_key AS "Key", 0::bigint AS "Id"
              FROM suppressed_facts WHERE film_id = {filmId}
            UNION ALL
            SELECT {CurationRow.Field}, fact_kind, NULL, fact_id FROM fact_sources
             WHERE fact_kind = ANY({FactKindRegistry.FilmFieldNames}) AND fact_id = {filmId} AND curated_by IS NOT NULL
            UNION ALL
            SELECT {CurationRow.Row}, fact_kind, NULL, fact_id FROM fact_sources
             WHERE fact_kind = {FactKinds.Award} AND curated_by IS NOT NULL AND fact_id IN (SELECT id FROM awards WHERE film_id = {filmId})
            UNION ALL
            SELECT {CurationRow.Row}, fact_kind, NULL, fact_id FROM fact_sources
             WHERE fact_kind = {FactKinds.Credit} AND curated_by IS NOT NULL AND fact_id IN (SELECT id FROM credits WHERE film_id = {filmId})
            """).ToListAsync(cancellationToken);

    /// <summary>A film this document just created: nothing of it is suppressed or curated, whatever the film before said.</summary>
    private Film Fresh(Film created)
    {
        upserts.Suppressed = [];
        upserts.CuratedFields = new HashSet<string>();
        upserts.CuratedRows = new HashSet<(string, long)>();
        return created;
    }

    /// <summary>
    /// A field emptied because its only cited document went may still be stated by another document that names the film
    /// (one that disagreed with the first, so was not cited for it): read those documents again, in file-name order, and
    /// take the value from the first that states one.
    /// </summary>
    private async Task RefillFromOtherDocumentsAsync(IReadOnlySet<long> filmIds, CancellationToken cancellationToken)
    {
        foreach (var filmId in filmIds)
        {
            var film = await db.Films.Include(f => f.Titles).SingleAsync(f => f.Id == filmId, cancellationToken);
            await db.Entry(film).ReloadAsync(cancellationToken);
            var names = film.Titles.Select(t => NameKeys.Key(t.Title)).Append(NameKeys.Key(film.Title)).ToHashSet();
            var others = await db.SourceDocuments
                .Where(d => d.Id != document.Id && db.FactSources.Any(s => s.DocumentId == d.Id && s.FactKind == FactKinds.FilmTitle && s.FactId == filmId))
                .OrderBy(d => d.FileName).ToListAsync(cancellationToken);
            foreach (var other in others)
            {
                var facts = ExtractionJson.Read(other.Extraction)?.Films.FirstOrDefault(f => names.Contains(NameKeys.Key(f.Title.Value)));
                if (facts is null) continue;
                var otherLedger = new FactLedger(db, other, Changes, now);
                new FactUpserts(db, otherLedger, Changes) { CuratedFields = await CuratedFilmFieldsAsync(filmId, cancellationToken) }
                    .FilmFields(film, facts);
                await otherLedger.FlushAsync(cancellationToken);
            }
        }
    }

    private async Task<HashSet<string>> CuratedFilmFieldsAsync(long filmId, CancellationToken cancellationToken) =>
        (await db.FactSources
            // The kinds by name, not a "film." prefix, so the (kind, id) index finds them in a catalogue of any size.
            .Where(s => FactKindRegistry.FilmFieldNames.Contains(s.FactKind) && s.FactId == filmId && s.CuratedBy != null)
            .Select(s => s.FactKind).ToListAsync(cancellationToken)).ToHashSet();

    private async Task ApplyCreditAsync(Film film, bool filmIsNew, CreditFact credit, CancellationToken cancellationToken)
    {
        var forms = new[] { new Sourced<string>(credit.Name, credit.Evidence) }.Concat(credit.Aliases).ToList();
        // Checked before resolving, so a credit a curator deleted does not leave a person with no credit behind.
        if (upserts.IsCreditSuppressed(forms.Select(f => f.Value), credit.Role)) return;
        if (!creditedOnFilm.TryGetValue(film.Id, out var onFilm))
            creditedOnFilm[film.Id] = onFilm = filmIsNew ? [] : await people.CreditedOnAsync(film.Id, cancellationToken);
        var (person, created, isOnFilm) = await people.ResolveAsync(onFilm, forms.Select(f => f.Value).ToList(), now, cancellationToken);
        if (created) Changes.Added("person");
        NotePerson(person.Id, person.Slug, created ? ChangeFeed.Operations.Created : ChangeFeed.Operations.Updated);
        if (await upserts.CreditAsync(film, person, isOnFilm, credit, forms, cancellationToken) && !isOnFilm)
        {
            var at = onFilm.FindIndex(p => p.Id > person.Id);
            onFilm.Insert(at < 0 ? onFilm.Count : at, person);
        }
    }

    private async Task<List<(long Id, string Slug)>> PeopleBehindAsync(IReadOnlyList<FactRef> facts, CancellationToken cancellationToken)
    {
        var creditIds = facts.Where(f => f.Kind == FactKinds.Credit).Select(f => f.Id).ToArray();
        var aliasIds = facts.Where(f => f.Kind == FactKinds.PersonAlias).Select(f => f.Id).ToArray();
        var people = await db.People
            .Where(p => p.Credits.Any(c => creditIds.Contains(c.Id)) || p.Aliases.Any(a => aliasIds.Contains(a.Id)))
            .Select(p => new { p.Id, p.Slug }).ToListAsync(cancellationToken);
        return people.Select(p => (p.Id, p.Slug)).ToList();
    }

    private void NoteFilm(long id, string slug, string operation)
    {
        if (filmChanges.TryGetValue(id, out var known) && known.Operation == ChangeFeed.Operations.Created) return;
        filmChanges[id] = new(ChangeFeed.EntityTypes.Film, id, slug, operation);
    }

    private void NotePerson(long id, string slug, string operation)
    {
        if (personChanges.TryGetValue(id, out var known) && known.Operation == ChangeFeed.Operations.Created) return;
        personChanges[id] = new(ChangeFeed.EntityTypes.Person, id, slug, operation);
    }
}
