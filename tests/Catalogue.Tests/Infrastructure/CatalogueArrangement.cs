using System.Security.Cryptography;
using System.Text;
using Catalogue.Data;
using Catalogue.Data.Entities;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// Arranges catalogue rows for API tests straight through the DbContext. It plays the writers' part too: adding a
/// runtime or rating keeps films.primary_runtime_minutes and average_rating as the writers would.
/// </summary>
public sealed class CatalogueArrangement(CatalogueDbContext db) : IAsyncDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Dictionary<string, Genre> genres = [];
    private readonly Dictionary<string, Person> people = [];
    private readonly Dictionary<string, Company> companies = [];

    public CatalogueDbContext Db => db;

    public Film Film(string title, int? year = null, string? slug = null, string? synopsis = null)
    {
        var film = new Film
        {
            Slug = slug ?? Slugify(year is null ? title : $"{title} {year}"),
            Title = title, Year = year, Synopsis = synopsis, CreatedAt = Now, UpdatedAt = Now,
        };
        db.Films.Add(film);
        return film;
    }

    public Genre Genre(string slug, string name)
    {
        if (!genres.TryGetValue(slug, out var genre)) db.Genres.Add(genres[slug] = genre = new Genre { Slug = slug, Name = name });
        return genre;
    }

    public Person Person(string name, params string[] aliases)
    {
        if (people.TryGetValue(name, out var person)) return person;
        person = new Person { Slug = Slugify(name), Name = name, CreatedAt = Now, UpdatedAt = Now };
        person.Aliases.AddRange(aliases.Select(a => new PersonAlias { Alias = a }));
        db.People.Add(people[name] = person);
        return person;
    }

    public Company Company(string name)
    {
        if (!companies.TryGetValue(name, out var company)) db.Companies.Add(companies[name] = company = new Company { Slug = Slugify(name), Name = name });
        return company;
    }

    public SourceDocument Document(string fileName, string text, string shape = "listing")
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var document = new SourceDocument
        {
            FileName = fileName, Text = text, Shape = shape, SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), IngestedAt = Now, UpdatedAt = Now,
        };
        db.SourceDocuments.Add(document);
        return document;
    }

    /// <summary>Records that a fact was read from the span of <paramref name="document"/> holding <paramref name="quote"/>; call after saving, ids are needed.</summary>
    public FactSource Source(string factKind, long factId, SourceDocument document, string quote, string rule)
    {
        var start = document.Text.IndexOf(quote, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{quote}' is not in {document.FileName}");
        var source = new FactSource
        {
            FactKind = factKind, FactId = factId, DocumentId = document.Id, SpanStart = start, SpanLength = quote.Length,
            Quote = quote, Rule = rule, CreatedAt = Now,
        };
        db.FactSources.Add(source);
        return source;
    }

    public FactSource CuratedSource(string factKind, long factId, string curator)
    {
        var source = new FactSource { FactKind = factKind, FactId = factId, Rule = "curated", CuratedBy = curator, CreatedAt = Now };
        db.FactSources.Add(source);
        return source;
    }

    public Task SaveAsync() => db.SaveChangesAsync();

    public ValueTask DisposeAsync() => db.DisposeAsync();

    public static string Slugify(string text)
    {
        var plain = new string(text.Normalize(NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        var slug = new StringBuilder();
        foreach (var c in plain.ToLowerInvariant())
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        return string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>Fluent additions to a film being arranged.</summary>
public static class FilmArrangement
{
    public static Film WithGenre(this Film film, Genre genre)
    {
        film.Genres.Add(new FilmGenre { Genre = genre });
        return film;
    }

    public static Film WithCountry(this Film film, string code)
    {
        film.Countries.Add(new FilmCountry { CountryCode = code });
        return film;
    }

    public static Film WithTitle(this Film film, string title, string kind = "alternate")
    {
        film.Titles.Add(new FilmTitle { Title = title, Kind = kind });
        return film;
    }

    /// <summary>Adds a runtime and re-derives the primary runtime by the documented rule (version order, then first added).</summary>
    public static Film WithRuntime(this Film film, int minutes, string version = RuntimeVersions.Theatrical, string? platform = null)
    {
        film.Runtimes.Add(new Runtime { Minutes = minutes, Version = version, Platform = platform });
        film.PrimaryRuntimeMinutes = film.Runtimes
            .Select((r, order) => (r, order))
            .OrderBy(x => RuntimeVersions.All.ToList().IndexOf(x.r.Version)).ThenBy(x => x.order)
            .First().r.Minutes;
        return film;
    }

    /// <summary>Adds a rating and re-derives the film's average of normalised ratings.</summary>
    public static Film WithRating(this Film film, string source, decimal value, decimal scale, int? votes = null)
    {
        film.Ratings.Add(new Rating
        {
            Source = source, RawValue = $"{value}/{scale}", Value = value, Scale = scale,
            Normalized = Math.Round(value / scale * 100, 2), VoteCount = votes,
        });
        film.AverageRating = Math.Round(film.Ratings.Average(r => r.Normalized), 2);
        return film;
    }

    public static Film WithCredit(this Film film, Person person, string role, int? billingOrder = null, string? description = null)
    {
        film.Credits.Add(new Credit { Person = person, Role = role, BillingOrder = billingOrder, Description = description });
        return film;
    }

    public static Film WithCompany(this Film film, Company company, string role)
    {
        film.Companies.Add(new FilmCompany { Company = company, Role = role });
        return film;
    }

    public static Film WithAward(this Film film, string @event, string category, string outcome, int? year = null)
    {
        film.Awards.Add(new Award { Event = @event, Category = category, Outcome = outcome, Year = year });
        return film;
    }

    public static Film WithReview(this Film film, string kind, string? author, SourceDocument? document, params (string Text, string? Sentiment)[] excerpts)
    {
        var review = new Review { Kind = kind, Author = author, Document = document };
        review.Excerpts.AddRange(excerpts.Select((e, i) => new ReviewExcerpt
        {
            Position = i, Text = e.Text, Sentiment = e.Sentiment, SentimentSource = e.Sentiment is null ? null : "document",
        }));
        film.Reviews.Add(review);
        return film;
    }
}
