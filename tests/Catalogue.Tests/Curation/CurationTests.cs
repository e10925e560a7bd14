using System.Net;
using Catalogue.Api.Changes;
using Catalogue.Data.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Curation;

public class CurationTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private readonly HttpClient curator = catalogue.CreateCuratorClient();

    private async Task<(string Slug, string ETag)> NewFilmAsync(string title)
    {
        var response = await curator.WriteAsync(HttpMethod.Post, "/v1/films",
            new { title, year = 2019, genres = new[] { "Documentary" }, countries = new[] { "SY" } }, ifMatch: null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var slug = response.Headers.Location!.ToString().Split('/').Last();
        return (slug, response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Creating_a_film_answers_201_with_its_location_its_etag_and_the_curator_as_source()
    {
        var response = await curator.WriteAsync(HttpMethod.Post, "/v1/films",
            new { title = "The Cave", year = 2019, synopsis = "A hospital under the ground.", genres = new[] { "Documentary" }, countries = new[] { "SY" } },
            ifMatch: null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/v1/films/the-cave-2019", response.Headers.Location!.ToString());
        var (film, etag) = await curator.GetFilmAsync("the-cave-2019");
        Assert.Equal(etag, response.Headers.ETag!.ToString());
        Assert.Equal(("The Cave", 2019, "SY"), (film.Title, film.Year, film.Countries.Single().Code));
        var withSources = await curator.GetOkAsync<Catalogue.Api.Films.FilmDetail>("/v1/films/the-cave-2019?include=provenance");
        Assert.Contains(withSources.Provenance!["title"], s => s is { Rule: "curated", CuratedBy: PartnerCatalogueFixture.CuratorName, DocumentId: null });
        Assert.Contains(withSources.Genres.Single().Sources!, s => s.CuratedBy == PartnerCatalogueFixture.CuratorName);
    }

    [Fact]
    public async Task A_created_or_renamed_film_is_found_by_search_at_once_even_misspelt()
    {
        var (slug, etag) = await NewFilmAsync("Zanzibarian Lighthouse Keepers");
        Assert.Contains(await SearchTitlesAsync("zanzibarain lighthouse"), t => t == "Zanzibarian Lighthouse Keepers");

        await curator.WriteOkAsync(HttpMethod.Patch, $"/v1/films/{slug}", new { title = "Quokkas of Rottnest" }, etag);

        Assert.Equal("Quokkas of Rottnest", (await SearchTitlesAsync("quokas of rotnest"))[0]);
        Assert.Contains("Quokkas of Rottnest", await SearchTitlesAsync("zanzibarian lighthouse keepers"));
    }

    [Fact]
    public async Task A_films_new_genres_and_countries_are_what_the_list_filters_find_at_once()
    {
        var (slug, etag) = await NewFilmAsync("Filtered Harbour Film");
        Assert.Contains("Filtered Harbour Film", await ListedTitlesAsync("genre=documentary&country=SY"));
        Assert.Contains("Filtered Harbour Film", await ListedTitlesAsync("genre=Documentary&country=syria&sort=-rating"));

        await curator.WriteOkAsync(HttpMethod.Patch, $"/v1/films/{slug}", new { genres = new[] { "War" }, countries = new[] { "LB" } }, etag);

        Assert.DoesNotContain("Filtered Harbour Film", await ListedTitlesAsync("genre=documentary"));
        Assert.DoesNotContain("Filtered Harbour Film", await ListedTitlesAsync("country=SY"));
        Assert.Contains("Filtered Harbour Film", await ListedTitlesAsync("genre=war&country=lebanon&sort=year"));

        await curator.WriteAsync(HttpMethod.Delete, $"/v1/films/{slug}", null, (await curator.GetFilmAsync(slug)).ETag);
        Assert.DoesNotContain("Filtered Harbour Film", await ListedTitlesAsync("genre=war&country=LB"));
    }

    private async Task<List<string>> ListedTitlesAsync(string filters) =>
        (await curator.GetOkAsync<Catalogue.Api.Infrastructure.Paging.Page<Catalogue.Api.Films.FilmSummary>>($"/v1/films?{filters}&limit=100")).Items.Select(f => f.Title).ToList();

    private async Task<List<string>> SearchTitlesAsync(string q) =>
        (await curator.GetOkAsync<Catalogue.Api.Search.SearchResults>($"/v1/search?q={Uri.EscapeDataString(q)}")).Films.Select(f => f.Title).ToList();

    [Fact]
    public async Task A_write_without_if_match_is_refused_with_428()
    {
        var (slug, _) = await NewFilmAsync("Precondition Film");

        var problem = await curator.WriteAsync(HttpMethod.Patch, $"/v1/films/{slug}", new { year = 2018 }, ifMatch: null)
            .ProblemAsync(HttpStatusCode.PreconditionRequired);

        Assert.Contains("If-Match", problem.GetProperty("detail").GetString());
        Assert.Equal(2019, (await curator.GetFilmAsync(slug)).Film.Year);
    }

    [Fact]
    public async Task A_stale_etag_is_refused_with_412_and_the_newer_change_stands()
    {
        var (slug, original) = await NewFilmAsync("Stale Tag Film");
        var (_, fresh) = await curator.WriteOkAsync(HttpMethod.Patch, $"/v1/films/{slug}", new { synopsis = "First edit." }, original);

        await curator.WriteAsync(HttpMethod.Patch, $"/v1/films/{slug}", new { synopsis = "Lost edit." }, original)
            .ProblemAsync(HttpStatusCode.PreconditionFailed);

        var (film, current) = await curator.GetFilmAsync(slug);
        Assert.Equal("First edit.", film.Synopsis);
        Assert.Equal(fresh, current);
        Assert.NotEqual(original, current);
    }

    [Fact]
    public async Task A_merge_patch_changes_only_the_fields_it_names()
    {
        var (slug, etag) = await NewFilmAsync("Patched Film");

        var (film, _) = await curator.WriteOkAsync(HttpMethod.Patch, $"/v1/films/{slug}", new { year = 2016 }, etag);

        Assert.Equal(("Patched Film", 2016, "Documentary", "SY"), (film.Title, film.Year, film.Genres.Single().Name, film.Countries.Single().Code));
    }

    [Fact]
    public async Task Replacing_a_runtime_keeps_its_id_cites_the_curator_and_updates_the_primary_runtime()
    {
        var (slug, etag) = await NewFilmAsync("Runtime Film");
        var response = await curator.WriteAsync(HttpMethod.Post, $"/v1/films/{slug}/runtimes", new { minutes = 90, version = "theatrical" }, etag);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var runtimeId = long.Parse(location.Split('/').Last());

        var (film, _) = await curator.WriteOkAsync(HttpMethod.Put, location, new { minutes = 95, version = "theatrical" }, response.Headers.ETag!.ToString());

        var runtime = Assert.Single(film.Runtimes);
        Assert.Equal((runtimeId, 95, true), (runtime.Id, runtime.Minutes, runtime.IsPrimary));
        Assert.Equal(95, film.PrimaryRuntimeMinutes);
        var entry = await curator.GetOkAsync<Catalogue.Api.Films.RuntimeEntry>(location);
        Assert.Equal(95, entry.Minutes);
    }

    [Fact]
    public async Task A_credit_for_a_new_name_creates_the_person_and_both_changes_reach_the_feed()
    {
        var (slug, etag) = await NewFilmAsync("Credit Film");
        var before = await LastSequenceAsync();

        await curator.WriteOkAsync(HttpMethod.Post, $"/v1/films/{slug}/credits", new { personName = "Waad al-Kateab", role = "director" }, etag);

        var changes = await catalogue.CreatePartnerClient().GetOkAsync<ChangePage>($"/v1/changes?cursor={before}");
        Assert.Contains(changes.Items, c => c is { EntityType: "film", Operation: "updated" } && c.Slug == slug);
        Assert.Contains(changes.Items, c => c is { EntityType: "person", Operation: "created", Slug: "waad-al-kateab" });
    }

    [Fact]
    public async Task Deleting_a_film_answers_204_and_the_feed_records_the_deletion()
    {
        var (slug, etag) = await NewFilmAsync("Doomed Film");
        var before = await LastSequenceAsync();

        var response = await curator.WriteAsync(HttpMethod.Delete, $"/v1/films/{slug}", null, etag);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await catalogue.CreateClient().GetProblemAsync($"/v1/films/{slug}", HttpStatusCode.NotFound);
        var changes = await catalogue.CreatePartnerClient().GetOkAsync<ChangePage>($"/v1/changes?cursor={before}");
        Assert.Contains(changes.Items, c => c is { EntityType: "film", Operation: "deleted", Href: null } && c.Slug == slug);
    }

    [Fact]
    public async Task A_refused_write_leaves_nothing_behind()
    {
        var (slug, etag) = await NewFilmAsync("Unchanged Film");
        var before = await LastSequenceAsync();

        await curator.WriteAsync(HttpMethod.Post, $"/v1/films/{slug}/credits", new { personId = 987654, role = "director" }, etag)
            .ProblemAsync(HttpStatusCode.BadRequest);
        var (withRuntime, tag) = await curator.WriteOkAsync(HttpMethod.Post, $"/v1/films/{slug}/runtimes", new { minutes = 80, version = "streaming", platform = "Netflix" }, etag);
        await curator.WriteAsync(HttpMethod.Post, $"/v1/films/{slug}/runtimes", new { minutes = 80, version = "streaming", platform = "Netflix" }, tag)
            .ProblemAsync(HttpStatusCode.Conflict);

        var (film, current) = await curator.GetFilmAsync(slug);
        Assert.Equal(tag, current);
        Assert.Empty(film.Credits);
        Assert.Single(film.Runtimes);
        Assert.Equal(1, await CountChangesAfterAsync(before));
    }

    [Theory]
    [InlineData(null, "anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("export", "partner", HttpStatusCode.Forbidden)]
    public async Task Writes_need_a_key_with_the_curate_scope(string? scope, string who, HttpStatusCode expected)
    {
        var client = scope is null ? catalogue.CreateClient() : catalogue.CreatePartnerClient();

        await client.WriteAsync(HttpMethod.Post, "/v1/films", new { title = $"Not by {who}" }, null).ProblemAsync(expected);

        await using var db = catalogue.CreateContext();
        Assert.False(await db.Films.AnyAsync(f => f.Title == $"Not by {who}"));
    }

    [Fact]
    public async Task Simultaneous_creations_of_one_title_answer_201_or_409_and_never_500()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            curator.WriteAsync(HttpMethod.Post, "/v1/films", new { title = "Race Film", year = 2021 }, null)));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        await using var db = catalogue.CreateContext();
        Assert.Equal(answers.Count(a => a.StatusCode == HttpStatusCode.Created), await db.Films.CountAsync(f => f.Title == "Race Film"));
    }

    private async Task<long> LastSequenceAsync()
    {
        await using var db = catalogue.CreateContext();
        return await db.ChangeEvents.MaxAsync(c => (long?)c.Sequence) ?? 0;
    }

    private async Task<int> CountChangesAfterAsync(long sequence)
    {
        await using var db = catalogue.CreateContext();
        return await db.ChangeEvents.CountAsync(c => c.Sequence > sequence && c.EntityType == "film");
    }
}
