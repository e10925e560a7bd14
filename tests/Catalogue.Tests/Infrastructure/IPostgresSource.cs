namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// Where the tests' PostgreSQL server comes from: a server named by <c>CATALOGUE_TEST_CONNECTION</c>, a
/// Testcontainers container, or a private throwaway cluster. <see cref="PostgresSources"/> chooses one.
/// </summary>
public interface IPostgresSource : IAsyncDisposable
{
    /// <summary>What the source is, for messages.</summary>
    string Description { get; }

    /// <summary>A connection string to the server's maintenance database (<c>postgres</c>), as a superuser.</summary>
    Task<string> StartAsync(CancellationToken cancellationToken);
}

/// <summary>A server someone already runs; the tests create and drop their own databases on it.</summary>
public sealed class ExistingServer(string connectionString) : IPostgresSource
{
    public string Description => $"the server named by {PostgresSources.ConnectionVariable}";

    public Task<string> StartAsync(CancellationToken cancellationToken) => Task.FromResult(connectionString);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
