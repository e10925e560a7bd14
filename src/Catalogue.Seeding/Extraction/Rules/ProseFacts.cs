using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>The rules that read running text, run in the order their results depend on each other.</summary>
internal static class ProseFacts
{
    // "vérité" also in the accent-stripped spellings some sources deliver ("verite", "vrit").
    private static readonly Regex DocumentaryWord = new(@"\bdocumentar(?:y|ies)\b|\bnon-?fiction\b|\bdocu-?series\b|\bv\p{L}?rit\p{L}?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static bool MentionsDocumentary(string text) => DocumentaryWord.IsMatch(text);

    /// <summary>
    /// "Documentary" naming the film, not a prize, a section or a trade: "Best Documentary Feature", "the Documentary
    /// Competition", "a documentary filmmaker" and "documentaries" in general say nothing of this film's genre.
    /// </summary>
    private static readonly Regex FilmCalledDocumentary = new(
        @"(?<!\bbest\s+(?:feature\s+)?)\bdocumentar(?:y|ies)\b(?!\s+(?:feature|award|prize|competition|section|jury|category|grand|audience|special))" +
        @"|\bnon-?fiction\b|\bdocu-?series\b|\bv\p{L}?rit\p{L}?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Where a span calls the film a documentary, if it does.</summary>
    public static TextSpan? DocumentaryMention(string text, TextSpan span)
    {
        var match = FilmCalledDocumentary.Match(span.Of(text));
        return match.Success ? new TextSpan(span.Start + match.Index, span.Start + match.Index + match.Length) : null;
    }

    /// <summary>Organisations the prose introduces, read before the film is known so they are never taken for its title.</summary>
    private static List<FoundCompany> Organisations(string text, IReadOnlyList<TextSpan> sentences, bool isDocumentary) =>
        CompanyRules.Find(text, sentences, name => $"prose.{name}", isDocumentary);

    /// <summary>Reads credits, subjects, companies, awards, runtimes, countries and ratings from the sentences into the film.</summary>
    public static ProseContext Read(string text, IReadOnlyList<TextSpan> sentences, FilmAssembler film, bool isDocumentary, string? ratingSource,
        IReadOnlyList<FilmAssembler>? siblings = null, (string Event, int? Year)? pageEvent = null, IReadOnlyList<TextSpan>? sentenceLines = null)
    {
        sentences = sentences.SelectMany(s => Sentences.Bounded(text, s)).ToList();
        var context = new ProseContext(text, sentences, film, isDocumentary) { Siblings = siblings ?? [], PageEvent = pageEvent, SentenceLines = sentenceLines ?? [] };
        var organisations = Organisations(text, sentences, isDocumentary);
        foreach (var company in organisations.Where(c => !c.UnlessPerson)) film.AddCompany(company.Name, company.Role, company.Evidence, company.Alias);
        YearRules.Apply(context);
        CreditRules.Apply(context);
        PossessiveRules.Apply(context);
        SubjectRules.Apply(context);
        DescribedPeopleRules.Apply(context);
        AwardRules.Apply(context);
        RuntimeRules.Apply(context);
        DescriptionRules.Apply(context);
        if (ratingSource is not null) RatingRules.Apply(context, ratingSource);
        var people = film.PeopleNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var company in organisations.Where(c => c.UnlessPerson && !people.Contains(c.Name)))
            film.AddCompany(company.Name, company.Role, company.Evidence, company.Alias);
        return context;
    }

    /// <summary>Review excerpts: one per sentence, numbered from 0, without page furniture.</summary>
    public static List<ExcerptFact> Excerpts(string text, IEnumerable<TextSpan> sentences, string rule) =>
        sentences.Where(s => !Boilerplate.IsBoilerplate(s.Of(text)))
            .Select((s, i) => new ExcerptFact(i, s.Of(text), null, null, s.Evidence(rule)))
            .ToList();
}
