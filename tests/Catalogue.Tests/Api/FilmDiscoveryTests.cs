using System.Net.Http.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Api;

public class FilmDiscoveryTests(FilmCatalogueFixture api) : IClassFixture<FilmCatalogueFixture>
{
    private readonly HttpClient client = api.CreateClient();

    private async Task<List<string>> TitlesAsync(string query) =>
        (await client.WalkAsync<FilmSummary>($"/v1/films?limit=100&{query}")).Select(f => f.Title).ToList();

    [Fact]
    public async Task Listing_without_filters_returns_every_film_by_title()
    {
        var page = await client.GetOkAsync<Page<FilmSummary>>("/v1/films");
        Assert.Equal(12, page.Items.Count);
        Assert.Null(page.NextCursor);
        Assert.Equal(page.Items.Select(f => f.Title).Order(StringComparer.Ordinal), page.Items.Select(f => f.Title));
        var aleppo = page.Items.Single(f => f.Slug == "last-men-in-aleppo-2017");
        Assert.Equal(104, aleppo.PrimaryRuntimeMinutes);
        Assert.Equal(74m, aleppo.AverageRating);
        Assert.Equal(["war"], aleppo.Genres.Select(g => g.Slug));
        Assert.Equal(["DK", "SY"], aleppo.Countries.Select(c => c.Code).Order());
    }

    [Theory]
    [InlineData("genre=war")]
    [InlineData("genre=War")]
    public async Task Filtering_by_genre_slug_or_name_returns_only_films_of_that_genre(string query) =>
        Assert.Equal(["For Sama", "Last Men in Aleppo", "The Cave"], await TitlesAsync(query));

    [Theory]
    [InlineData("country=SY")]
    [InlineData("country=sy")]
    [InlineData("country=Syria")]
    public async Task Filtering_by_country_returns_only_films_from_it(string query) =>
        Assert.Equal(["For Sama", "Last Men in Aleppo", "The Cave"], await TitlesAsync(query));

    [Fact]
    public async Task Filtering_by_year_returns_only_films_of_that_year() =>
        Assert.Equal(["For Sama", "Honeyland", "The Cave", "Tótem Ártico"], await TitlesAsync("year=2019"));

    [Fact]
    public async Task Filtering_by_a_year_range_includes_both_ends() =>
        Assert.Equal(["Citizenfour", "Free Solo", "Last Men in Aleppo"], await TitlesAsync("yearFrom=2014&yearTo=2018"));

    [Fact]
    public async Task Filtering_by_runtime_matches_any_version_of_a_film()
    {
        // Aleppo's primary runtime is 104 but its streaming cut is 100; Honeyland's broadcast cut is 86.
        Assert.Equal(["For Sama", "Free Solo", "Last Men in Aleppo"], await TitlesAsync("runtimeMin=95&runtimeMax=100"));
        Assert.Equal(["Honeyland", "Tótem Ártico"], await TitlesAsync("runtimeMax=88"));
        Assert.Equal(["Shoah"], await TitlesAsync("runtimeMin=200"));
    }

    [Fact]
    public async Task Filtering_by_minimum_rating_uses_the_average_normalised_rating()
    {
        Assert.Equal(["Honeyland", "Shoah"], await TitlesAsync("minRating=80.5"));
        Assert.Equal(["Citizenfour", "For Sama", "Free Solo", "Honeyland", "Shoah"], await TitlesAsync("minRating=80"));
    }

    [Fact]
    public async Task Filtering_by_person_accepts_an_id_or_a_slug()
    {
        Assert.Equal(["Last Men in Aleppo", "The Cave"], await TitlesAsync($"person={api.Fayyad.Id}"));
        Assert.Equal(["Last Men in Aleppo", "The Cave"], await TitlesAsync("person=feras-fayyad"));
        Assert.Equal(["Last Men in Aleppo"], await TitlesAsync("person=khaled-omar-harrah&role=subject"));
        Assert.Empty(await TitlesAsync("person=khaled-omar-harrah&role=director"));
    }

    [Fact]
    public async Task Filtering_by_role_alone_returns_films_with_such_a_credit() =>
        Assert.Equal(["For Sama"], await TitlesAsync("role=co-director"));

    [Fact]
    public async Task Filters_combine_with_and() =>
        Assert.Equal(["For Sama", "The Cave"], await TitlesAsync("genre=war&year=2019&country=SY"));

