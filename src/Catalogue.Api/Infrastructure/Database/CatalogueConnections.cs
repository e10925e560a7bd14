using System.Data.Common;
using Npgsql;

namespace Catalogue.Api.Infrastructure.Database;

/// <summary>
/// The API's one connection pool, shared by EF Core and the hand-written readers. Unless the connection string says
/// otherwise, statements run often are prepared once per connection, and a connection goes back to the pool without
/// a session reset: nothing in the API changes session state (transactions use SET TRANSACTION and transaction-scoped
/// locks only), so the reset would be a round trip that undoes nothing.
/// </summary>
public static class CatalogueConnections
{
    public const string PoolName = "catalogue";

    private const string MaxAutoPrepare = "Max Auto Prepare";
    private const string AutoPrepareMinUsages = "Auto Prepare Min Usages";
    private const string NoResetOnClose = "No Reset On Close";

    public static NpgsqlDataSource Create(string connectionString)
    {
        // NpgsqlConnectionStringBuilder knows every keyword, so only the plain builder tells which ones were given.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Select(Keyword).ToHashSet();
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.Contains(Keyword(MaxAutoPrepare))) settings.MaxAutoPrepare = 128;
        if (!given.Contains(Keyword(AutoPrepareMinUsages))) settings.AutoPrepareMinUsages = 2;
        if (!given.Contains(Keyword(NoResetOnClose))) settings.NoResetOnClose = true;
        // Named, so Npgsql's metrics label the pool "catalogue" instead of with its connection string.
        return new NpgsqlDataSourceBuilder(settings.ConnectionString) { Name = PoolName }.Build();
    }

    private static string Keyword(string key) => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>A connection of its own, outside the pool, for a session that holds state (LISTEN).</summary>
    public static NpgsqlConnection Dedicated(string connectionString) =>
        new(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 30 }.ConnectionString);
}
