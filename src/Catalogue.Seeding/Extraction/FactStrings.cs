namespace Catalogue.Seeding.Extraction;

/// <summary>
/// A document's facts as short lines, <c>kind=value</c> (and <c>Title » kind=value</c> per film), with their rules and
/// confidences: what the <c>read</c> command prints and what rule examples are checked against.
/// </summary>
public static class FactStrings
{
    /// <param name="Detail">What the fact holds beyond its short form (an award's year and category), for people reading it.</param>
    public sealed record Line(string Film, string Fact, string Rule, float Confidence, string Quote, string? Detail = null);

    public static IEnumerable<Line> Of(ExtractedDocument document, string text)
    {
        string Quote(Evidence e) => e.Start >= 0 && e.End <= text.Length ? text.Substring(e.Start, e.Length) : "";
        foreach (var film in document.Films)
        {
            var title = film.Title.Value;
            Line L(string fact, Evidence e) => new(title, fact, e.Rule, e.Confidence, Quote(e));
            yield return L($"title={title}", film.Title.Evidence);
            if (film.Year is { } year) yield return L($"year={year.Value}", year.Evidence);
            foreach (var t in film.AlternateTitles) yield return L($"alternate-title={t.Title}", t.Evidence);
            foreach (var g in film.Genres) yield return L($"genre={g.Value}", g.Evidence);
            foreach (var c in film.Countries) yield return L($"country={c.Value}", c.Evidence);
            foreach (var l in film.Languages) yield return L($"language={l.Code}", l.Evidence);
            foreach (var r in film.Runtimes) yield return L($"runtime={r.Minutes}", r.Evidence);
            foreach (var c in film.Credits) yield return L($"{c.Role}={c.Name}", c.Evidence);
            foreach (var a in film.Awards) yield return L($"award={a.Event}|{a.Outcome}", a.Evidence) with { Detail = $"{a.Year} {a.Category}".Trim() };
            foreach (var c in film.Companies) yield return L($"company={c.Name}|{c.Role}", c.Evidence);
            foreach (var r in film.Ratings) yield return L($"rating={r.Value:0.##}/{r.Scale:0.##}", r.Evidence);
            foreach (var e in film.ExternalIds) yield return L($"{e.Source}={e.Value}", e.Evidence);
        }
    }

    /// <summary>Every fact as "kind=value" and as "Title » kind=value".</summary>
    public static HashSet<string> Set(ExtractedDocument document, string text) =>
        Of(document, text).SelectMany(l => new[] { l.Fact, $"{l.Film} » {l.Fact}" }).ToHashSet(StringComparer.OrdinalIgnoreCase);
}
