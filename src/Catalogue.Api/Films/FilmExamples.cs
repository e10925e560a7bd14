using Catalogue.Api.Infrastructure.Paging;

namespace Catalogue.Api.Films;

/// <summary>The films' examples for the OpenAPI document (endpoint metadata, see ResponseExample).</summary>
public static class FilmExamples
{
    /// <summary>A film of the seeded catalogue, so "Try it out" with it answers.</summary>
    public const string Slug = "last-men-in-aleppo-2017";

    /// <summary>The IMDb title id of <see cref="Slug"/> (the seeded documents state no external ids, so on the seeded
    /// catalogue /v1/find answers it with null).</summary>
    public const string Imdb = "tt6333072";

    /// <summary>A slug no film has, for the 404 examples.</summary>
    public const string UnknownSlug = "no-such-film";

    public static readonly FilmSummary Aleppo = new(42, Slug, "Last Men in Aleppo", 2017, 104, 74.00m,
        [new GenreRef("war", "War")], [new CountryRef("DK", "Denmark"), new CountryRef("SY", "Syria")]);

    private static readonly FactSourceEntry RuntimeSource =
        new(7, "Runtime: 104 min (theatrical)", 28, 29, "field.runtime", null, 0.95f);

    public static readonly Page<FilmSummary> List = new([Aleppo], "eyJzIjoiLXllYXIiLCJrIjoiMjAxNyIsImkiOjQyLCJuIjpmYWxzZX0");

    public static readonly FilmDetail Detail = new(42, Aleppo.Slug, Aleppo.Title,
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
    };
}
