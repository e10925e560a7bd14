using Catalogue.Seeding.Extraction.Shapes;

namespace Catalogue.Seeding.Extraction;

/// <summary>
/// Reads a document's facts: recognises its shape, then applies that shape's extractor. Every fact carries the
/// span of the words it was read from and the rule that read it. Unknown shapes yield no films.
/// </summary>
public sealed class DocumentExtractor : IDocumentExtractor
{
    public ExtractedDocument Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ShapeRecogniser.Recognise(text) switch
        {
            DocumentShapes.Listing => ListingExtractor.Extract(text),
            DocumentShapes.LabelledReview => LabelledReviewExtractor.Extract(text),
            DocumentShapes.Synopsis => SynopsisExtractor.Extract(text),
            DocumentShapes.Article => ArticleExtractor.Extract(text),
            DocumentShapes.ProseReview => ProseReviewExtractor.Extract(text),
            _ => new ExtractedDocument(DocumentShapes.Unknown, []),
        };
    }
}
