using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

public class LoaderTests
{
    internal const string Listing = """
        Harbour Lights 2019
        Genre: Documentary, War
        Country: Norway
        Run time: 92 min
        IMDb: 7.1/10
        Starring: Ola Nordmann
        Festival: won the Grand Prize at Bergen.
        Distributed by Fjord Pictures.
        A harbour town keeps its lights on through a long winter.
        """;

    private const string Review = """
        A review of Harbour Lights
        Harbour lights is patient and kind. Director Kari Holm lets the winter speak.
        Ola Nordmann carries it. Genre: Documentary
        """;

    private static readonly ScriptedExtractor Extractor = new ScriptedExtractor()
        .On("Harbour Lights 2019", text => FilmFactsBuilder.Document(DocumentKinds.Listing,
            new FilmFactsBuilder(text, "Harbour Lights").Year(2019).Genre("Documentary").Genre("War").Country("NO", "Norway")
                .Runtime(92, RuntimeVersions.Listing, "92 min").Rating("imdb", "7.1/10", 7.1m, 10)
                .Credit("Ola Nordmann", CreditRoles.Subject)
                .Award("Bergen International Film Festival", "Grand Prize", AwardOutcomes.Won, "won the Grand Prize at Bergen")
                .Company("Fjord Pictures", CompanyRoles.Distributor)
                .Synopsis("A harbour town keeps its lights on through a long winter.").Build()))
        .On("A review of Harbour Lights", text => FilmFactsBuilder.Document(DocumentKinds.ProseReview,
            new FilmFactsBuilder(text, "Harbour lights").Genre("Documentary").Credit("Kari Holm", CreditRoles.Director)
                .Credit("Ola Nordmann", CreditRoles.Subject)
                .Review("critic", ("Harbour lights is patient and kind.", null), ("Director Kari Holm lets the winter speak.", null)).Build()));

