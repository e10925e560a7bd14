using Catalogue.Bench;
using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

public class ResilienceTests
{
    [Fact]
    public async Task Seeding_the_seeds_a_second_time_changes_nothing_at_all()
    {
        await using var database = await TestDatabase.CreateAsync();
        var seeder = new Seeder(new SeedingSettings(database.ConnectionString), new DocumentExtractor(), TimeProvider.System);
        var options = new SeedOptions(RepositoryRoot.File("seeds"));
        await seeder.RunAsync(options, null, CancellationToken.None);
        List<string> before;
        await using (var db = database.CreateContext()) before = await CatalogueSnapshot.TakeAsync(db, withIds: true);
        var feedLength = await CountChangesAsync(database);

        var second = await seeder.RunAsync(options, null, CancellationToken.None);

        Assert.Equal(5, second.Unchanged.Count);
        await using (var db = database.CreateContext()) Assert.Equal(before, await CatalogueSnapshot.TakeAsync(db, withIds: true));
        Assert.Equal(feedLength, await CountChangesAsync(database));
    }

    [Fact]
    public async Task Killing_the_job_mid_run_and_running_it_again_ends_in_the_same_catalogue_as_an_uninterrupted_run()
    {
        using var folder = new DocumentFolder();
        SyntheticDocuments.WriteTo(folder.Path, 250);
        await using var uninterrupted = await TestDatabase.CreateAsync();
        await using var interrupted = await TestDatabase.CreateAsync();

        var clean = await SeedingProcess.RunAsync(uninterrupted.ConnectionString, "seed", "--documents", folder.Path);
        Assert.Equal(0, clean.ExitCode);

        foreach (var killAfter in new[] { 15, 90 })
        {
            using var process = SeedingProcess.Start(interrupted.ConnectionString, "seed", "--documents", folder.Path);
            await WaitForDocumentsAsync(interrupted, killAfter, process);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        var resumed = await SeedingProcess.RunAsync(interrupted.ConnectionString, "seed", "--documents", folder.Path);
        Assert.Equal(0, resumed.ExitCode);

        await using var expected = uninterrupted.CreateContext();
        await using var actual = interrupted.CreateContext();
        Assert.Equal(250, await actual.SourceDocuments.CountAsync());
        Assert.Equal(await CatalogueSnapshot.TakeAsync(expected, withIds: false), await CatalogueSnapshot.TakeAsync(actual, withIds: false));
    }

    private static async Task WaitForDocumentsAsync(TestDatabase database, int count, System.Diagnostics.Process process)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            await using var db = database.CreateContext();
            if (await db.SourceDocuments.CountAsync() >= count) return;
            await Task.Delay(20);
        }
        throw new TimeoutException($"the seeding job did not reach {count} documents (exited: {process.HasExited})");
    }

    private static async Task<int> CountChangesAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.ChangeEvents.CountAsync();
    }
}
