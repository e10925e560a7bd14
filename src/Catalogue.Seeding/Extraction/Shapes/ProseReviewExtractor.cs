using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Shapes;

/// <summary>A critic's review in paragraphs with no fields: the film is the phrase the review keeps naming.</summary>
internal static class ProseReviewExtractor
{
    public static ExtractedDocument Extract(string text)
    {
        var content = Lines.Split(text).Where(l => !l.IsBlank && !Boilerplate.IsBoilerplate(l.Text)).Select(l => l.Trimmed(text));
        var sentences = Sentences.In(text, content);
        var context = ProseFacts.Read(text, "prose", sentences, ProseFacts.MentionsDocumentary(text), null, "critic");
        if (context is null) return new ExtractedDocument(DocumentShapes.Unknown, []);
        context.Film.Facts.Review = new ReviewFact("critic", null, null, ProseFacts.Excerpts(text, sentences, "prose.sentence"));
        return new ExtractedDocument(DocumentShapes.ProseReview, ProseFacts.Films(context));
    }
}
