using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Loading;

/// <summary>
/// Finds the person a credit names. A full name matches anyone known by that name or alias; a spelling
/// variant ("Feras"/"Firas Fayyad") or a first name alone ("Khalid" for "Khaled Umar Harah") matches only a
/// person already credited on the same film, since sharing a first name is no evidence across films.
/// </summary>
internal sealed class PersonResolver(CatalogueDbContext db)
{
    private const int MaxFullNameDistance = 2;

    /// <summary>The people credited on a film, with their aliases, in id order: read once per film and document.</summary>
    public async Task<List<Person>> CreditedOnAsync(long filmId, CancellationToken cancellationToken) =>
        await db.People.Include(p => p.Aliases)
            .Where(p => p.Credits.Any(c => c.FilmId == filmId))
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);

    /// <param name="onFilm">The people credited on the film (<see cref="CreditedOnAsync"/>, kept up to date by the caller).</param>
    /// <returns>The person; whether they were added now; whether they are among <paramref name="onFilm"/>.</returns>
    public async Task<(Person Person, bool Created, bool OnFilm)> ResolveAsync(
        IReadOnlyList<Person> onFilm, IReadOnlyList<string> writtenForms, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var forms = writtenForms.Where(f => NameKeys.Key(f).Length > 0).ToList();
        var fullest = forms.OrderByDescending(f => NameKeys.Tokens(f).Length).ThenByDescending(f => f.Length).First();

        var match = onFilm.FirstOrDefault(p => forms.Any(f => IsExactly(p, f)))
            ?? onFilm.FirstOrDefault(p => forms.Any(f => IsVariantOnSameFilm(p, f)));
        if (match is not null) return (match, false, true);
        match = await FindByFullNameAsync(forms, cancellationToken);
        if (match is not null) return (match, false, false);

        var person = await PersonCatalogue.AddAsync(db, fullest, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (person, true, false);
    }

    /// <summary>
    /// The name a person goes by: among the forms documents used, a full name over a first name alone, then
    /// the form the most documents use, then the longest, then the first seen. Curated names always win.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, string Slug)>> RenameToBestSupportedFormAsync(
        IReadOnlyCollection<long> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = personIds.ToArray();
        if (ids.Length == 0) return [];
        // Only the people whose best form is not already their name come back: usually none, and then nothing is loaded.
        var best = await db.Database.SqlQuery<BestName>($"""
            SELECT b."PersonId", b."Name" FROM (
                SELECT DISTINCT ON (a.person_id) a.person_id AS "PersonId", a.alias AS "Name"
                FROM person_aliases a
                LEFT JOIN fact_sources s ON s.fact_kind = {FactKinds.PersonAlias} AND s.fact_id = a.id
                WHERE a.person_id = ANY({ids})
                GROUP BY a.person_id, a.id, a.alias
                ORDER BY a.person_id, bool_or(s.curated_by IS NOT NULL) DESC, (a.alias LIKE '% %') DESC,
                         count(DISTINCT s.document_id) DESC, length(a.alias) DESC, a.id
            ) b JOIN people p ON p.id = b."PersonId"
            WHERE p.name <> b."Name"
            ORDER BY b."PersonId"
            """).ToListAsync(cancellationToken);
        if (best.Count == 0) return [];
        var renamed = new List<(long, string)>();
        var renamedIds = best.Select(b => b.PersonId).ToArray();
        var people = await db.People.Where(p => renamedIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var (personId, name) in best)
        {
            var person = people[personId];
            if (person.Name == name) continue;
            person.Name = name;
            person.Slug = await UniqueSlug.FindAsync(db.People.Where(p => p.Id != personId).Select(p => p.Slug), NameKeys.Slug(name), cancellationToken);
            person.UpdatedAt = now;
            renamed.Add((person.Id, person.Slug));
        }
        await db.SaveChangesAsync(cancellationToken);
        return renamed;
    }

    private sealed record BestName(long PersonId, string Name);

    private static IEnumerable<string> KnownForms(Person person) => person.Aliases.Select(a => a.Alias).Append(person.Name);

    private static bool IsExactly(Person person, string form) =>
        KnownForms(person).Any(known => NameKeys.Key(known) == NameKeys.Key(form));

    private static bool IsVariantOnSameFilm(Person person, string form)
    {
        var tokens = NameKeys.Tokens(form);
        return KnownForms(person).Select(NameKeys.Tokens).Any(known =>
            tokens.Length == 1 || known.Length == 1
                ? EditDistance.IsSpellingVariant(tokens[0], known[0])
                : known[^1] == tokens[^1] && EditDistance.Between(string.Join(' ', known), string.Join(' ', tokens)) <= MaxFullNameDistance);
    }

    private async Task<Person?> FindByFullNameAsync(IReadOnlyList<string> forms, CancellationToken cancellationToken)
    {
        foreach (var name in forms.Where(f => NameKeys.Tokens(f).Length > 1))
        {
            var candidates = await db.People.Include(p => p.Aliases)
                .Where(p => p.SearchKey == CatalogueDbFunctions.Unaccent(name).ToLower()
                    || p.Aliases.Any(a => a.SearchKey == CatalogueDbFunctions.Unaccent(name).ToLower()))
                .OrderBy(p => p.Id)
                .ToListAsync(cancellationToken);
            if (candidates.FirstOrDefault(p => IsExactly(p, name)) is { } match) return match;
        }
        return null;
    }
}
