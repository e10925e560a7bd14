using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

/// <summary>Seeding adds and updates; removing documents takes an explicit prune.</summary>
public class AdditiveSeedingTests
{
    private const string Honeyland = "Honeyland (2019)\n\nDirector: Tamara Kotevska\nCountry: North Macedonia\nRunning time: 85 min\n";
    private const string Senna = "Senna (2010)\n\nDirector: Asif Kapadia\nCountry: United Kingdom\nRunning time: 106 min\n";

    private static Task<SeedReport> SeedAsync(TestDatabase database, DocumentFolder folder, bool prune = false) =>
        new Seeder(new SeedingSettings(database.ConnectionString), new DocumentExtractor(), TimeProvider.System)
            .RunAsync(new SeedOptions(folder.Path, Prune: prune), null, CancellationToken.None);

    [Fact]
    public async Task Seeding_a_second_folder_keeps_every_film_of_the_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var first = new DocumentFolder().Write("honeyland.txt", Honeyland);
        using var second = new DocumentFolder().Write("senna.txt", Senna);

        await SeedAsync(database, first);
        var report = await SeedAsync(database, second);

        Assert.Equal(["senna.txt"], report.Added);
        Assert.Empty(report.Removed);
        await using var db = database.CreateContext();
        Assert.Equal(["Honeyland", "Senna"], await db.Films.OrderBy(f => f.Title).Select(f => f.Title).ToListAsync());
    }

    [Fact]
    public async Task Prune_removes_the_documents_the_folder_no_longer_holds_and_the_films_only_they_gave()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("honeyland.txt", Honeyland).Write("senna.txt", Senna);
        await SeedAsync(database, folder);
        folder.Delete("senna.txt");

        var kept = await SeedAsync(database, folder);
        Assert.Empty(kept.Removed);
        var pruned = await SeedAsync(database, folder, prune: true);

        Assert.Equal(["senna.txt"], pruned.Removed);
        await using var db = database.CreateContext();
        Assert.Equal(["Honeyland"], await db.Films.Select(f => f.Title).ToListAsync());
    }

    [Fact]
    public async Task What_a_document_yielded_is_stored_beside_it_with_the_extractor_version()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder().Write("honeyland.txt", Honeyland);
        await SeedAsync(database, folder);

        await using var db = database.CreateContext();
        var document = await db.SourceDocuments.SingleAsync();
        Assert.Equal(DocumentExtractor.Version, document.ExtractorVersion);
        var stored = ExtractionJson.Read(document.Extraction)!;
        Assert.Equal("Honeyland", Assert.Single(stored.Films).Title.Value);
        Assert.Equal(85, Assert.Single(stored.Films[0].Runtimes).Minutes);
    }
}
