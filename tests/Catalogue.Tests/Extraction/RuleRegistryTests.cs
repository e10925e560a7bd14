using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Extraction;

/// <summary>Every rule is one entry of the registry, and its examples say what it reads and what it leaves alone.</summary>
public class RuleRegistryTests
{
    public static TheoryData<string, string, string> Reads()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var rule in ExtractionRules.All)
            foreach (var (document, fact) in rule.Reads) data.Add(rule.Name, document, fact);
        return data;
    }

    public static TheoryData<string, string, string> Ignores()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var rule in ExtractionRules.All)
            foreach (var (document, fact) in rule.Ignores) data.Add(rule.Name, document, fact);
        return data;
    }

    [Theory]
    [MemberData(nameof(Reads))]
    public void Rule_reads_its_example(string rule, string document, string fact)
    {
        var facts = FactStrings.Set(new DocumentExtractor().Extract(document), document);
        Assert.True(facts.Contains(fact), $"{rule}: expected {fact} in [{string.Join(", ", facts)}]");
    }

    [Theory]
    [MemberData(nameof(Ignores))]
    public void Rule_leaves_its_counterexample_alone(string rule, string document, string fact)
    {
        var facts = FactStrings.Set(new DocumentExtractor().Extract(document), document);
        Assert.False(facts.Contains(fact), $"{rule}: did not expect {fact}");
    }

    [Fact]
    public void Rule_names_are_unique_and_confidences_between_zero_and_one()
    {
        Assert.Equal(ExtractionRules.All.Count, ExtractionRules.All.Select(r => r.Name).Distinct().Count());
        Assert.All(ExtractionRules.All, r => Assert.InRange(r.Confidence, 0f, 1f));
    }

    [Fact]
    public async Task Every_rule_name_stored_in_provenance_is_registered()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var folder = new DocumentFolder();
        foreach (var path in Directory.EnumerateFiles(RepositoryRoot.File("seeds")).Concat(
                     Directory.EnumerateFiles(RepositoryRoot.File("tests", "corpus", "tuning"), "*.txt", SearchOption.AllDirectories)))
            folder.Write(Path.GetFileName(Path.GetDirectoryName(path)) + "--" + Path.GetFileName(path), File.ReadAllText(path));
        await new Catalogue.Seeding.Documents.Seeder(new Catalogue.Seeding.SeedingSettings(database.ConnectionString), new DocumentExtractor(), TimeProvider.System)
            .RunAsync(new Catalogue.Seeding.Documents.SeedOptions(folder.Path), null, CancellationToken.None);

        await using var db = database.CreateContext();
        var rules = await db.FactSources.Where(s => s.CuratedBy == null).Select(s => s.Rule).Distinct().ToListAsync();
        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.True(ExtractionRules.IsRegistered(rule), $"{rule} is not registered"));
        Assert.All(await db.FactSources.Select(s => s.Confidence).Distinct().ToListAsync(), c => Assert.InRange(c, ExtractionRules.Threshold, 1f));
    }
}
