using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Shapes;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction;

/// <summary>
/// Tells a document's shape from its structure and language, most specific first: sentiment-labelled lines,
/// listing fields, a synopsis heading, then prose that quotes people (article) or simply discusses a film
/// (prose review). Anything else is unknown.
/// </summary>
internal static class ShapeRecogniser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Reported speech: a closing quote followed by who said it ("…,” Fayyad tells Deadline).</summary>
    private static readonly Regex Attribution = new(
        @"[”""’]\s*,?\s*(?:\p{Lu}[\p{L}-]+|\p{Ll}{1,3}-\p{Lu}[\p{L}-]+|he|she|they|the\s+(?:director|filmmaker|producer))\s+" +
        @"(?:says|said|tells|told|notes|noted|insists|insisted|observes|observed|explains|explained|concedes|conceded|adds|added|recalls|recalled|believes|maintains|continues|argues)\b",
        Options);

    private static readonly Regex FilmVocabulary = new(@"\b(?:film|films|movie|movies|documentary|documentaries|director|filmmaker|cinema)\b",
        RegexOptions.IgnoreCase | Options);

    private static readonly Regex QuotedFilm = new(@"^\s*[“""][^”""\n]{2,150}[”""]\s+(?:is|was)\s+(?:a|an)\b", Options);

    public static string Recognise(string text)
    {
        var lines = Lines.Split(text);
        var nonBlank = ContentLines.NonBlank(lines).ToList();
        if (nonBlank.Count == 0) return DocumentShapes.Unknown;

        var labels = nonBlank.Count(l => LabelledReviewExtractor.Sentiment(l.Text) is not null);
        if (labels >= 3 && labels * 10 >= (nonBlank.Count - labels) * 8) return DocumentShapes.LabelledReview;

        if (Fields.All(text, lines).Select(f => f.Kind).Distinct().Count() >= 3) return DocumentShapes.Listing;

        if (!IsProse(text, nonBlank)) return DocumentShapes.Unknown;

        if (ContentLines.IsHeading(nonBlank[0].Text) && nonBlank.Count > 2
            && (ContentLines.IsTagLine(nonBlank[1].Text) || QuotedFilm.IsMatch(nonBlank[1].Text)))
            return DocumentShapes.Synopsis;

        if (Attribution.Matches(text).Count >= 2 || ContentLines.RepeatedStandaloneLines(lines).Count > 0) return DocumentShapes.Article;
        return DocumentShapes.ProseReview;
    }

    /// <summary>Mostly sentences (not a list or a table), and about films.</summary>
    private static bool IsProse(string text, List<TextLine> nonBlank)
    {
        var proseChars = nonBlank.Where(l => ContentLines.IsProse(l.Text)).Sum(l => l.Text.Length);
        var allChars = nonBlank.Sum(l => l.Text.Length);
        return proseChars * 2 >= allChars && nonBlank.Count(l => ContentLines.IsProse(l.Text)) >= 1 && FilmVocabulary.IsMatch(text)
               && Sentences.In(text, nonBlank.Select(l => l.Trimmed(text))).Count >= 3;
    }
}
