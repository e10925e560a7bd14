using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Shapes;

/// <summary>
/// A review given one sentence per line, each followed by an indented sentiment label. Each labelled line is one
/// excerpt carrying the document's own label.
/// </summary>
internal static class LabelledReviewExtractor
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["very negative"] = Sentiments.VeryNegative,
        ["negative"] = Sentiments.Negative,
        ["neutral"] = Sentiments.Neutral,
        ["positive"] = Sentiments.Positive,
        ["very positive"] = Sentiments.VeryPositive,
    };

    public static string? Sentiment(string line) => Labels.GetValueOrDefault(TitleRuns.Collapse(line));

    public static ExtractedDocument Extract(string text)
    {
        var lines = Lines.Split(text).Where(l => !l.IsBlank).ToList();
        var labelled = new List<(TextSpan Sentence, string Sentiment)>();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (Sentiment(lines[i].Text) is not null || Sentiment(lines[i + 1].Text) is not { } sentiment) continue;
            if (Boilerplate.IsBoilerplate(lines[i].Text)) continue;
            labelled.Add((lines[i].Trimmed(text), sentiment));
            i++;
        }
        var sentences = labelled.Select(l => l.Sentence).ToList();
        var context = ProseFacts.Read(text, "labelled", sentences, ProseFacts.MentionsDocumentary(text), null, "critic");
        if (context is null) return new ExtractedDocument(DocumentShapes.Unknown, []);

        var excerpts = labelled.Select((l, position) =>
            new ExcerptFact(position, l.Sentence.Of(text), l.Sentiment, "document", l.Sentence.Evidence("labelled.sentence"))).ToList();
        context.Film.Facts.Review = new ReviewFact("critic", null, null, excerpts);
        return new ExtractedDocument(DocumentShapes.LabelledReview, ProseFacts.Films(context));
    }
}
