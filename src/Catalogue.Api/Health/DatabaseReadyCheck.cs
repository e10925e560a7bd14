using Catalogue.Api.Infrastructure.Database;
using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Health;

/// <summary>
/// Ready means the database answers within Database:ReadyTimeoutSeconds and its schema has every migration this build
/// knows. A stalled database is "not ready" when the time is up, whether or not the driver has given up by then.
/// </summary>
public sealed class DatabaseReadyCheck(DbContextOptions<CatalogueDbContext> options, IOptions<DatabaseSettings> settings, DatabaseOutage outage) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = TimeSpan.FromSeconds(settings.Value.ReadyTimeoutSeconds);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        // A context of the check's own, disposed when its lookup ends: an abandoned lookup must not have its connection
        // closed under it by the request scope.
        var db = new CatalogueDbContext(options);
        var pending = db.Database.GetPendingMigrationsAsync(deadline.Token);
        _ = pending.ContinueWith(async _ => await db.DisposeAsync(), TaskScheduler.Default);
        try
        {
            var behind = (await pending.WaitAsync(timeout, cancellationToken)).Count();
            return behind == 0
                ? HealthCheckResult.Healthy("database reachable, schema current")
                : HealthCheckResult.Unhealthy($"schema is behind: {behind} migration(s) pending; run `Catalogue.Seeding migrate`");
        }
        catch (Exception e) when (e is TimeoutException || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Observe(pending);
            outage.Refused("the readiness check got no answer in time");
            return HealthCheckResult.Unhealthy($"database did not answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (DatabaseFailures.Unavailability(e) is { } reason)
        {
            outage.Refused(reason);
            return HealthCheckResult.Unhealthy($"database unavailable: {reason}");
        }
    }

    // The abandoned lookup still ends (cancelled or timed out); its failure is expected and must not go unobserved.
    private static void Observe(Task task) => task.ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
}
