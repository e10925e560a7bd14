using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>The rules every prose shape shares, run in the order their results depend on each other.</summary>
internal static class ProseFacts
{
    // "vérité" also in the accent-stripped spellings some sources deliver ("verite", "vrit").
    private static readonly Regex DocumentaryWord = new(@"\bdocumentar(?:y|ies)\b|\bnon-?fiction\b|\bv\p{L}?rit\p{L}?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static bool MentionsDocumentary(string text) => DocumentaryWord.IsMatch(text);

    /// <summary>
    /// Finds the film (unless the shape already knows its title) and reads credits, subjects, companies,
    /// awards, runtimes and first-person ratings from the sentences. Null when no title can be found.
    /// </summary>
    public static ProseContext? Read(string text, string prefix, IReadOnlyList<TextSpan> sentences, bool isDocumentary,
        Sourced<string>? knownTitle, string? ratingSource)
    {
        string Rule(string name) => $"{prefix}.{name}";
        sentences = sentences.SelectMany(s => Sentences.Bounded(text, s)).ToList();
        // Organisations first: the title finder must not take "The White Helmets" for the film.
        var companies = CompanyRules.Find(text, sentences, Rule, isDocumentary);
        var title = knownTitle
                    ?? TitleFinder.Quoted(text, sentences, Rule("title.quoted"))
                    ?? TitleFinder.MostFrequentPhrase(text, sentences,
                        companies.SelectMany(c => c.Alias is null ? [c.Name] : new[] { c.Name, c.Alias.Value }), Rule("title.most-frequent-phrase"));
        if (title is null) return null;

        var context = new ProseContext(text, prefix, sentences, new FilmAssembler(title), isDocumentary);
        foreach (var company in companies) context.Film.AddCompany(company.Name, company.Role, company.Evidence, company.Alias);
        YearRules.Apply(context);
        CreditRules.Apply(context);
        PossessiveRules.Apply(context);
        SubjectRules.Apply(context);
        AwardRules.Apply(context);
        RuntimeRules.Apply(context);
        if (ratingSource is not null) RatingRules.Apply(context, ratingSource);
        return context;
    }

    /// <summary>The main film first, then the other films the document credits.</summary>
    public static List<FilmFacts> Films(ProseContext context) =>
        [context.Film.Build(), .. context.OtherFilms.Select(f => f.Build())];

    /// <summary>Review excerpts: one per sentence, numbered from 0, without page furniture.</summary>
    public static List<ExcerptFact> Excerpts(string text, IEnumerable<TextSpan> sentences, string rule) =>
        sentences.Where(s => !Boilerplate.IsBoilerplate(s.Of(text)))
            .Select((s, i) => new ExcerptFact(i, s.Of(text), null, null, s.Evidence(rule)))
            .ToList();
}
