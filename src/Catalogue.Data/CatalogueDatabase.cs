using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Data;

public static class CatalogueDatabase
{
    public const string ConnectionStringName = "Catalogue";

    /// <summary>The one place the provider is configured, so the API, the job, tests and tooling agree.</summary>
    public static DbContextOptionsBuilder UseCatalogueDatabase(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));

    /// <summary>The same, over a pool the caller shares with readers of its own.</summary>
    public static DbContextOptionsBuilder UseCatalogueDatabase(this DbContextOptionsBuilder options, DbDataSource dataSource) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"));

    public static DbContextOptionsBuilder<CatalogueDbContext> UseCatalogueDatabase(
        this DbContextOptionsBuilder<CatalogueDbContext> options, string connectionString)
    {
        ((DbContextOptionsBuilder)options).UseCatalogueDatabase(connectionString);
        return options;
    }
}
