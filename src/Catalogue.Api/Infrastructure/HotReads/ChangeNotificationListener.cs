using Catalogue.Api.Infrastructure.Database;
using Catalogue.Data;
using Npgsql;

namespace Catalogue.Api.Infrastructure.HotReads;

/// <summary>
/// Keeps a connection of its own listening for <see cref="ChangeFeed.NotificationChannel"/>, which every transaction
/// that writes the change feed notifies as it commits (the seeding job's, other API instances', this one's), and
/// empties the hot-read cache on each. While the connection is down, the cache is out of use: a notification missed
/// then would leave an old body in it.
/// </summary>
public sealed class ChangeNotificationListener(HotReadCache cache, string connectionString, ILogger<ChangeNotificationListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = CatalogueConnections.Dedicated(connectionString);
                connection.Notification += (_, _) => cache.Invalidate();
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChangeFeed.NotificationChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                cache.StartServing();
                while (true) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                // One line, no stack trace: the database outage itself is logged once by the outage tracker.
                logger.LogWarning("Change notifications lost ({Reason}); hot reads go to the database until they are back.", exception.Message);
            }
            finally
            {
                cache.StopServing();
            }

            try { await Task.Delay(RetryAfter, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}

public static class HotReadServices
{
    public static void AddHotReads(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var bounds = configuration.GetSection(HotReadBounds.Section);
        services.AddSingleton(new HotReadCache(new HotReadBounds(
            bounds.GetValue(nameof(HotReadBounds.MaxEntries), HotReadBounds.Default.MaxEntries),
            bounds.GetValue(nameof(HotReadBounds.MaxBytes), HotReadBounds.Default.MaxBytes))));
        services.AddHostedService(provider => new ChangeNotificationListener(
            provider.GetRequiredService<HotReadCache>(), connectionString, provider.GetRequiredService<ILogger<ChangeNotificationListener>>()));
    }
}
