using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Infrastructure.Database;

/// <summary>The DbContext with the Database section's timeouts, and the 503 answer for when PostgreSQL is unavailable.</summary>
public static class CatalogueDatabaseServices
{
    public static IServiceCollection AddCatalogueDatabase(this IServiceCollection services, string connectionString)
    {
        services.AddOptions<DatabaseSettings>()
            .BindConfiguration(DatabaseSettings.Section)
            .Validate(s => s.IsValid, "Database: the timeouts and RetryAfterSeconds must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseOutage>();
        services.AddSingleton<DatabaseAvailabilityInterceptor>();
        services.AddSingleton<RefusedCommandInterceptor>();
        // One pool for EF Core and the hand-written readers, with the bounded timeouts and the pool settings both.
        services.AddSingleton(provider => CatalogueConnections.Create(provider.GetRequiredService<IOptions<DatabaseSettings>>().Value.Apply(connectionString)));
        services.AddDbContext<CatalogueDbContext>((provider, options) => options
            .UseCatalogueDatabase(provider.GetRequiredService<Npgsql.NpgsqlDataSource>())
            .AddInterceptors(provider.GetRequiredService<DatabaseAvailabilityInterceptor>(), provider.GetRequiredService<RefusedCommandInterceptor>())
            // A failed command is answered by an exception handler: a 503 logged once per outage by DatabaseOutage, a 4xx,
            // or an unhandled 500 that the exception handler logs with its stack trace. EF's own error events would
            // log every failure a second time, a stack trace per request during an outage.
            .ConfigureWarnings(warnings => warnings.Log(
                (RelationalEventId.CommandError, LogLevel.Debug),
                (RelationalEventId.ConnectionError, LogLevel.Debug),
                (RelationalEventId.TransactionError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug))));
        // First, so an outage is a 503 whatever else the failure looks like.
        services.AddExceptionHandler<DatabaseUnavailableHandler>();
        return services;
    }
}
