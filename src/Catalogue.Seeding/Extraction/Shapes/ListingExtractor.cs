using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Shapes;

/// <summary>
/// A listing page: a "Title Year" heading, "Label: value" fields, a synopsis paragraph and user reviews.
/// In a documentary the people a listing says are "Starring" are its subjects.
/// </summary>
internal static class ListingExtractor
{
    private const string Prefix = "listing";

    public static ExtractedDocument Extract(string text)
    {
        var lines = Lines.Split(text);
        var fields = Fields.All(text, lines);
        var headingIndex = lines.FindIndex(l => !l.IsBlank);
        if (headingIndex < 0 || Fields.Parse(text, lines[headingIndex], headingIndex) is not null) return Unknown();
        var (title, headingYear) = Heading(text, lines[headingIndex]);
        if (title is null) return Unknown();

        var film = new FilmAssembler(title);
        var year = fields.Where(f => f.Kind == FieldKind.Year).Select(f => FieldValues.FirstYear(text, f.Value)).FirstOrDefault(y => y is not null);
        film.Facts.Year = year is { } y ? new Sourced<int>(y.Year, y.Span.Evidence("listing.field.released")) : headingYear;

        foreach (var field in fields.Where(f => f.Kind == FieldKind.Genre)) ReadGenres(text, field, film);
        var isDocumentary = film.Facts.Genres.Any(g => Genres.IsDocumentary(g.Value));
        foreach (var field in fields) ReadField(text, field, film, isDocumentary);

        var reviewField = fields.FirstOrDefault(f => f.Kind == FieldKind.Reviews);
        var bodyEnd = reviewField?.LineIndex ?? lines.Count;
        ReadSynopsis(text, lines, fields, headingIndex, bodyEnd, film, isDocumentary);
        if (reviewField is not null) ReadUserReview(text, lines, reviewField, film, isDocumentary);
        return new ExtractedDocument(DocumentShapes.Listing, [film.Build()]);
    }

    private static ExtractedDocument Unknown() => new(DocumentShapes.Unknown, []);

    /// <summary>
    /// "Last Men in Aleppo 2017" or "Last Men in Aleppo (2017)": a title and a trailing year. Site wording around
    /// the title ("Watch … (2017) Full Movie Online Free") is not part of it.
    /// </summary>
    private static (Sourced<string>? Title, Sourced<int>? Year) Heading(string text, TextLine line)
    {
        var span = WithoutSiteWording(text, line.Trimmed(text));
        var words = Words.All(text, span);
        if (words.Count == 0) return (null, null);
        var last = words[^1].Of(text);
        if (words.Count > 1 && last.Length == 4 && int.TryParse(last, out var year) && year is >= 1880 and <= 2100)
        {
            var titleSpan = TextSpan.Trimmed(text, span.Start, words[^1].Start);
            while (titleSpan.Length > 0 && text[titleSpan.End - 1] is '(' or '[' or '-' or '–') titleSpan = TextSpan.Trimmed(text, titleSpan.Start, titleSpan.End - 1);
            return (new Sourced<string>(TitleRuns.Collapse(titleSpan.Of(text)), titleSpan.Evidence("listing.heading.title")),
                new Sourced<int>(year, words[^1].Evidence("listing.heading.year")));
        }
        return (new Sourced<string>(TitleRuns.Collapse(span.Of(text)), span.Evidence("listing.heading.title")), null);
    }

    private static TextSpan WithoutSiteWording(string text, TextSpan span)
    {
        var words = Words.All(text, span);
        var first = 0;
        var last = words.Count - 1;
        if (words.Count > 1 && words[0].Of(text).Equals("Watch", StringComparison.OrdinalIgnoreCase)) first = 1;
        while (last > first && (Genres.IsSiteCategory(words[last].Of(text)) || words[last].Of(text).Equals("full", StringComparison.OrdinalIgnoreCase))) last--;
        if (first > last) return span;
        var end = words[last].End;
        if (end < span.End && text[end] is ')' or ']') end++;
        return new TextSpan(words[first].Start, end);
    }

    private static void ReadGenres(string text, Field field, FilmAssembler film)
    {
        foreach (var item in FieldValues.Items(text, field.Value))
        {
            var value = TitleRuns.Collapse(item.Of(text));
            if (Countries.Find(value) is not null || !Genres.LooksLikeGenre(value)) continue;
            film.AddGenre(Genres.FindKnown(value) ?? value, item.Evidence("listing.field.genre"));
        }
    }

