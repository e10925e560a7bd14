using Catalogue.Api.Classification;
using Catalogue.Api.Documents;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.People;
using Catalogue.Api.Search;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Examples for the OpenAPI document, built from the real response types so they cannot drift from the schemas
/// (Spectral checks every example against its schema).
/// </summary>
public static class ApiExamples
{
    private static readonly DateTimeOffset Ingested = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Parameter examples, by "OperationId.parameter" or by parameter name alone. Swagger UI pre-fills them in "Try it
    /// out", so only parameters an operation needs are given one, with values that answer on the seeded catalogue;
    /// optional filters are left empty (a pre-filled set of filters would match nothing, and a cursor is never made up).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Parameters = new Dictionary<string, string>
    {
        ["id"] = "last-men-in-aleppo-2017",
        ["GetPerson.id"] = "firas-fayyad",
        ["GetDocument.id"] = "1",
        ["Search.q"] = "aleppo",
        ["GetFilm.include"] = "provenance",
    };

    private static readonly FilmSummary Aleppo = new(42, "last-men-in-aleppo-2017", "Last Men in Aleppo", 2017, 104, 74.00m,
        [new GenreRef("war", "War")], [new CountryRef("DK", "Denmark"), new CountryRef("SY", "Syria")]);

    private static readonly FactSourceEntry RuntimeSource =
        new(7, "Runtime: 104 min (theatrical)", 28, 29, "field.runtime", null, 0.95f);

    public static readonly IReadOnlyDictionary<string, object> Responses = new Dictionary<string, object>
    {
        ["ListFilms"] = new Page<FilmSummary>([Aleppo], "eyJzIjoiLXllYXIiLCJrIjoiMjAxNyIsImkiOjQyLCJuIjpmYWxzZX0"),
        ["GetFilm"] = new FilmDetail(42, Aleppo.Slug, Aleppo.Title,
            [new AlternateTitleEntry(3, "Les derniers hommes d'Alep", "alternate")], 2017,
            "Volunteers of the White Helmets stay in Aleppo.", null, 104, 74.00m,
            [new GenreEntry(1, "war", "War")], [new CountryEntry(1, "SY", "Syria")],
            [new RuntimeEntry(11, 104, "theatrical", null, true) { Sources = [RuntimeSource] }, new RuntimeEntry(12, 100, "streaming", "Netflix", false) { Sources = [] }],
            [new RatingEntry(5, "imdb", "7.4/10", 7.4m, 10m, 74m, 4100)],
            new Dictionary<string, IReadOnlyList<CreditEntry>> { ["director"] = [new CreditEntry(9, "director", 3, "feras-fayyad", "Feras Fayyad", null, 1)] },
            new SubjectEntries([new CreditEntry(10, "subject", 4, "khaled-omar-harrah", "Khaled Omar Harrah", "a White Helmets founder", null)], []),
            [new AwardEntry(2, "Sundance Film Festival", "World Cinema Grand Jury Prize: Documentary", "won", 2017)],
            [],
            new ReviewSummary(2, 4, new Dictionary<string, int>
                { ["very-negative"] = 0, ["negative"] = 1, ["neutral"] = 0, ["positive"] = 1, ["very-positive"] = 1, ["unknown"] = 1 }),
            FilmLinks.For(Aleppo.Slug))
        {
            Provenance = new Dictionary<string, IReadOnlyList<FactSourceEntry>>
            {
                ["title"] = [], ["year"] = [new FactSourceEntry(7, "(2017)", 19, 6, "title.year-beside-title", null, 0.85f)], ["synopsis"] = [], ["viewCount"] = [],
            },
        },
        ["ListPeople"] = new Page<PersonSummary>([new PersonSummary(3, "feras-fayyad", "Feras Fayyad", ["Firas Fayyad"], 2)], null),
        ["GetPerson"] = new PersonDetail(3, "feras-fayyad", "Feras Fayyad", ["Firas Fayyad"],
            [new PersonCredit(9, "director", null, 1, 42, Aleppo.Slug, Aleppo.Title, 2017)]),
        ["ListGenres"] = new ItemList<GenreCount>([new GenreCount("war", "War", 3)]),
        ["ListCountries"] = new ItemList<CountryCount>([new CountryCount("SY", "Syria", 3)]),
        ["Search"] = new SearchResults("aleppo",
            [new FilmHit(42, Aleppo.Slug, Aleppo.Title, 2017, "Last Men in Aleppo", 1f)],
            [],
            [new ExcerptHit(77, 21, 42, Aleppo.Slug, Aleppo.Title, "positive", "Shot in <mark>Aleppo</mark> under siege.", 0.0607927f)]),
        ["GetDocument"] = new DocumentDetail(7, "listing-aleppo.txt", "3f0b6c1e9a9d4d2c8f1a5b7e2c4d6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e", 96,
            "listing", Ingested, "Last Men in Aleppo (2017). Runtime: 104 min (theatrical). Director: Feras Fayyad. IMDb 7.4/10."),
    };

    public static readonly object ValidationProblem = new
    {
        type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        title = "One or more validation errors occurred.",
        status = 400,
        detail = "One or more query parameters are invalid; see errors.",
        errors = new Dictionary<string, string[]> { ["limit"] = ["limit must be a whole number from 1 to 100."] },
        traceId = "4bf92f3577b34da6a3ce929d0e0e4736",
    };

    public static readonly object NotFoundProblem = new
    {
        type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        title = "Not Found",
        status = 404,
        detail = "No film is known by 'no-such-film'.",
        traceId = "4bf92f3577b34da6a3ce929d0e0e4736",
    };
}
