using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Shapes;

/// <summary>
/// A synopsis page: a heading, an optional tag line ("Documentary, Syria") and a description. The title the
/// description itself gives the film wins; a different heading becomes an alternate title. Not a review.
/// </summary>
internal static class SynopsisExtractor
{
    private const string Prefix = "synopsis";

    public static ExtractedDocument Extract(string text)
    {
        var lines = Lines.Split(text).Where(l => !l.IsBlank).ToList();
        if (lines.Count < 2) return new ExtractedDocument(DocumentShapes.Unknown, []);
        var heading = lines[0].Trimmed(text);
        var tagLine = ContentLines.IsTagLine(lines[1].Text) ? lines[1] : (TextLine?)null;
        var bodyLines = lines.Skip(tagLine is null ? 1 : 2).Where(l => !Boilerplate.IsBoilerplate(l.Text)).ToList();
        if (bodyLines.Count == 0) return new ExtractedDocument(DocumentShapes.Unknown, []);
        var body = TextSpan.Trimmed(text, bodyLines[0].Start, bodyLines[^1].End);
        var sentences = Sentences.In(text, bodyLines.Select(l => l.Trimmed(text)));

        var headingTitle = new Sourced<string>(TitleRuns.Collapse(heading.Of(text)), heading.Evidence("synopsis.heading"));
        var title = TitleFinder.Quoted(text, sentences, "synopsis.title.quoted") ?? headingTitle;
        var genres = new List<Sourced<string>>();
        var countries = new List<Sourced<string>>();
        Sourced<int>? yearTag = null;
        if (tagLine is { } tags)
            foreach (var item in FieldValues.Items(text, tags.Trimmed(text)))
            {
                if (Genres.FindKnown(item.Of(text)) is { } genre) genres.Add(new(genre, item.Evidence("synopsis.tags.genre")));
                else if (Countries.Find(item.Of(text)) is { } code) countries.Add(new(code, item.Evidence("synopsis.tags.country")));
                else if (ContentLines.Year(item.Of(text)) is { } year) yearTag ??= new Sourced<int>(year, item.Evidence("synopsis.tags.year"));
            }
        var isDocumentary = genres.Any(g => Genres.IsDocumentary(g.Value)) || ProseFacts.MentionsDocumentary(body.Of(text));

        var context = ProseFacts.Read(text, Prefix, sentences, isDocumentary, title, null)!;
        var film = context.Film;
        film.AddAlternateTitle(headingTitle.Value, "alternate", headingTitle.Evidence);
        foreach (var genre in genres) film.AddGenre(genre.Value, genre.Evidence);
        foreach (var country in countries) film.AddCountry(country.Value, country.Evidence);
        film.Facts.Year = yearTag;
        film.Facts.Synopsis = new Sourced<string>(body.Of(text), body.Evidence("synopsis.body"));
        return new ExtractedDocument(DocumentShapes.Synopsis, ProseFacts.Films(context));
    }
}
