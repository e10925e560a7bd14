using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Seeding;

/// <summary>
/// Stands in for the extraction rules in tests of the loader: each document's facts are written by the test,
/// keyed by the document's first line, with spans found in the document's own text.
/// </summary>
public sealed class ScriptedExtractor : IDocumentExtractor
{
    private readonly Dictionary<string, Func<string, ExtractedDocument>> scripts = new(StringComparer.Ordinal);

    public string ExtractorVersion => "scripted";

    public ScriptedExtractor On(string firstLine, Func<string, ExtractedDocument> script)
    {
        scripts[firstLine] = script;
        return this;
    }

    public ExtractedDocument Extract(string text)
    {
        var firstLine = text.Split('\n')[0].Trim();
        return scripts.TryGetValue(firstLine, out var script) ? script(text) : new ExtractedDocument(DocumentKinds.Unreadable, []) { Rejection = "no script for this document" };
    }
}

/// <summary>Builds facts for one film with spans that point at the given words in the document.</summary>
public sealed class FilmFactsBuilder(string text, string title)
{
    private readonly FilmFacts facts = new() { Title = new Sourced<string>(title, At(text, title, "test.title")) };

    public static Evidence At(string text, string words, string rule = "test.rule")
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{words}' is not in the document");
        return new Evidence(start, words.Length, rule);
    }

    public FilmFactsBuilder Year(int year) { facts.Year = new(year, At(text, year.ToString())); return this; }
    public FilmFactsBuilder Synopsis(string words) { facts.Synopsis = new(words, At(text, words)); return this; }
    public FilmFactsBuilder Genre(string name) { facts.Genres.Add(new(name, At(text, name))); return this; }
    public FilmFactsBuilder Country(string code, string words) { facts.Countries.Add(new(code, At(text, words))); return this; }
    public FilmFactsBuilder AlternateTitle(string title) { facts.AlternateTitles.Add(new(title, "alternate", At(text, title))); return this; }

    public FilmFactsBuilder Runtime(int minutes, string version, string words, string? platform = null)
    {
        facts.Runtimes.Add(new(minutes, version, platform, At(text, words)));
        return this;
    }

    public FilmFactsBuilder Rating(string source, string raw, decimal value, decimal scale)
    {
        facts.Ratings.Add(new(source, raw, value, scale, null, At(text, raw)));
        return this;
    }

    public FilmFactsBuilder Award(string @event, string category, string outcome, string words)
    {
        facts.Awards.Add(new(@event, category, outcome, null, At(text, words)));
        return this;
    }

    public FilmFactsBuilder Credit(string name, string role, string? description = null, params string[] aliases)
    {
        facts.Credits.Add(new(name, role, description, null, At(text, name),
            aliases.Select(a => new Sourced<string>(a, At(text, a))).ToList()));
        return this;
    }

    public FilmFactsBuilder Company(string name, string role, params string[] aliases)
    {
        facts.Companies.Add(new(name, role, aliases.Select(a => new Sourced<string>(a, At(text, a))).ToList(), At(text, name)));
        return this;
    }

    public FilmFactsBuilder Review(string kind, params (string Sentence, string? Sentiment)[] excerpts)
    {
        facts.Review = new ReviewFact(kind, null, null, excerpts
            .Select((e, i) => new ExcerptFact(i, e.Sentence, e.Sentiment, e.Sentiment is null ? null : "document", At(text, e.Sentence)))
            .ToList());
        return this;
    }

    public FilmFacts Build() => facts;

    public static ExtractedDocument Document(string shape, params FilmFacts[] films) => new(shape, films);
}
