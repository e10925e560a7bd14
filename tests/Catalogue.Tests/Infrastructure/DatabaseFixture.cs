using Catalogue.Data;

namespace Catalogue.Tests.Infrastructure;

/// <summary>A fresh, migrated database for one test class, dropped when the class is done.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public CatalogueDbContext CreateContext() => TestServer.CreateContext(ConnectionString);

    /// <summary>Set by a derived fixture to use a database it prepared instead of a fresh migrated one.</summary>
    protected string? ConnectionStringOverride { get; set; }

    public virtual async Task InitializeAsync() =>
        ConnectionString = ConnectionStringOverride ?? await TestServer.CreateDatabaseAsync();

    public virtual Task DisposeAsync() => TestServer.DropDatabaseAsync(ConnectionString);
}
