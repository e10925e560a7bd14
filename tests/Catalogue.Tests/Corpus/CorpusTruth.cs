using System.Text.Json;
using System.Text.Json.Serialization;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Corpus;

/// <summary>One corpus document and what its truth file says it states (tests/corpus/README.md).</summary>
public sealed record CorpusDocument(string Half, string Family, string FileName, string Path, CorpusTruth Truth)
{
    /// <summary>The name the document is seeded under: unique across families.</summary>
    public string SeedName => $"{Family}--{FileName}";
}

public sealed class CorpusTruth
{
    public string Layout { get; init; } = "";
    public List<TruthFilm> Films { get; init; } = [];
    public List<string> MentionedFilms { get; init; } = [];
    public TruthTraps Traps { get; init; } = new();
    public bool ExpectRejected { get; init; }
}

public sealed class TruthFilm
{
    public string Title { get; init; } = "";
    public List<string> AlternateTitles { get; init; } = [];
    public JsonElement Facts { get; init; }
}

public sealed class TruthTraps
{
    public List<string> NotFilms { get; init; } = [];
    public List<string> NotPeople { get; init; } = [];
    public List<JsonElement> OtherFilmFacts { get; init; } = [];
}

public static class CorpusFiles
{
    public const string Tuning = "tuning";
    public const string HeldBack = "held-back";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<CorpusDocument> Half(string half)
    {
        var root = RepositoryRoot.File("tests", "corpus", half);
        return Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var truthPath = System.IO.Path.ChangeExtension(path, null) + ".truth.json";
                var truth = JsonSerializer.Deserialize<CorpusTruth>(File.ReadAllText(truthPath), Json)
                            ?? throw new InvalidDataException($"{truthPath} is empty");
                var family = System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path)!);
                return new CorpusDocument(half, family, System.IO.Path.GetFileName(path), path, truth);
            })
            .ToList();
    }
}
