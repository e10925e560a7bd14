using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>What the shared prose rules work on: the document, the sentences worth reading, and the films found so far.</summary>
internal sealed class ProseContext(string text, IReadOnlyList<TextSpan> sentences, FilmAssembler film, bool isDocumentary)
{
    public string Text { get; } = text;
    public IReadOnlyList<TextSpan> Sentences { get; } = sentences;
    public FilmAssembler Film { get; } = film;
    /// <summary>Subjects and subject organisations only make sense for documentaries.</summary>
    public bool IsDocumentary { get; } = isDocumentary;
    /// <summary>Other films the document mentions with their own credits, in order of first mention.</summary>
    public List<FilmAssembler> OtherFilms { get; } = [];

    /// <summary>Prose rules share one prefix, whatever kind of page the sentence sits in.</summary>
    public string Rule(string name) => $"prose.{name}";

    public bool IsMainTitle(string title) => title.Equals(Film.Title, StringComparison.OrdinalIgnoreCase);

    public FilmAssembler OtherFilm(string title, TextSpan span)
    {
        var existing = OtherFilms.FirstOrDefault(f => f.Title.Equals(title, StringComparison.OrdinalIgnoreCase));
        if (existing is not null) return existing;
        var created = new FilmAssembler(new Sourced<string>(title, span.Evidence(Rule("other-film.title"))));
        OtherFilms.Add(created);
        return created;
    }
}

/// <summary>An organisation found before the film's title is known (the title finder must not mistake it for the title).</summary>
internal sealed record FoundCompany(string Name, string Role, Evidence Evidence, Sourced<string>? Alias);
