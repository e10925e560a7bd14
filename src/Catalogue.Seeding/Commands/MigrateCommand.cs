using Microsoft.EntityFrameworkCore;

namespace Catalogue.Seeding.Commands;

public static class MigrateCommand
{
    public static async Task<int> RunAsync(SeedingSettings settings, CancellationToken cancellationToken)
    {
        var applied = await MigrateAsync(settings, cancellationToken);
        Console.WriteLine(applied.Count == 0
            ? "schema is current"
            : $"applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        return 0;
    }

    /// <summary>Applies pending migrations (EF Core serialises concurrent runs with its own lock).</summary>
    public static Task<IReadOnlyList<string>> MigrateAsync(SeedingSettings settings, CancellationToken cancellationToken) =>
        settings.WithDatabaseAsync<IReadOnlyList<string>>(async () =>
        {
            await using var db = settings.CreateContext();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0) await db.Database.MigrateAsync(cancellationToken);
            return pending;
        });
}
