using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>What the shared prose rules work on: the document, the sentences worth reading, and the films found so far.</summary>
internal sealed class ProseContext(string text, IReadOnlyList<TextSpan> sentences, FilmAssembler film, bool isDocumentary)
{
    public string Text { get; } = text;
    public IReadOnlyList<TextSpan> Sentences { get; } = sentences;
    public FilmAssembler Film { get; } = film;
    /// <summary>Lines of a list written as sentences: read like prose, but not part of a review's running text.</summary>
    public IReadOnlyList<TextSpan> SentenceLines { get; init; } = [];

    /// <summary>The sentences of the running text, without those of <see cref="SentenceLines"/>.</summary>
    public IEnumerable<TextSpan> RunningText => Sentences.Where(s => !SentenceLines.Any(line => line.Start <= s.Start && s.End <= line.End));

    /// <summary>Subjects and subject organisations only make sense for documentaries.</summary>
    public bool IsDocumentary { get; } = isDocumentary;
    /// <summary>The document's other films (the other entries of a round-up): a sentence that names one speaks of it.</summary>
    public IReadOnlyList<FilmAssembler> Siblings { get; init; } = [];
    /// <summary>The festival edition the page's heading names ("Sundance 2022: …"), where a prize sentence names no event.</summary>
    public (string Event, int? Year)? PageEvent { get; init; }

    /// <summary>The sibling film a sentence names before <paramref name="position"/>, when it names one; otherwise this film.</summary>
    public FilmAssembler FilmNamedBefore(string sentence, int position)
    {
        FilmAssembler? named = null;
        var nearest = -1;
        foreach (var film in Siblings.Append(Film))
        {
            if (film.Title.Length < 3) continue;
            var at = sentence.LastIndexOf(film.Title, Math.Max(0, Math.Min(sentence.Length - 1, position)), StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + film.Title.Length <= position + 1 && at > nearest) { nearest = at; named = film; }
        }
        return named ?? Film;
    }

    /// <summary>Other films the document mentions with their own credits, in order of first mention.</summary>
    public List<FilmAssembler> OtherFilms { get; } = [];

    /// <summary>Prose rules share one prefix, whatever kind of page the sentence sits in.</summary>
    public string Rule(string name) => $"prose.{name}";

    public bool IsMainTitle(string title) => title.Equals(Film.Title, StringComparison.OrdinalIgnoreCase);

    private static readonly System.Text.RegularExpressions.Regex CitedYear = new(@"\((?:19|20)\d\d\)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.NonBacktracking);

    /// <summary>A sentence citing another film ("Kapadia's Senna (2010) ran 106 minutes") may be giving that film's facts.</summary>
    public bool CitesAnotherFilm(string sentence) =>
        CitedYear.IsMatch(sentence) || Siblings.Concat(OtherFilms).Any(f => f.Title.Length > 2 && sentence.Contains(f.Title, StringComparison.OrdinalIgnoreCase));

    private static bool IsListOfPeople(string title)
    {
        var parts = title.Split([" and ", " & ", ", "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length >= 2 && parts.All(p => p.Split(' ').Length is >= 2 and <= 3 && Mentions.PersonNames.Normalise(p) == p);
    }

    public FilmAssembler OtherFilm(string title, TextSpan span)
    {
        // "Katy Chevigny and Marilyn Ness" read as a title is two people: what they are credited with goes nowhere.
        if (!Films.FilmFinder.IsTitleShaped(title) || Films.NotTitles.Is(title, Film.PeopleNames.Concat(Film.CompanyNames)) || IsListOfPeople(title))
            return new FilmAssembler(new Sourced<string>(title, span.Evidence(Rule("other-film.title"))));
        var existing = OtherFilms.FirstOrDefault(f => f.Title.Equals(title, StringComparison.OrdinalIgnoreCase));
        if (existing is not null) return existing;
        var created = new FilmAssembler(new Sourced<string>(title, span.Evidence(Rule("other-film.title"))));
        OtherFilms.Add(created);
        return created;
    }
}

/// <summary>An organisation found before the film's title is known (the title finder must not mistake it for the title).</summary>
internal sealed record FoundCompany(string Name, string Role, Evidence Evidence, Sourced<string>? Alias)
{
    /// <summary>Read from where a company or a person may stand ("A Ken Burns production"): dropped when the page credits it as a person.</summary>
    public bool UnlessPerson { get; init; }
}
