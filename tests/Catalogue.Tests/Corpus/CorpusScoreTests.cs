using System.Text.Json;
using Catalogue.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Catalogue.Tests.Corpus;

/// <summary>
/// The corpus halves must read at least as well as recorded in tests/corpus/recorded-scores.json, less a small margin.
/// Set CATALOGUE_CORPUS_REPORT to a folder to get each half's table and per-document details written there.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    /// <summary>How far a figure may fall below the recorded one before the test fails (noise from harmless rule edits).</summary>
    private const double Margin = 0.02;

    public sealed record RecordedHalf(double Precision, double Recall, int SpuriousFilms, int TrapsTaken);

    [Theory]
    [InlineData(CorpusFiles.Tuning)]
    [InlineData(CorpusFiles.HeldBack)]
    public async Task Half_reads_at_least_as_well_as_recorded(string half)
    {
        var score = await CorpusScorer.ScoreAsync(half);
        output.WriteLine(score.Table());
        output.WriteLine(score.Details());
        if (Environment.GetEnvironmentVariable("CATALOGUE_CORPUS_REPORT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, $"{half}.md"), score.Table());
            await File.WriteAllTextAsync(Path.Combine(folder, $"{half}-details.txt"), score.Details());
        }

        var recorded = Recorded()[half];
        Assert.True(score.Precision >= recorded.Precision - Margin, $"{half} precision {score.Precision:0.000} fell below {recorded.Precision:0.000}");
        Assert.True(score.Recall >= recorded.Recall - Margin, $"{half} recall {score.Recall:0.000} fell below {recorded.Recall:0.000}");
        Assert.True(score.SpuriousFilms <= recorded.SpuriousFilms, $"{half} made {score.SpuriousFilms} films of non-films (recorded {recorded.SpuriousFilms})");
        Assert.True(score.TrapsTaken <= recorded.TrapsTaken, $"{half} took {score.TrapsTaken} traps (recorded {recorded.TrapsTaken})");
    }

    [Fact]
    public void Corpus_has_at_least_sixty_documents_in_fifteen_layouts_split_by_family()
    {
        var tuning = CorpusFiles.Half(CorpusFiles.Tuning);
        var heldBack = CorpusFiles.Half(CorpusFiles.HeldBack);
        Assert.True(tuning.Count + heldBack.Count >= 60);
        Assert.True(tuning.Select(d => d.Family).Concat(heldBack.Select(d => d.Family)).Distinct().Count() >= 15);
        Assert.Empty(tuning.Select(d => d.Family).Intersect(heldBack.Select(d => d.Family)));
    }

    private static Dictionary<string, RecordedHalf> Recorded() =>
        JsonSerializer.Deserialize<Dictionary<string, RecordedHalf>>(
            File.ReadAllText(RepositoryRoot.File("tests", "corpus", "recorded-scores.json")), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
}
