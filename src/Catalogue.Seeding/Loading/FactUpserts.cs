using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Loading;

/// <summary>
/// One method per kind of fact: find the row that already states it (by its natural key) or add one, then cite
/// the document for it. A new row counts as added; a row this document had not cited before just gains a source.
/// </summary>
internal sealed class FactUpserts(CatalogueDbContext db, FactLedger ledger, FactChanges changes)
{
    /// <summary>Facts of the current film a curator deleted: (kind, key) pairs the loader must not bring back.</summary>
    public HashSet<(string Kind, string Key)> Suppressed { get; set; } = [];

    private bool IsSuppressed(string kind, string key) => Suppressed.Contains((kind, key));

    /// <summary>Whether a curator deleted this role's credit for a person known by any of these names.</summary>
    public bool IsCreditSuppressed(IEnumerable<string> names, string role) =>
        names.Any(name => IsSuppressed(FactKinds.Credit, FactKeys.Credit(name, role)));

    /// <summary>Rows of the current film a curator has written: extraction does not fill in fields the curator left empty.</summary>
    public IReadOnlySet<(string Kind, long Id)> CuratedRows { get; set; } = new HashSet<(string, long)>();

    /// <summary>The film's own fields a curator has set: extraction neither changes nor cites documents for them.</summary>
    public IReadOnlySet<string> CuratedFields { get; set; } = new HashSet<string>();

    /// <summary>Title, year, synopsis and views live on the film row: the first document to state one sets it.</summary>
    public void FilmScalars(Film film, FilmFacts facts)
    {
        ledger.Cite(FactKinds.FilmTitle, () => film.Id, facts.Title.Evidence);
        if (NameKeys.Key(facts.Title.Value) != NameKeys.Key(film.Title))
            AlternateTitle(film, new AlternateTitleFact(facts.Title.Value, "variant", facts.Title.Evidence));
        FilmFields(film, facts);
    }

    /// <summary>Year, synopsis and views: set when the film has none, cited when the document agrees.</summary>
    public void FilmFields(Film film, FilmFacts facts)
    {
        Scalar(facts.Year, film.Year, value => film.Year = value, FactKinds.FilmYear);
        Scalar(facts.Synopsis, film.Synopsis, value => film.Synopsis = value, FactKinds.FilmSynopsis);
        Scalar(facts.ViewCount, film.ViewCount, value => film.ViewCount = value, FactKinds.FilmViewCount);

        void Scalar<T>(Sourced<T>? stated, object? current, Action<T> set, string kind)
        {
            if (stated is null || CuratedFields.Contains(kind)) return;
            if (current is null)
            {
                set(stated.Value);
                changes.Added(kind);
            }
            else if (!Equals(current, stated.Value))
            {
                return; // The first source's value stands; a disagreeing document is not cited for it.
            }
            ledger.Cite(kind, () => film.Id, stated.Evidence);
        }
    }

    public void AlternateTitle(Film film, AlternateTitleFact fact)
    {
        if (IsSuppressed(FactKinds.AlternateTitle, FactKeys.AlternateTitle(fact.Title))) return;
        if (NameKeys.Key(fact.Title) == NameKeys.Key(film.Title)) return;
        var row = film.Titles.FirstOrDefault(t => NameKeys.Key(t.Title) == NameKeys.Key(fact.Title));
        if (row is null)
        {
            row = new FilmTitle { Title = fact.Title, Kind = fact.Kind };
            film.Titles.Add(row);
            changes.Added(FactKinds.AlternateTitle);
        }
        ledger.Cite(FactKinds.AlternateTitle, () => row.Id, fact.Evidence);
    }

    public async Task GenreAsync(Film film, Sourced<string> fact, CancellationToken cancellationToken)
    {
        if (IsSuppressed(FactKinds.Genre, FactKeys.Genre(fact.Value))) return;
        var genre = await GenreCatalogue.FindOrAddAsync(db, fact.Value, cancellationToken);
        var row = film.Genres.FirstOrDefault(g => g.Genre == genre || (genre.Id != 0 && g.GenreId == genre.Id));
        if (row is null)
        {
            row = new FilmGenre { Genre = genre };
            film.Genres.Add(row);
            changes.Added(FactKinds.Genre);
        }
        ledger.Cite(FactKinds.Genre, () => row.Id, fact.Evidence);
    }

    public void Country(Film film, Sourced<string> fact)
    {
        if (IsSuppressed(FactKinds.Country, FactKeys.Country(fact.Value))) return;
        var code = fact.Value.ToUpperInvariant();
        if (!Iso3166.IsCode(code)) return;
        var row = film.Countries.FirstOrDefault(c => c.CountryCode == code);
        if (row is null)
        {
            row = new FilmCountry { CountryCode = code };
            film.Countries.Add(row);
            changes.Added(FactKinds.Country);
        }
        ledger.Cite(FactKinds.Country, () => row.Id, fact.Evidence);
    }

