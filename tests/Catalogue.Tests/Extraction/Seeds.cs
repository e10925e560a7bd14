using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Extraction;

/// <summary>The seed documents, read from the repository and extracted once per test class.</summary>
public sealed class SeedDocument
{
    public string Text { get; }
    public ExtractedDocument Result { get; }

    private SeedDocument(string fileName)
    {
        Text = File.ReadAllText(RepositoryRoot.File("seeds", fileName));
        Result = new DocumentExtractor().Extract(Text);
    }

    public static SeedDocument Listing() => new("000_fbfdd5f9c0853db7.txt");
    public static SeedDocument ProseReview() => new("001_dc65bba0a092193d.txt");
    public static SeedDocument LabelledReview() => new("002_924bab159d8ae291.txt");
    public static SeedDocument Article() => new("003_4ccf5f82b860b1ff.txt");
    public static SeedDocument Synopsis() => new("004_50b3ce273594c6f4.txt");

    public FilmFacts MainFilm => Result.Films[0];

    public FilmFacts Film(string title) => Assert.Single(Result.Films, f => f.Title.Value == title);
}

internal static class Spans
{
    /// <summary>The evidence must quote the document: its span holds every expected word, in the exact text.</summary>
    public static void Covers(string text, Evidence evidence, params string[] words)
    {
        Assert.InRange(evidence.Start, 0, text.Length);
        Assert.InRange(evidence.End, evidence.Start, text.Length);
        var quoted = text.Substring(evidence.Start, evidence.Length);
        foreach (var word in words) Assert.Contains(word, quoted);
    }

    public static void RuleIs(Evidence evidence, string rule) => Assert.Equal(rule, evidence.Rule);

    public static CreditFact Credit(FilmFacts film, string name, string role) =>
        Assert.Single(film.Credits, c => c.Name == name && c.Role == role);

    public static CompanyFact Company(FilmFacts film, string name, string role) =>
        Assert.Single(film.Companies, c => c.Name == name && c.Role == role);
}