    [Fact]
    public async Task Batch_lookup_returns_the_named_films_by_id_or_slug()
    {
        var films = await client.GetOkAsync<Page<FilmSummary>>($"/v1/films?ids={api.Aleppo.Id},shoah-1985,no-such-film");
        Assert.Equal(["Last Men in Aleppo", "Shoah"], films.Items.Select(f => f.Title));
    }

    [Theory]
    [InlineData("aleppo")]
    [InlineData("Alepo")]
    [InlineData("LAST MEN")]
    [InlineData("derniers hommes")]
    public async Task Title_search_is_case_accent_and_typo_tolerant_and_covers_alternate_titles(string q) =>
        Assert.Contains("Last Men in Aleppo", await TitlesAsync($"q={Uri.EscapeDataString(q)}"));

    [Fact]
    public async Task Title_search_finds_an_accented_title_typed_without_accents() =>
        Assert.Contains("Tótem Ártico", await TitlesAsync("q=totem%20artico"));

    [Fact]
    public async Task Title_search_by_relevance_puts_the_closest_title_first()
    {
        var titles = await TitlesAsync("q=the%20cave&sort=relevance");
        Assert.Equal("The Cave", titles[0]);
        Assert.DoesNotContain("Shoah", titles);
    }

    public static TheoryData<string> Sorts => new() { "title", "-title", "year", "-year", "rating", "-rating", "runtime", "-runtime" };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Each_sort_orders_by_its_key_with_missing_keys_last_in_both_directions(string sort)
    {
        var expected = await ExpectedOrderAsync(sort);
        Assert.Equal(expected, await TitlesAsync($"sort={sort}"));
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Walking_every_page_yields_each_film_exactly_once_despite_ties_and_nulls(string sort)
    {
        foreach (var limit in new[] { 1, 2, 3, 5 })
        {
            var walked = (await client.WalkAsync<FilmSummary>($"/v1/films?sort={sort}&limit={limit}")).Select(f => f.Title).ToList();
            Assert.Equal(await ExpectedOrderAsync(sort), walked);
        }
    }

    [Fact]
    public async Task Walking_relevance_pages_yields_each_match_once()
    {
        var all = await TitlesAsync("q=man&sort=relevance");
        Assert.Equal(all, (await client.WalkAsync<FilmSummary>("/v1/films?q=man&sort=relevance&limit=1")).Select(f => f.Title));
        Assert.Equal(all.AsEnumerable().Reverse(), (await client.WalkAsync<FilmSummary>("/v1/films?q=man&sort=-relevance&limit=1")).Select(f => f.Title));
    }

    [Fact]
    public async Task A_page_with_more_to_come_links_to_the_next_page()
    {
        var response = await client.GetAsync("/v1/films?sort=-year&limit=2&genre=war");
        var page = await response.Content.ReadFromJsonAsync<Page<FilmSummary>>(ApiClientExtensions.Json);
        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.Equal($"<http://localhost/v1/films?sort=-year&limit=2&genre=war&cursor={page!.NextCursor}>; rel=\"next\"", link);
        var next = await client.GetOkAsync<Page<FilmSummary>>(link[1..link.IndexOf('>')]);
        Assert.Equal(["Last Men in Aleppo"], next.Items.Select(f => f.Title));
        Assert.Null(next.NextCursor);
    }

    /// <summary>The order a client should see, worked out independently: key order, nulls last, ties by id.</summary>
    private async Task<List<string>> ExpectedOrderAsync(string sort)
    {
        await using var db = api.CreateContext();
        var films = await db.Films.AsNoTracking().ToListAsync();
        var descending = sort.StartsWith('-');
        Func<Catalogue.Data.Entities.Film, IComparable?> key = sort.TrimStart('-') switch
        {
            "title" => f => f.Title,
            "year" => f => f.Year,
            "rating" => f => f.AverageRating,
            "runtime" => f => f.PrimaryRuntimeMinutes,
            _ => throw new ArgumentOutOfRangeException(nameof(sort)),
        };
        var withKey = films.Where(f => key(f) is not null);
        var withoutKey = films.Where(f => key(f) is null);
        // Titles compare in the database's collation; this catalogue's titles sort the same under ordinal comparison.
        var comparer = Comparer<IComparable?>.Create((a, b) => a is string x && b is string y ? string.CompareOrdinal(x, y) : a!.CompareTo(b));
        var ordered = descending
            ? withKey.OrderByDescending(key, comparer).ThenByDescending(f => f.Id).Concat(withoutKey.OrderByDescending(f => f.Id))
            : withKey.OrderBy(key, comparer).ThenBy(f => f.Id).Concat(withoutKey.OrderBy(f => f.Id));
        return ordered.Select(f => f.Title).ToList();
    }
}