    public void Language(Film film, LanguageFact fact)
    {
        var code = FactKeys.Language(fact.Code);
        if (IsSuppressed(FactKinds.Language, code) || code.Length is < 2 or > 3) return;
        var row = film.Languages.FirstOrDefault(l => l.LanguageCode == code);
        if (row is null)
        {
            row = new FilmLanguage { LanguageCode = code, IsOriginal = fact.IsOriginal };
            film.Languages.Add(row);
            changes.Added(FactKinds.Language);
        }
        else row.IsOriginal |= fact.IsOriginal;
        ledger.Cite(FactKinds.Language, () => row.Id, fact.Evidence);
    }

    /// <summary>An external id names one film: one already held by another film is left to that film.</summary>
    public async Task ExternalIdAsync(Film film, ExternalIdFact fact, CancellationToken cancellationToken)
    {
        if (IsSuppressed(FactKinds.ExternalId, FactKeys.ExternalId(fact.Source, fact.Value))) return;
        var row = film.ExternalIds.FirstOrDefault(e => e.Source == fact.Source);
        if (row is not null && row.Value != fact.Value) return;
        if (row is null)
        {
            if (await db.FilmExternalIds.AnyAsync(e => e.Source == fact.Source && e.Value == fact.Value && e.FilmId != film.Id, cancellationToken)) return;
            row = new FilmExternalId { Source = fact.Source, Value = fact.Value };
            film.ExternalIds.Add(row);
            changes.Added(FactKinds.ExternalId);
        }
        ledger.Cite(FactKinds.ExternalId, () => row.Id, fact.Evidence);
    }

    public void Runtime(Film film, RuntimeFact fact)
    {
        var key = FactKeys.Runtime(fact.Minutes, fact.Version, fact.Platform);
        if (IsSuppressed(FactKinds.Runtime, key) || fact.Minutes is < 1 or > 1000) return;
        var row = film.Runtimes.FirstOrDefault(r => FactKeys.Runtime(r.Minutes, r.Version, r.Platform) == key);
        if (row is null)
        {
            row = new Runtime { Minutes = fact.Minutes, Version = fact.Version, Platform = fact.Platform };
            film.Runtimes.Add(row);
            changes.Added(FactKinds.Runtime);
        }
        ledger.Cite(FactKinds.Runtime, () => row.Id, fact.Evidence);
    }

    public void Rating(Film film, RatingFact fact)
    {
        var key = FactKeys.Rating(fact.Source, fact.RawValue);
        if (IsSuppressed(FactKinds.Rating, key) || fact.Scale <= 0 || fact.Value < 0 || fact.Value > fact.Scale) return;
        var row = film.Ratings.FirstOrDefault(r => FactKeys.Rating(r.Source, r.RawValue) == key);
        if (row is null)
        {
            row = new Rating
            {
                Source = fact.Source,
                RawValue = fact.RawValue,
                Value = fact.Value,
                Scale = fact.Scale,
                Normalized = RatingScales.Normalize(fact.Value, fact.Scale),
                VoteCount = fact.VoteCount,
            };
            film.Ratings.Add(row);
            changes.Added(FactKinds.Rating);
        }
        ledger.Cite(FactKinds.Rating, () => row.Id, fact.Evidence);
    }

    public void Award(Film film, AwardFact fact)
    {
        var key = FactKeys.Award(fact.Event, fact.Category, fact.Outcome);
        if (IsSuppressed(FactKinds.Award, key)) return;
        var row = film.Awards.FirstOrDefault(a => FactKeys.Award(a.Event, a.Category, a.Outcome) == key);
        if (row is null)
        {
            row = new Award { Event = fact.Event, Category = fact.Category, Outcome = fact.Outcome, Year = fact.Year };
            film.Awards.Add(row);
            changes.Added(FactKinds.Award);
        }
        else if (row.Year is null && fact.Year is not null && !CuratedRows.Contains((FactKinds.Award, row.Id)))
        {
            row.Year = fact.Year;
            changes.Updated(FactKinds.Award);
        }
        ledger.Cite(FactKinds.Award, () => row.Id, fact.Evidence);
    }

    public async Task CompanyAsync(Film film, CompanyFact fact, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var company = await FindCompanyAsync(fact, cancellationToken);
        if (company is null)
        {
            company = new Company { Slug = await UniqueSlug.FindAsync(db.Companies.Select(c => c.Slug), NameKeys.Slug(fact.Name), cancellationToken), Name = fact.Name };
            db.Companies.Add(company);
            await db.SaveChangesAsync(cancellationToken);
        }
        if (company.Aliases.Select(a => a.Alias).Append(company.Name).Append(fact.Name)
            .Any(name => IsSuppressed(FactKinds.Company, FactKeys.Company(name, fact.Role)))) return;
        var row = film.Companies.FirstOrDefault(c => c.CompanyId == company.Id && c.Role == fact.Role);
        if (row is null)
        {
            row = new FilmCompany { CompanyId = company.Id, Role = fact.Role };
            film.Companies.Add(row);
            changes.Added(FactKinds.Company);
        }
        ledger.Cite(FactKinds.Company, () => row.Id, fact.Evidence);

        foreach (var alias in fact.Aliases.Where(a => NameKeys.Key(a.Value) != NameKeys.Key(company.Name)))
        {
            var aliasRow = company.Aliases.FirstOrDefault(a => NameKeys.Key(a.Alias) == NameKeys.Key(alias.Value));
            if (aliasRow is null)
            {
                aliasRow = new CompanyAlias { Alias = alias.Value };
                company.Aliases.Add(aliasRow);
                changes.Added(FactKinds.CompanyAlias);
            }
            ledger.Cite(FactKinds.CompanyAlias, () => aliasRow.Id, alias.Evidence);
        }
    }

