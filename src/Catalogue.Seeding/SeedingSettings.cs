using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Catalogue.Seeding;

public sealed class SettingsException(string message) : Exception(message);

/// <summary>Where the job's database is, read the way the API reads it (appsettings.json, then environment).</summary>
public sealed record SeedingSettings(string ConnectionString)
{
    public static SeedingSettings Load()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var connectionString = configuration.GetConnectionString(CatalogueDatabase.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new SettingsException("no database configured: set ConnectionStrings__Catalogue, e.g. \"Host=127.0.0.1;Port=55432;Database=catalogue;Username=postgres\".");
        return new SeedingSettings(connectionString);
    }

    public CatalogueDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<CatalogueDbContext>().UseCatalogueDatabase(ConnectionString).Options);

    /// <summary>Runs a database step, turning "cannot connect" into one clear line.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (Exception e) when (DatabaseUnreachableException.TryExplain(Unwrap(e), ConnectionString, out var explained))
        {
            throw explained;
        }
    }

    public Task WithDatabaseAsync(Func<Task> step) =>
        WithDatabaseAsync(async () => { await step(); return true; });

    private static Exception Unwrap(Exception e) =>
        e is InvalidOperationException { InnerException: { } inner } ? inner : e;
}
