using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Work a feature wants done before the server listens, so the first request does not pay for it: compiling its EF
/// queries and writing its JSON once. A feature registers one with <see cref="WarmUps.AddWarmUp{T}"/> from its own
/// registration code; <see cref="StartupWarmUp"/> runs them in registration order, in one scope.
/// </summary>
public interface IWarmUp
{
    /// <param name="services">The warm-up's scope (one <see cref="Catalogue.Data.CatalogueDbContext"/> for all of them).</param>
    Task WarmAsync(IServiceProvider services, CancellationToken cancellationToken);
}

public static class WarmUps
{
    public static IServiceCollection AddWarmUp<T>(this IServiceCollection services) where T : class, IWarmUp
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IWarmUp, T>());
        return services;
    }
}

/// <summary>
/// Before the server listens, does once what a first request would otherwise pay for: opens a few pooled
/// connections, then runs every <see cref="IWarmUp"/> the features registered (the film list, a film's detail and the
/// search box compile their queries and write their JSON once: about 1.6 s on a cold process, which the first client
/// used to wait for). Bounded by <see cref="Budget"/>; a database that does not answer in time (or at all) only leaves
/// the rest to the first requests, and is reported by readiness as usual. <c>Startup:WarmUp=false</c> turns it off.
/// </summary>
public sealed class StartupWarmUp(IServiceProvider services, IConfiguration configuration, ILogger<StartupWarmUp> logger) : IHostedLifecycleService
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);
    private const int Connections = 4;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Startup:WarmUp", true)) return;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        try
        {
            await WarmAsync(budget.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(e, "Start-up warm-up stopped early; the first requests finish it");
        }
    }

    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        var opened = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < Connections; i++) opened.Add(await dataSource.OpenConnectionAsync(cancellationToken));
        }
        finally
        {
            foreach (var connection in opened) await connection.DisposeAsync();
        }

        await using var scope = services.CreateAsyncScope();
        foreach (var warmUp in services.GetServices<IWarmUp>())
            await warmUp.WarmAsync(scope.ServiceProvider, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
