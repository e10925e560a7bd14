using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Extraction;

public class ConfidenceFilterTests
{
    [Fact]
    public void Facts_under_the_threshold_are_kept_out_and_listed()
    {
        var film = new FilmFacts { Title = new Sourced<string>("Honeyland", new Evidence(0, 9, "title.field") { Confidence = 0.95f }) };
        film.Countries.Add(new Sourced<string>("MK", new Evidence(10, 2, "field.country") { Confidence = 0.95f }));
        film.Genres.Add(new Sourced<string>("Nature", new Evidence(13, 6, "prose.genre.documentary") { Confidence = 0.3f }));

        var (kept, doubtful) = ConfidenceFilter.Apply(new ExtractedDocument(DocumentKinds.Listing, [film]));

        var stored = Assert.Single(kept.Films);
        Assert.Equal(["MK"], stored.Countries.Select(c => c.Value));
        Assert.Empty(stored.Genres);
        var listed = Assert.Single(doubtful);
        Assert.Equal(("Honeyland", "genre=Nature", 0.3f), (listed.Film, listed.Fact, listed.Confidence));
    }

    [Fact]
    public void A_film_whose_title_is_doubtful_is_dropped_with_its_facts()
    {
        var film = new FilmFacts { Title = new Sourced<string>("Share", new Evidence(0, 5, "title.heading") { Confidence = 0.2f }) };
        film.Countries.Add(new Sourced<string>("MK", new Evidence(10, 2, "field.country")));

        var (kept, doubtful) = ConfidenceFilter.Apply(new ExtractedDocument(DocumentKinds.Page, [film]));

        Assert.Empty(kept.Films);
        Assert.Equal("title=Share", Assert.Single(doubtful).Fact);
    }
}