    public void Review(Film film, long documentId, ReviewFact fact)
    {
        if (fact.Excerpts.Count == 0) return;
        var review = film.Reviews.FirstOrDefault(r => r.DocumentId == documentId);
        if (review is null)
        {
            review = new Review { DocumentId = documentId, Kind = fact.Kind };
            film.Reviews.Add(review);
            changes.Added(FactKinds.Review);
        }
        review.Kind = fact.Kind;
        review.Author = fact.Author;
        review.Publication = fact.Publication;
        var start = fact.Excerpts.Min(e => e.Evidence.Start);
        var end = fact.Excerpts.Max(e => e.Evidence.End);
        ledger.Cite(FactKinds.Review, () => review.Id, new Evidence(start, end - start, fact.Excerpts[0].Evidence.Rule));

        foreach (var excerpt in fact.Excerpts)
        {
            var row = review.Excerpts.FirstOrDefault(e => e.Position == excerpt.Position);
            if (row is null)
            {
                row = new ReviewExcerpt { Position = excerpt.Position, Text = excerpt.Text };
                review.Excerpts.Add(row);
                changes.Added(FactKinds.Excerpt);
            }
            else if (row.Text != excerpt.Text || row.Sentiment != excerpt.Sentiment)
            {
                changes.Updated(FactKinds.Excerpt);
            }
            row.Text = excerpt.Text;
            row.Sentiment = excerpt.Sentiment;
            row.SentimentSource = excerpt.SentimentSource;
            ledger.Cite(FactKinds.Excerpt, () => row.Id, excerpt.Evidence);
        }
    }

    /// <param name="creditedOnFilm">Whether the person has any credit on the film yet; if not, there is none to look up.</param>
    /// <returns>Whether the credit was written (false: a curator deleted it).</returns>
    public async Task<bool> CreditAsync(
        Film film, Person person, bool creditedOnFilm, CreditFact fact, IReadOnlyList<Sourced<string>> writtenForms, CancellationToken cancellationToken)
    {
        if (IsCreditSuppressed(writtenForms.Select(f => f.Value).Append(person.Name), fact.Role)) return false;
        var credit = !creditedOnFilm ? null : await db.Credits.SingleOrDefaultAsync(
            c => c.FilmId == film.Id && c.PersonId == person.Id && c.Role == fact.Role, cancellationToken);
        if (credit is null)
        {
            credit = db.Credits.Add(new Credit
            {
                FilmId = film.Id,
                PersonId = person.Id,
                Role = fact.Role,
                Description = fact.Description,
                BillingOrder = fact.BillingOrder,
            }).Entity;
            changes.Added(FactKinds.Credit);
        }
        else if ((credit.Description is null && fact.Description is not null || credit.BillingOrder is null && fact.BillingOrder is not null)
            && !CuratedRows.Contains((FactKinds.Credit, credit.Id)))
        {
            credit.Description ??= fact.Description;
            credit.BillingOrder ??= fact.BillingOrder;
            changes.Updated(FactKinds.Credit);
        }
        ledger.Cite(FactKinds.Credit, () => credit.Id, fact.Evidence);

        // The resolver read the person with their aliases (or just added them), and the aliases added since are tracked too.
        var aliases = db.PersonAliases.Local.Where(a => a.PersonId == person.Id).ToList();
        foreach (var form in writtenForms)
        {
            var alias = aliases.FirstOrDefault(a => a.Alias == form.Value);
            if (alias is null)
            {
                alias = new PersonAlias { PersonId = person.Id, Alias = form.Value };
                db.PersonAliases.Add(alias);
                aliases.Add(alias);
                changes.Added(FactKinds.PersonAlias);
            }
            var cited = alias;
            ledger.Cite(FactKinds.PersonAlias, () => cited.Id, form.Evidence);
        }
        // Later credits of this document resolve their people against this one's rows.
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }


    private async Task<Company?> FindCompanyAsync(CompanyFact fact, CancellationToken cancellationToken)
    {
        var forms = fact.Aliases.Select(a => a.Value).Prepend(fact.Name).Select(NameKeys.Key).ToHashSet();
        var names = fact.Aliases.Select(a => a.Value).Prepend(fact.Name).ToArray();
        var candidates = await db.Companies.Include(c => c.Aliases)
            .Where(c => names.Contains(c.Name) || c.Aliases.Any(a => names.Contains(a.Alias))
                || c.Slug == NameKeys.Slug(fact.Name))
            .OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => c.Aliases.Select(a => a.Alias).Append(c.Name).Any(n => forms.Contains(NameKeys.Key(n))));
    }
}
