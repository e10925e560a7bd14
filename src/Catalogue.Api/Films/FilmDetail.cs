using System.ComponentModel;
using System.Text.Json.Serialization;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data.Entities;

namespace Catalogue.Api.Films;

/// <summary>Everything the catalogue knows about one film, in one response.</summary>
[StoredAs(typeof(Film))]
public sealed record FilmDetail(
    long Id,
    string Slug,
    string Title,
    IReadOnlyList<AlternateTitleEntry> AlternateTitles,
    int? Year,
    string? Synopsis,
    long? ViewCount,
    int? PrimaryRuntimeMinutes,
    decimal? AverageRating,
    IReadOnlyList<GenreEntry> Genres,
    IReadOnlyList<CountryEntry> Countries,
    IReadOnlyList<RuntimeEntry> Runtimes,
    IReadOnlyList<RatingEntry> Ratings,
    [property: Description("Credits by role (every role but subject), in billing order.")]
    IReadOnlyDictionary<string, IReadOnlyList<CreditEntry>> Credits,
    SubjectEntries Subjects,
    IReadOnlyList<AwardEntry> Awards,
    [property: Description("Companies with a part in the film other than being its subject.")]
    IReadOnlyList<CompanyEntry> Companies,
    ReviewSummary Reviews,
    FilmLinks Links)
{
    /// <summary>The film's ids in IMDb, Wikidata and TMDB, each null when no document or curator gave one.</summary>
    public ExternalIdsEntry ExternalIds { get; init; } = ExternalIdsEntry.None;

    /// <summary>The film's languages, original ones first, then by code.</summary>
    public IReadOnlyList<LanguageEntry> Languages { get; init; } = [];

    /// <summary>Sources of the film's own fields (title, year, synopsis, viewCount); only with include=provenance.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, IReadOnlyList<FactSourceEntry>>? Provenance { get; init; }
}

/// <summary>Where a fact was read: the document and span, and the rule that read it (or the curator who entered it).</summary>
/// <param name="Confidence">How sure the rule was of this reading, 0 to 1 (1 for curated facts); facts under the seeding threshold are never stored.</param>
[StoredAs(typeof(FactSource))]
public sealed record FactSourceEntry(long? DocumentId, string? Quote, int? SpanStart, int? SpanLength, string Rule, string? CuratedBy, float Confidence);

/// <summary>Base of every fact in a film: the sources appear only when provenance was asked for.</summary>
public abstract record FactEntry
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FactSourceEntry>? Sources { get; init; }
}

[StoredAs(typeof(FilmTitle))]
public sealed record AlternateTitleEntry(long Id, string Title, string Kind) : FactEntry;

[StoredAs(typeof(Genre))]
public sealed record GenreEntry([property: JsonIgnore] long LinkId, string Slug, string Name) : FactEntry;

[StoredAs(typeof(Country))]
public sealed record CountryEntry([property: JsonIgnore] long LinkId, string Code, string Name) : FactEntry;

[StoredAs(typeof(Runtime))]
public sealed record RuntimeEntry(
    long Id, int Minutes, [property: OneOf(typeof(RuntimeVersions), nameof(RuntimeVersions.All))] string Version, string? Platform, bool IsPrimary) : FactEntry;

[StoredAs(typeof(Rating))]
public sealed record RatingEntry(long Id, string Source, string RawValue, decimal Value, decimal Scale, decimal Normalized, int? VoteCount) : FactEntry;

[StoredAs(typeof(Credit))]
public sealed record CreditEntry(
    long Id, [property: OneOf(typeof(CreditRoles), nameof(CreditRoles.All))] string Role, long PersonId, [property: StoredAs(typeof(Person), nameof(Person.Slug))] string PersonSlug,
    [property: StoredAs(typeof(Person), nameof(Person.Name))] string Name, string? Description, int? BillingOrder) : FactEntry;

[StoredAs(typeof(Company))]
[StoredAs(typeof(FilmCompany))]
public sealed record CompanyEntry(long Id, long CompanyId, string Slug, string Name, string Role) : FactEntry;

[StoredAs(typeof(Award))]
public sealed record AwardEntry(
    long Id, string Event, string Category, [property: OneOf(typeof(AwardOutcomes), nameof(AwardOutcomes.All))] string Outcome, int? Year) : FactEntry;

/// <summary>Who or what the film is about: people credited as subject and companies with the subject role.</summary>
public sealed record SubjectEntries(IReadOnlyList<CreditEntry> People, IReadOnlyList<CompanyEntry> Companies);

/// <summary>How many reviews the film has, and how their excerpts' sentiments are spread (null sentiment counts as unknown).</summary>
public sealed record ReviewSummary(int Count, int ExcerptCount, IReadOnlyDictionary<string, int> Sentiments);

/// <summary>Paths of the film's own resources: the film's slug (at most 200 characters) under /v1/films.</summary>
[Text(MaxLength, Pattern = "^" + Infrastructure.PublicApi.Films + "/")]
public sealed record FilmLinks(string Self, string Credits, string Runtimes, string Ratings, string Awards, string Reviews, string Excerpts)
{
    public const int MaxLength = 240;

    public static FilmLinks For(string slug)
    {
        var self = $"{Infrastructure.PublicApi.Films}/{slug}";
        return new FilmLinks(self, $"{self}/credits", $"{self}/runtimes", $"{self}/ratings", $"{self}/awards", $"{self}/reviews", $"{self}/excerpts");
    }
}
