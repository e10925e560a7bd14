using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Shapes;

/// <summary>
/// A feature article: prose with quoted speech and photo credits between paragraphs. The credited name under
/// the stills is the distributor's (press stills come from the distributor); the credit lines are not prose.
/// </summary>
internal static class ArticleExtractor
{
    public static ExtractedDocument Extract(string text)
    {
        var lines = Lines.Split(text);
        var credits = ContentLines.RepeatedStandaloneLines(lines);
        var content = lines.Where(l => !l.IsBlank && !credits.Contains(l.Text.Trim()) && !Boilerplate.IsBoilerplate(l.Text)).Select(l => l.Trimmed(text));
        var sentences = Sentences.In(text, content);
        var context = ProseFacts.Read(text, "article", sentences, ProseFacts.MentionsDocumentary(text), null, null);
        if (context is null) return new ExtractedDocument(DocumentShapes.Unknown, []);

        foreach (var credit in credits)
        {
            var first = lines.First(l => l.Text.Trim() == credit);
            context.Film.AddCompany(credit, CompanyRoles.Distributor, first.Trimmed(text).Evidence("article.photo-credit"));
        }
        context.Film.Facts.Review = new ReviewFact("article", null, null, ProseFacts.Excerpts(text, sentences, "article.sentence"));
        return new ExtractedDocument(DocumentShapes.Article, ProseFacts.Films(context));
    }
}
