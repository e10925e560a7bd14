using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// A test class's own copy of the catalogue seeded from <c>seeds/</c>. The five documents are seeded once per
/// test run into a template database; each class clones it, so every class starts from the same catalogue.
/// </summary>
public class SeededCatalogueFixture : ApiFixture
{
    private static readonly Lazy<Task<string>> SeededTemplate = new(CreateSeededTemplateAsync);

    public override async Task InitializeAsync()
    {
        ConnectionStringOverride = await TestServer.CreateDatabaseAsync(await SeededTemplate.Value);
        await base.InitializeAsync();
    }

    private static async Task<string> CreateSeededTemplateAsync()
    {
        var connectionString = await TestServer.CreateDatabaseAsync();
        var seeder = new Seeder(new SeedingSettings(connectionString), new DocumentExtractor(), TimeProvider.System);
        var report = await seeder.RunAsync(new SeedOptions(RepositoryRoot.File("seeds")), null, CancellationToken.None);
        if (report.Rejected.Count > 0)
            throw new InvalidOperationException($"seeding the seeds rejected {string.Join(", ", report.Rejected)}");
        return await TestServer.FreezeAsTemplateAsync(connectionString);
    }
}
