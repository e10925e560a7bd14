using Catalogue.Data;

namespace Catalogue.Tests.Infrastructure;

/// <summary>A fresh, migrated database for one test class, dropped when the class is done.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public CatalogueDbContext CreateContext() => TestServer.CreateContext(ConnectionString);

    public virtual async Task InitializeAsync() => ConnectionString = await TestServer.CreateDatabaseAsync();

    public virtual Task DisposeAsync() => TestServer.DropDatabaseAsync(ConnectionString);
}
