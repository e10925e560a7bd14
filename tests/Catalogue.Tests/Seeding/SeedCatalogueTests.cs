using Catalogue.Data.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

/// <summary>The catalogue the five documents in seeds/ produce: every fact the product expects, each traceable.</summary>
public class SeedCatalogueTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    private const string Listing = "000_fbfdd5f9c0853db7.txt";
    private const string ProseReview = "001_dc65bba0a092193d.txt";
    private const string LabelledReview = "002_924bab159d8ae291.txt";
    private const string Article = "003_4ccf5f82b860b1ff.txt";
    private const string Synopsis = "004_50b3ce273594c6f4.txt";

    private sealed record Source(string Document, string Quote, string Rule);

    private async Task<List<Source>> SourcesAsync(string kind, long factId)
    {
        await using var db = catalogue.CreateContext();
        var sources = await db.FactSources.Where(s => s.FactKind == kind && s.FactId == factId)
            .Select(s => new { s.Document!.FileName, s.Document.Text, s.Quote, s.SpanStart, s.SpanLength, s.Rule })
            .ToListAsync();
        Assert.All(sources, s => Assert.Equal(s.Text.Substring(s.SpanStart!.Value, s.SpanLength!.Value), s.Quote));
        return sources.Select(s => new Source(s.FileName, s.Quote!, s.Rule)).ToList();
    }

    private async Task<Film> FilmAsync(string slug)
    {
        await using var db = catalogue.CreateContext();
        return await db.Films.AsNoTracking()
            .Include(f => f.Titles).Include(f => f.Runtimes).Include(f => f.Ratings).Include(f => f.Awards)
            .Include(f => f.Genres).ThenInclude(g => g.Genre).Include(f => f.Countries)
            .Include(f => f.Companies).ThenInclude(c => c.Company).ThenInclude(c => c.Aliases)
            .Include(f => f.Credits).ThenInclude(c => c.Person).ThenInclude(p => p.Aliases)
            .Include(f => f.Reviews).ThenInclude(r => r.Document)
            .AsSplitQuery()
            .SingleAsync(f => f.Slug == slug);
    }

    [Fact]
    public async Task Last_men_in_aleppo_is_one_film_of_2017_known_from_four_documents()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        Assert.Equal(("Last Men in Aleppo", 2017), (film.Title, film.Year));
        var titleSources = await SourcesAsync(FactKinds.FilmTitle, film.Id);
        Assert.Equal([Listing, ProseReview, LabelledReview, Article], titleSources.Select(s => s.Document).Distinct().Order());
        Assert.Contains(await SourcesAsync(FactKinds.FilmYear, film.Id), s => s.Document == Listing && s.Quote.Contains("2017"));
        Assert.Equal([Listing, ProseReview, LabelledReview, Article], film.Reviews.Select(r => r.Document!.FileName).Order());
    }

    [Fact]
    public async Task Genres_are_documentary_and_war_and_the_site_category_movie_is_not_one()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        Assert.Equal(["Documentary", "War"], film.Genres.Select(g => g.Genre.Name).Order());
        foreach (var genre in film.Genres)
            Assert.Contains(await SourcesAsync(FactKinds.Genre, genre.Id), s => s.Document == Listing && s.Quote.Contains(genre.Genre.Name));
        await using var db = catalogue.CreateContext();
        Assert.False(await db.Genres.AnyAsync(g => g.Name == "Movie"));
    }

    [Fact]
    public async Task The_country_is_denmark_and_the_view_count_is_read_from_the_listing()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var country = Assert.Single(film.Countries);
        Assert.Equal("DK", country.CountryCode);
        Assert.Contains(await SourcesAsync(FactKinds.Country, country.Id), s => s.Quote.Contains("Denmark"));
        Assert.Equal(32108, film.ViewCount);
        Assert.Contains(await SourcesAsync(FactKinds.FilmViewCount, film.Id), s => s.Quote.Contains("32108"));
    }

    [Fact]
    public async Task Three_runtimes_are_kept_each_with_its_version_and_source_and_theatrical_is_primary()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var runtimes = film.Runtimes.OrderBy(r => r.Minutes).Select(r => (r.Minutes, r.Version, r.Platform)).ToList();
        Assert.Equal([(83, "listing", null), (88, "streaming", "Netflix"), (104, "theatrical", null)], runtimes);
        Assert.Equal(104, film.PrimaryRuntimeMinutes);
        var quotes = new Dictionary<int, string> { [83] = "83 min", [88] = "88-minute version", [104] = "104 minutes" };
        foreach (var runtime in film.Runtimes)
            Assert.Contains(await SourcesAsync(FactKinds.Runtime, runtime.Id), s => s.Quote.Contains(quotes[runtime.Minutes]));
    }

    [Fact]
    public async Task The_imdb_rating_and_the_users_star_rating_keep_their_own_scales()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var imdb = Assert.Single(film.Ratings, r => r.Source == "imdb");
        Assert.Equal((7.4m, 10m, 74m), (imdb.Value, imdb.Scale, imdb.Normalized));
        Assert.Contains(await SourcesAsync(FactKinds.Rating, imdb.Id), s => s.Quote.Contains("7.4/10"));
        var stars = Assert.Single(film.Ratings, r => r.Scale == 5);
        Assert.Equal((4m, 80m), (stars.Value, stars.Normalized));
        Assert.Contains(await SourcesAsync(FactKinds.Rating, stars.Id), s => s.Quote.Contains("4 stars (out of 5)"));
    }

    [Fact]
    public async Task The_director_is_firas_fayyad_also_written_feras_fayyad()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var director = Assert.Single(film.Credits, c => c.Role == CreditRoles.Director);
        Assert.Equal("Firas Fayyad", director.Person.Name);
        Assert.Contains("Feras Fayyad", director.Person.Aliases.Select(a => a.Alias));
        var sources = await SourcesAsync(FactKinds.Credit, director.Id);
        Assert.Contains(sources, s => s.Document == ProseReview && s.Quote.Contains("Feras Fayyad"));
        Assert.Contains(sources, s => s.Document == Article && s.Quote.Contains("Firas Fayyad"));
    }

    [Theory]
    [InlineData(CreditRoles.CoDirector, "Steen Johannessen")]
    [InlineData(CreditRoles.Cinematographer, "Fadi Al Halabi")]
    public async Task The_crew_is_read_from_role_phrases(string role, string name)
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var credit = Assert.Single(film.Credits, c => c.Role == role);
        Assert.Equal(name, credit.Person.Name);
        Assert.Contains(await SourcesAsync(FactKinds.Credit, credit.Id), s => s.Document == LabelledReview && s.Quote.Contains(name));
    }

    [Fact]
    public async Task The_subjects_are_khaled_umar_harah_mahmoud_batul_and_subhi_with_khaleds_other_spellings_as_aliases()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var subjects = film.Credits.Where(c => c.Role == CreditRoles.Subject).ToList();
        Assert.Equal(["Batul", "Khaled Umar Harah", "Mahmoud", "Subhi"], subjects.Select(c => c.Person.Name).Order());
        var khaled = subjects.Single(c => c.Person.Name == "Khaled Umar Harah");
        Assert.Superset(new HashSet<string> { "Khaled", "Khalid" }, khaled.Person.Aliases.Select(a => a.Alias).ToHashSet());
        Assert.Contains(await SourcesAsync(FactKinds.Credit, khaled.Id), s => s.Document == Listing && s.Quote.Contains("Khaled Umar Harah"));
        await using var db = catalogue.CreateContext();
        Assert.False(await db.People.AnyAsync(p => p.Name == "" || p.Name == "," || p.Name == "Deadline"));
    }

    [Fact]
    public async Task The_white_helmets_are_the_subject_organisation_also_known_as_the_syrian_civil_defence()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var subject = Assert.Single(film.Companies, c => c.Role == CompanyRoles.Subject);
        Assert.Equal("White Helmets", subject.Company.Name);
        Assert.Contains("Syrian Civil Defence", subject.Company.Aliases.Select(a => a.Alias));
        Assert.NotEmpty(await SourcesAsync(FactKinds.Company, subject.Id));
    }

    [Fact]
    public async Task Sundance_was_won_and_the_cinema_eye_honor_was_a_nomination()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var sundance = Assert.Single(film.Awards, a => a.Event == "Sundance Film Festival");
        Assert.Equal(AwardOutcomes.Won, sundance.Outcome);
        Assert.Contains("international documentary", sundance.Category);
        Assert.Contains(await SourcesAsync(FactKinds.Award, sundance.Id), s => s.Document == Article && s.Quote.Contains("Sundance"));
        var cinemaEye = Assert.Single(film.Awards, a => a.Event == "Cinema Eye Honors");
        Assert.Equal(("Outstanding Achievement in Nonfiction Filmmaking", AwardOutcomes.Nominated), (cinemaEye.Category, cinemaEye.Outcome));
        Assert.Contains(await SourcesAsync(FactKinds.Award, cinemaEye.Id), s => s.Quote.Contains("Outstanding Achievement in Nonfiction Filmmaking"));
    }

    [Fact]
    public async Task Grasshopper_film_is_the_distributor_from_the_photo_credit_lines()
    {
        var film = await FilmAsync("last-men-in-aleppo-2017");

        var distributor = Assert.Single(film.Companies, c => c.Role == CompanyRoles.Distributor);
        Assert.Equal("Grasshopper Film", distributor.Company.Name);
        Assert.Contains(await SourcesAsync(FactKinds.Company, distributor.Id), s => s.Document == Article && s.Quote.Contains("Grasshopper Film"));
    }

    [Fact]
    public async Task The_labelled_review_gives_39_excerpts_with_the_documents_own_labels()
    {
        await using var db = catalogue.CreateContext();
        var excerpts = await db.ReviewExcerpts.Where(e => e.Review.Document!.FileName == LabelledReview)
            .OrderBy(e => e.Position).ToListAsync();

        Assert.Equal(39, excerpts.Count);
        Assert.Equal(Enumerable.Range(0, 39), excerpts.Select(e => e.Position));
        var counts = excerpts.GroupBy(e => e.Sentiment!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["negative"] = 23, ["neutral"] = 7, ["positive"] = 8, ["very-negative"] = 1 }, counts);
        Assert.All(excerpts, e => Assert.Equal("document", e.SentimentSource));
        Assert.StartsWith("Since late , the Syrian Civil Defence", excerpts[0].Text);
        Assert.Contains(await SourcesAsync(FactKinds.Excerpt, excerpts[38].Id), s => s.Quote.Contains("understands the gravity of that line"));
    }

    [Fact]
    public async Task Boilerplate_never_becomes_an_excerpt_or_a_person()
    {
        await using var db = catalogue.CreateContext();
        var texts = await db.ReviewExcerpts.Select(e => e.Text).ToListAsync();

        Assert.NotEmpty(texts);
        Assert.DoesNotContain(texts, t => t.Contains("Leave a Reply") || t.Contains("Akismet") || t.Contains("email address")
            || t.Contains("Go top") || t.Contains("UA-100342494") || t.Trim() == "Grasshopper Film");
        var people = await db.People.Select(p => p.Name).ToListAsync();
        Assert.DoesNotContain(people, n => n.Contains("Grasshopper") || n.Contains("Akismet") || n.Contains("Leave"));
    }

    [Fact]
    public async Task Under_siege_is_a_syrian_documentary_also_titled_life_under_siege_about_ahmed_commissioned_by_panorama()
    {
        var film = await FilmAsync("under-siege-voices-from-aleppo");

        Assert.Equal("Under Siege: Voices from Aleppo", film.Title);
        var alternate = Assert.Single(film.Titles);
        Assert.Equal("Life Under Siege", alternate.Title);
        Assert.Contains(await SourcesAsync(FactKinds.AlternateTitle, alternate.Id), s => s.Document == Synopsis && s.Quote.Contains("Life Under Siege"));
        Assert.Equal(["Documentary"], film.Genres.Select(g => g.Genre.Name));
        Assert.Equal(["SY"], film.Countries.Select(c => c.CountryCode));
        var ahmed = Assert.Single(film.Credits);
        Assert.Equal(("Ahmed", CreditRoles.Subject), (ahmed.Person.Name, ahmed.Role));
        Assert.Contains("civil-defense volunteer", ahmed.Description);
        var commissioner = Assert.Single(film.Companies, c => c.Role == CompanyRoles.Commissioner);
        Assert.Equal("Panorama", commissioner.Company.Name);
        Assert.Contains(await SourcesAsync(FactKinds.Company, commissioner.Id), s => s.Quote.Contains("Panorama"));
    }

    [Theory]
    [InlineData("city-of-ghosts", "City of Ghosts", new[] { "Matthew Heinemann" })]
    [InlineData("hell-on-earth-the-fall-of-syria-and-the-rise-of-isis", "Hell on Earth: The Fall of Syria and the Rise of ISIS", new[] { "Nick Quested", "Sebastian Junger" })]
    [InlineData("cries-from-syria", "Cries from Syria", new[] { "Evgeny Afineevsky" })]
    public async Task The_documentaries_the_article_mentions_have_their_directors_as_written(string slug, string title, string[] directors)
    {
        var film = await FilmAsync(slug);

        Assert.Equal(title, film.Title);
        Assert.Equal(directors, film.Credits.Where(c => c.Role == CreditRoles.Director).Select(c => c.Person.Name).Order());
        foreach (var credit in film.Credits)
            Assert.Contains(await SourcesAsync(FactKinds.Credit, credit.Id), s => s.Document == Article && s.Quote.Contains(credit.Person.Name));
    }

    [Fact]
    public async Task Ahmed_of_under_siege_is_not_merged_with_anyone_on_another_film()
    {
        await using var db = catalogue.CreateContext();
        var ahmed = await db.People.Include(p => p.Credits).ThenInclude(c => c.Film).SingleAsync(p => p.Name == "Ahmed");

        Assert.Equal(["under-siege-voices-from-aleppo"], ahmed.Credits.Select(c => c.Film.Slug));
    }
}
