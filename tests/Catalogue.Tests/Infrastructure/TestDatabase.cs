using Catalogue.Data;

namespace Catalogue.Tests.Infrastructure;

/// <summary>A fresh migrated database for a single test, dropped when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync() => new(await TestServer.CreateDatabaseAsync());

    public CatalogueDbContext CreateContext() => TestServer.CreateContext(ConnectionString);

    public async ValueTask DisposeAsync() => await TestServer.DropDatabaseAsync(ConnectionString);
}

/// <summary>A temporary folder of documents for one test.</summary>
public sealed class DocumentFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"catalogue-docs-{Guid.NewGuid():N}");

    public DocumentFolder() => Directory.CreateDirectory(Path);

    public DocumentFolder Write(string fileName, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), text);
        return this;
    }

    public DocumentFolder WriteBytes(string fileName, byte[] bytes)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, fileName), bytes);
        return this;
    }

    public DocumentFolder Delete(string fileName)
    {
        File.Delete(System.IO.Path.Combine(Path, fileName));
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