    private static void ReadField(string text, Field field, FilmAssembler film, bool isDocumentary)
    {
        switch (field.Kind)
        {
            case FieldKind.People:
                var role = isDocumentary ? CreditRoles.Subject : CreditRoles.Cast;
                var order = 0;
                foreach (var item in FieldValues.Items(text, field.Value))
                    if (Names.ReadForward(text, item.Start, item.End) is { } name && name.Span.End == item.End)
                        film.AddCredit(name.Name, role, null, ++order, item.Evidence("listing.field.starring"));
                break;
            case FieldKind.Director:
                foreach (var item in FieldValues.Items(text, field.Value, splitOnAnd: true))
                    if (Names.ReadForward(text, item.Start, item.End) is { } name && name.Span.End == item.End)
                        film.AddCredit(name.Name, CreditRoles.Director, null, null, item.Evidence("listing.field.director"));
                break;
            case FieldKind.Runtime when FieldValues.Runtime(text, field.Value) is { } runtime:
                film.AddRuntime(new RuntimeFact(runtime.Minutes, RuntimeVersions.Listing, null, runtime.Span.Evidence("listing.field.runtime")));
                break;
            case FieldKind.Rating when FieldValues.Rating(text, field.Value) is { } rating:
                film.AddRating(new RatingFact(RatingSource(field.Label), rating.Raw, rating.Value, rating.Scale, rating.Votes, rating.Span.Evidence("listing.field.rating")));
                break;
            case FieldKind.Country:
                foreach (var item in FieldValues.Items(text, field.Value, splitOnAnd: true))
                    if (Countries.Find(item.Of(text)) is { } code)
                        film.AddCountry(code, item.Evidence("listing.field.country"));
                break;
            case FieldKind.Views when FieldValues.Count(field.Value.Of(text)) is { } views:
                film.Facts.ViewCount = new Sourced<long>(views, field.Value.Evidence("listing.field.views"));
                break;
            case FieldKind.Synopsis when field.Value.Length > 0:
                film.Facts.Synopsis = new Sourced<string>(field.Value.Of(text), field.Value.Evidence("listing.field.synopsis"));
                break;
        }
    }

    /// <summary>A rating field named after a rating site is that site's; otherwise it is the listing site's own.</summary>
    private static string RatingSource(string label)
    {
        var lower = label.ToLowerInvariant();
        if (lower.Contains("imdb")) return "imdb";
        if (lower.Contains("rotten") || lower.Contains("tomatometer")) return "rotten-tomatoes";
        if (lower.Contains("meta")) return "metacritic";
        if (lower.Contains("letterboxd")) return "letterboxd";
        return "listing";
    }

    /// <summary>The first prose paragraph after the fields is the synopsis; people and organisations it names are read too.</summary>
    private static void ReadSynopsis(string text, List<TextLine> lines, List<Field> fields, int headingIndex, int bodyEnd, FilmAssembler film, bool isDocumentary)
    {
        var fieldLines = fields.Select(f => f.LineIndex).ToHashSet();
        var index = Enumerable.Range(headingIndex + 1, Math.Max(0, bodyEnd - headingIndex - 1))
            .FirstOrDefault(i => !fieldLines.Contains(i) && ContentLines.IsProse(lines[i].Text) && !Boilerplate.IsBoilerplate(lines[i].Text), -1);
        if (index < 0) return;
        var last = index;
        while (last + 1 < bodyEnd && !lines[last + 1].IsBlank && !fieldLines.Contains(last + 1) && !Boilerplate.IsBoilerplate(lines[last + 1].Text)) last++;
        var span = TextSpan.Trimmed(text, lines[index].Start, lines[last].End);
        if (film.Facts.Synopsis is null) film.Facts.Synopsis = new Sourced<string>(span.Of(text), span.Evidence("listing.synopsis"));

        var context = new ProseContext(text, Prefix, Sentences.In(text, span), film, isDocumentary);
        foreach (var company in CompanyRules.Find(text, context.Sentences, context.Rule, isDocumentary))
            film.AddCompany(company.Name, company.Role, company.Evidence, company.Alias);
        SubjectRules.Apply(context);
        CreditRules.Apply(context);
    }

    /// <summary>From the "User Reviews:" value to the comment form; page furniture lines are left out.</summary>
    private static void ReadUserReview(string text, List<TextLine> lines, Field reviewField, FilmAssembler film, bool isDocumentary)
    {
        var regions = new List<TextSpan> { reviewField.Value };
        for (var i = reviewField.LineIndex + 1; i < lines.Count; i++)
        {
            if (Boilerplate.EndsContent(lines[i].Text)) break;
            if (!lines[i].IsBlank && !Boilerplate.IsBoilerplate(lines[i].Text)) regions.Add(lines[i].Trimmed(text));
        }
        var sentences = Sentences.In(text, regions.Where(r => r.Length > 0));
        var excerpts = ProseFacts.Excerpts(text, sentences, "listing.user-review.sentence");
        if (excerpts.Count > 0) film.Facts.Review = new ReviewFact("user", null, null, excerpts);
        RatingRules.Apply(new ProseContext(text, Prefix, sentences, film, isDocumentary), "user-review");
    }
}
