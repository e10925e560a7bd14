namespace Catalogue.Seeding.Extraction;

/// <summary>A fact the extractor read but trusts too little to store.</summary>
public sealed record DoubtfulFact(string Film, string Fact, string Rule, float Confidence);

/// <summary>
/// Keeps the facts whose confidence reaches <see cref="ExtractionRules.Threshold"/>; the rest are returned so the seed
/// report can list them. A film whose title is doubtful is dropped with all its facts.
/// </summary>
public static class ConfidenceFilter
{
    public static (ExtractedDocument Kept, List<DoubtfulFact> Doubtful) Apply(ExtractedDocument document)
    {
        var doubtful = new List<DoubtfulFact>();
        var films = new List<FilmFacts>();
        foreach (var film in document.Films)
        {
            var title = film.Title.Value;
            if (film.Title.Evidence.Confidence < ExtractionRules.Threshold)
            {
                doubtful.Add(new DoubtfulFact(title, $"title={title}", film.Title.Evidence.Rule, film.Title.Evidence.Confidence));
                continue;
            }
            bool Keep(Evidence evidence, string fact)
            {
                if (evidence.Confidence >= ExtractionRules.Threshold) return true;
                doubtful.Add(new DoubtfulFact(title, fact, evidence.Rule, evidence.Confidence));
                return false;
            }
            if (film.Year is { } year && !Keep(year.Evidence, $"year={year.Value}")) film.Year = null;
            film.Genres.RemoveAll(g => !Keep(g.Evidence, $"genre={g.Value}"));
            film.Countries.RemoveAll(c => !Keep(c.Evidence, $"country={c.Value}"));
            film.Languages.RemoveAll(l => !Keep(l.Evidence, $"language={l.Code}"));
            film.ExternalIds.RemoveAll(e => !Keep(e.Evidence, $"{e.Source}={e.Value}"));
            film.Credits.RemoveAll(c => !Keep(c.Evidence, $"{c.Role}={c.Name}"));
            film.Runtimes.RemoveAll(r => !Keep(r.Evidence, $"runtime={r.Minutes}"));
            film.Ratings.RemoveAll(r => !Keep(r.Evidence, $"rating={r.RawValue}"));
            film.Awards.RemoveAll(a => !Keep(a.Evidence, $"award={a.Event}|{a.Outcome}"));
            film.Companies.RemoveAll(c => !Keep(c.Evidence, $"company={c.Name}|{c.Role}"));
            film.AlternateTitles.RemoveAll(t => !Keep(t.Evidence, $"alternate-title={t.Title}"));
            films.Add(film);
        }
        return (document with { Films = films }, doubtful);
    }
}
