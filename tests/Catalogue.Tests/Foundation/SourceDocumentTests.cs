using System.Security.Cryptography;
using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Foundation;

public class SourceDocumentTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly string SeedsDirectory = RepositoryRoot.File("seeds");

    [Fact]
    public async Task Seeding_stores_each_seed_once_with_its_hash_size_and_text()
    {
        var seeder = new Seeder(new SeedingSettings(database.ConnectionString), new DocumentExtractor(), TimeProvider.System);

        var first = await seeder.RunAsync(new SeedOptions(SeedsDirectory), null, CancellationToken.None);
        var second = await seeder.RunAsync(new SeedOptions(SeedsDirectory), null, CancellationToken.None);

        Assert.Equal(5, first.Added.Count);
        Assert.Equal(5, second.Unchanged.Count);
        Assert.Empty(second.Added);
        await using var db = database.CreateContext();
        var stored = await db.SourceDocuments.OrderBy(d => d.FileName).ToListAsync();
        Assert.Equal(5, stored.Count);
        foreach (var document in stored)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(SeedsDirectory, document.FileName));
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), document.Sha256);
            Assert.Equal(bytes.Length, document.SizeBytes);
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(SeedsDirectory, document.FileName)), document.Text);
            Assert.Equal(TimeSpan.Zero, document.IngestedAt.Offset);
        }
        Assert.Equal(
            ["000_fbfdd5f9c0853db7.txt", "001_dc65bba0a092193d.txt", "002_924bab159d8ae291.txt", "003_4ccf5f82b860b1ff.txt", "004_50b3ce273594c6f4.txt"],
            stored.Select(d => d.FileName));
    }

    [Fact]
    public async Task Seeding_a_missing_folder_says_so()
    {
        var seeder = new Seeder(new SeedingSettings(database.ConnectionString), new DocumentExtractor(), TimeProvider.System);
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() =>
            seeder.RunAsync(new SeedOptions("/no/such/folder"), null, CancellationToken.None));
        Assert.Contains("/no/such/folder", error.Message);
    }
}