    [Fact]
    public async Task Every_fact_of_a_document_is_stored_with_the_span_and_rule_it_came_from()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing);

        await SeedAsync(database, folder);

        await using var db = database.CreateContext();
        var film = await db.Films.SingleAsync();
        Assert.Equal(("harbour-lights-2019", "Harbour Lights", 2019, 92, 71.00m), (film.Slug, film.Title, film.Year, film.PrimaryRuntimeMinutes, film.AverageRating));
        var quotes = await db.FactSources.Select(s => new { s.FactKind, s.Quote, s.Rule, s.SpanStart, s.SpanLength, s.Document!.Text }).ToListAsync();
        Assert.All(quotes, q => Assert.Equal(q.Quote, q.Text.Substring(q.SpanStart!.Value, q.SpanLength!.Value)));
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.Runtime, Quote: "92 min" });
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.Rating, Quote: "7.1/10" });
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.Country, Quote: "Norway" });
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.Credit, Quote: "Ola Nordmann" });
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.Award, Quote: "won the Grand Prize at Bergen" });
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.Company, Quote: "Fjord Pictures" });
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.FilmYear, Quote: "2019" });
        Assert.Contains(quotes, q => q is { FactKind: FactKinds.FilmSynopsis });
        Assert.All(quotes, q => Assert.Contains(q.Rule, new[] { "test.rule", "test.title" }));
    }

    [Fact]
    public async Task Seeding_the_same_documents_twice_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing).Write("b.txt", Review);

        await SeedAsync(database, folder);
        List<string> before;
        await using (var db = database.CreateContext()) before = await CatalogueSnapshot.TakeAsync(db, withIds: true);
        var second = await SeedAsync(database, folder);

        Assert.Equal(2, second.Unchanged.Count);
        Assert.True(second.Facts.IsEmpty);
        await using (var db = database.CreateContext()) Assert.Equal(before, await CatalogueSnapshot.TakeAsync(db, withIds: true));
    }

    [Fact]
    public async Task The_same_film_under_a_case_variant_of_its_title_is_one_film_with_both_sources()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing).Write("b.txt", Review);

        await SeedAsync(database, folder);

        await using var db = database.CreateContext();
        var film = await db.Films.SingleAsync();
        Assert.Equal("Harbour Lights", film.Title);
        Assert.Equal(2, await db.FactSources.CountAsync(s => s.FactKind == FactKinds.FilmTitle && s.FactId == film.Id));
        var credit = await db.Credits.SingleAsync(c => c.Person.Name == "Ola Nordmann");
        Assert.Equal(2, await db.FactSources.CountAsync(s => s.FactKind == FactKinds.Credit && s.FactId == credit.Id));
    }

    [Fact]
    public async Task A_changed_document_replaces_exactly_the_facts_it_contributed()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing).Write("b.txt", Review);
        await SeedAsync(database, folder);
        long documentaryId;
        await using (var db = database.CreateContext())
            documentaryId = await db.FilmGenres.Where(g => g.Genre.Name == "Documentary").Select(g => g.Id).SingleAsync();

        folder.Write("a.txt", Listing.Replace("Run time: 92 min", "Run time: 95 min"));
        var extractor = new ScriptedExtractor().On("Harbour Lights 2019", text => FilmFactsBuilder.Document(DocumentKinds.Listing,
            new FilmFactsBuilder(text, "Harbour Lights").Year(2019).Genre("Documentary").Runtime(95, RuntimeVersions.Listing, "95 min").Build()))
            .On("A review of Harbour Lights", text => Extractor.Extract(text));
        var report = await SeedAsync(database, folder, extractor);

        Assert.Equal(["a.txt"], report.Updated);
        await using (var db = database.CreateContext())
        {
            Assert.Equal([95], await db.Runtimes.Select(r => r.Minutes).ToListAsync());
            Assert.Equal(95, (await db.Films.SingleAsync()).PrimaryRuntimeMinutes);
            Assert.Equal(["Documentary"], await db.FilmGenres.Select(g => g.Genre.Name).ToListAsync());
            Assert.Equal(documentaryId, await db.FilmGenres.Select(g => g.Id).SingleAsync());
            Assert.Empty(await db.Ratings.ToListAsync());
            Assert.Empty(await db.Awards.ToListAsync());
            Assert.Empty(await db.FilmCompanies.ToListAsync());
            Assert.Empty(await db.Companies.ToListAsync());
            // The review's facts were not this document's to take.
            Assert.Equal(2, await db.ReviewExcerpts.CountAsync());
            Assert.True(await db.Credits.AnyAsync(c => c.Person.Name == "Ola Nordmann"));
        }
        Assert.Equal(1, report.Facts.ByKind[FactKinds.Runtime].Added);
        Assert.Equal(1, report.Facts.ByKind[FactKinds.Runtime].Removed);
    }

    [Fact]
    public async Task A_removed_document_takes_away_only_what_no_other_document_supports()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing).Write("b.txt", Review);
        await SeedAsync(database, folder);

        folder.Delete("a.txt");
        var report = await SeedAsync(database, folder);

        Assert.Equal(["a.txt"], report.Removed);
        await using var db = database.CreateContext();
        var film = await db.Films.SingleAsync();
        Assert.Null(film.Year);
        Assert.Null(film.Synopsis);
        Assert.Null(film.PrimaryRuntimeMinutes);
        Assert.Equal(["Documentary"], await db.FilmGenres.Select(g => g.Genre.Name).ToListAsync());
        Assert.Empty(await db.FilmCountries.ToListAsync());
        Assert.Equal(["Kari Holm", "Ola Nordmann"], await db.People.OrderBy(p => p.Name).Select(p => p.Name).ToListAsync());
        Assert.Equal(["b.txt"], await db.SourceDocuments.Select(d => d.FileName).ToListAsync());
        Assert.False(await db.FactSources.AnyAsync(s => s.Document!.FileName == "a.txt"));
    }

    [Fact]
    public async Task When_the_document_a_synopsis_came_from_goes_another_document_that_states_one_supplies_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        const string other = "Harbour Lights, again\nHarbour Lights is a film about keeping the lights on.";
        using var folder = new DocumentFolder().Write("a.txt", Listing).Write("b.txt", other);
        var extractor = new ScriptedExtractor()
            .On("Harbour Lights 2019", text => Extractor.Extract(text))
            .On("Harbour Lights, again", text => FilmFactsBuilder.Document(DocumentKinds.Synopsis,
                new FilmFactsBuilder(text, "Harbour Lights").Synopsis("Harbour Lights is a film about keeping the lights on.").Build()));
        await SeedAsync(database, folder, extractor);
        await using (var db = database.CreateContext())
            Assert.StartsWith("A harbour town", (await db.Films.SingleAsync()).Synopsis);

        folder.Delete("a.txt");
        await SeedAsync(database, folder, extractor);

        await using (var db = database.CreateContext())
        {
            var film = await db.Films.SingleAsync();
            Assert.Equal("Harbour Lights is a film about keeping the lights on.", film.Synopsis);
            var source = await db.FactSources.Include(s => s.Document).SingleAsync(s => s.FactKind == FactKinds.FilmSynopsis && s.FactId == film.Id);
            Assert.Equal(("b.txt", "Harbour Lights is a film about keeping the lights on."), (source.Document!.FileName, source.Quote));
        }
    }

    [Fact]
    public async Task A_film_no_document_mentions_any_more_is_deleted_with_its_people_and_the_feed_says_so()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing);
        await SeedAsync(database, folder);

        folder.Delete("a.txt");
        await SeedAsync(database, folder);

        await using var db = database.CreateContext();
        Assert.Empty(await db.Films.ToListAsync());
        Assert.Empty(await db.People.ToListAsync());
        Assert.Empty(await db.FactSources.ToListAsync());
        var feed = await db.ChangeEvents.OrderBy(c => c.Sequence).Select(c => $"{c.EntityType} {c.EntitySlug} {c.Operation}").ToListAsync();
        Assert.Equal(
            ["film harbour-lights-2019 created", "person ola-nordmann created", "film harbour-lights-2019 deleted", "person ola-nordmann deleted"],
            feed);
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_writes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing);

        var report = await SeedAsync(database, folder, dryRun: true);

        Assert.Equal(["a.txt"], report.Added);
        Assert.Equal(1, report.Facts.ByKind[FactKinds.Runtime].Added);
        await using var db = database.CreateContext();
        Assert.Empty(await db.SourceDocuments.ToListAsync());
        Assert.Empty(await db.Films.ToListAsync());
        Assert.Empty(await db.ChangeEvents.ToListAsync());
    }

    [Fact]
    public async Task A_document_the_database_refuses_is_reported_and_leaves_nothing_behind_while_the_rest_go_on()
    {
        await using var database = await TestDatabase.CreateAsync();
        var longTitle = new string('x', 400);
        using var folder = new DocumentFolder().Write("a.txt", Listing).Write("b.txt", "Too long\nDocumentary\n" + longTitle);
        var extractor = new ScriptedExtractor()
            .On("Harbour Lights 2019", text => Extractor.Extract(text))
            .On("Too long", text => FilmFactsBuilder.Document(DocumentKinds.Synopsis, new FilmFactsBuilder(text, longTitle).Genre("Documentary").Build()));

        var report = await SeedAsync(database, folder, extractor);

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal("b.txt", rejected.FileName);
        Assert.Contains("database refused", rejected.Reason);
        await using var db = database.CreateContext();
        Assert.Equal(["a.txt"], await db.SourceDocuments.Select(d => d.FileName).ToListAsync());
        Assert.Equal(["Harbour Lights"], await db.Films.Select(f => f.Title).ToListAsync());
    }

    [Fact]
    public async Task A_second_run_waits_for_the_first_to_release_the_lock()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing);
        await using var holder = new Npgsql.NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({Seeder.AdvisoryLockKey})", holder))
            await take.ExecuteNonQueryAsync();

        var observer = new RecordingObserver();
        var run = new Seeder(new SeedingSettings(database.ConnectionString), Extractor, TimeProvider.System)
            .RunAsync(new SeedOptions(folder.Path, Prune: true), observer, CancellationToken.None);
        await Task.Delay(700);
        Assert.False(run.IsCompleted);
        Assert.Contains(observer.Notices, n => n.Contains("waiting"));
        await using (var db = database.CreateContext()) Assert.Empty(await db.SourceDocuments.ToListAsync());

        await using (var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({Seeder.AdvisoryLockKey})", holder))
            await release.ExecuteNonQueryAsync();
        var report = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["a.txt"], report.Added);
    }

    [Fact]
    public async Task Two_concurrent_runs_store_everything_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("a.txt", Listing).Write("b.txt", Review);

        var reports = await Task.WhenAll(SeedAsync(database, folder), SeedAsync(database, folder));

        Assert.Equal(2, reports.Sum(r => r.Added.Count));
        Assert.Equal(2, reports.Sum(r => r.Unchanged.Count));
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Films.CountAsync());
        Assert.Equal(2, await db.People.CountAsync());
    }

    internal static Task<SeedReport> SeedAsync(TestDatabase database, DocumentFolder folder, IDocumentExtractor? extractor = null, bool dryRun = false) =>
        new Seeder(new SeedingSettings(database.ConnectionString), extractor ?? Extractor, TimeProvider.System)
            .RunAsync(new SeedOptions(folder.Path, dryRun, Prune: true), null, CancellationToken.None);

    private sealed class RecordingObserver : ISeedObserver
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Notices { get; } = new();

        public void Notice(string message) => Notices.Enqueue(message);

        public void Started(int documentCount) { }

        public void Finished(string fileName, string outcome, string? detail) { }
    }
}
