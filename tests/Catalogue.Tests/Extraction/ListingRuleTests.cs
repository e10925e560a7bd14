using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using static Catalogue.Tests.Extraction.Spans;

namespace Catalogue.Tests.Extraction;

/// <summary>Listing rules on small pages with field spellings the seeds do not have.</summary>
public class ListingRuleTests
{
    private static (string Text, FilmFacts Film) Listing(string fields, string genre = "Documentary")
    {
        var text = $"Harbour Lights (2019)\n\nGenre: {genre}\nCountry: USA, United Kingdom\n{fields}\n\nA quiet portrait of a fishing town and the people who keep its lighthouse running through a hard winter.\n";
        var document = new DocumentExtractor().Extract(text);
        Assert.Equal(DocumentKinds.Listing, document.Shape);
        return (text, Assert.Single(document.Films));
    }

    [Theory]
    [InlineData("Runtime: 100 min", 100, "100 min")]
    [InlineData("Running time: 107", 107, "107")]
    [InlineData("Length: 1h 45m", 105, "1h 45m")]
    [InlineData("Duration: 1 hr 30 min", 90, "1 hr 30 min")]
    [InlineData("Run time: 95 minutes", 95, "95 minutes")]
    public void Runtime_field_spellings_become_listing_runtimes(string field, int minutes, string quoted)
    {
        var (text, film) = Listing(field);
        var runtime = Assert.Single(film.Runtimes);
        Assert.Equal((minutes, RuntimeVersions.Listing), (runtime.Minutes, runtime.Version));
        Assert.Equal(quoted, text.Substring(runtime.Evidence.Start, runtime.Evidence.Length));
    }

    [Theory]
    [InlineData("Rating: 8", "8", 8, 10)]
    [InlineData("Rating: 85", "85", 85, 100)]
    [InlineData("Score: 85%", "85%", 85, 100)]
    [InlineData("Rating: 4/5", "4/5", 4, 5)]
    [InlineData("Rating: 3.5 out of 5", "3.5 out of 5", 3.5, 5)]
    public void Rating_without_a_written_scale_is_out_of_ten_up_to_ten_and_out_of_a_hundred_above(string field, string raw, double value, int scale)
    {
        var (text, film) = Listing(field);
        var rating = Assert.Single(film.Ratings);
        Assert.Equal(("listing", raw, (decimal)value, (decimal)scale), (rating.Source, rating.RawValue, rating.Value, rating.Scale));
        Covers(text, rating.Evidence, raw);
    }

    [Theory]
    [InlineData("IMDb: tt6333072", "imdb", "tt6333072")]
    [InlineData("Links: https://www.imdb.com/title/tt6333072/", "imdb", "tt6333072")]
    [InlineData("Wikidata: Q30897389", "wikidata", "Q30897389")]
    [InlineData("Links: https://www.wikidata.org/wiki/Q30897389", "wikidata", "Q30897389")]
    [InlineData("TMDB: 441709", "tmdb", "441709")]
    [InlineData("Links: https://www.themoviedb.org/movie/441709", "tmdb", "441709")]
    public void An_external_id_a_listing_states_is_read_with_the_words_it_came_from(string field, string source, string value)
    {
        var (text, film) = Listing(field);
        var id = Assert.Single(film.ExternalIds);
        Assert.Equal((source, value), (id.Source, id.Value));
        Covers(text, id.Evidence, value);
    }

    [Fact]
    public void A_language_field_gives_iso_codes_the_first_original()
    {
        var (_, film) = Listing("Language: Arabic, English");
        Assert.Equal([("ar", true), ("en", false)], film.Languages.Select(l => (l.Code, l.IsOriginal)));
    }

    [Fact]
    public void Rating_above_a_hundred_without_a_scale_is_not_read() =>
        Assert.Empty(Listing("Rating: 250").Film.Ratings);

    [Fact]
    public void Imdb_rating_with_votes_keeps_the_vote_count()
    {
        var rating = Assert.Single(Listing("IMDb rating: 6.9/10 (1,234 votes)").Film.Ratings);
        Assert.Equal(("imdb", "6.9/10", 1234), (rating.Source, rating.RawValue, rating.VoteCount ?? 0));
    }

    [Fact]
    public void Heading_year_in_brackets_is_the_year_when_no_release_field_says_otherwise()
    {
        var (text, film) = Listing("Runtime: 90 min");
        Assert.Equal("Harbour Lights", film.Title.Value);
        Assert.Equal(2019, film.Year!.Value);
        Covers(text, film.Year.Evidence, "2019");
        RuleIs(film.Year.Evidence, "title.year-beside-title");
    }

    [Fact]
    public void Country_field_accepts_common_short_names()
    {
        Assert.Equal(["US", "GB"], Listing("Runtime: 90 min").Film.Countries.Select(c => c.Value));
    }

    [Fact]
    public void A_label_naming_two_roles_credits_both()
    {
        var (_, film) = Listing("Writer / Director: Anna Berg\nProducer: Tomas Lind");
        Assert.Equal([(CreditRoles.Director, "Anna Berg"), (CreditRoles.Writer, "Anna Berg"), (CreditRoles.Producer, "Tomas Lind")],
            film.Credits.Select(c => (c.Role, c.Name)).OrderBy(c => c.Role == CreditRoles.Producer).ThenBy(c => c.Role == CreditRoles.Writer));
    }

    [Fact]
    public void Starring_outside_a_documentary_is_cast()
    {
        var (_, film) = Listing("Starring: Anna Berg, Tomas Lind", genre: "Drama, Movie");
        Assert.Equal(["Drama"], film.Genres.Select(g => g.Value));
        Assert.Equal(["Anna Berg", "Tomas Lind"], film.Credits.Select(c => c.Name));
        Assert.All(film.Credits, c => Assert.Equal(CreditRoles.Cast, c.Role));
    }

    [Fact]
    public void Director_field_with_two_names_credits_both()
    {
        var (text, film) = Listing("Directed by: Jean de la Fontaine and Ludwig van Beethoven");
        Assert.Equal(["Jean de la Fontaine", "Ludwig van Beethoven"], film.Credits.Select(c => c.Name));
        Assert.All(film.Credits, c => Assert.Equal(CreditRoles.Director, c.Role));
        Covers(text, film.Credits[0].Evidence, "Jean de la Fontaine");
    }

    [Fact]
    public void Synopsis_paragraph_after_the_fields_is_the_synopsis()
    {
        var (text, film) = Listing("Runtime: 90 min");
        Assert.StartsWith("A quiet portrait of a fishing town", film.Synopsis!.Value);
        Assert.Equal(film.Synopsis.Value, text.Substring(film.Synopsis.Evidence.Start, film.Synopsis.Evidence.Length));
        Assert.Null(film.Review);
    }

    [Fact]
    public void Site_wording_around_the_heading_is_not_part_of_the_title()
    {
        const string text = "Watch Harbour Lights (2019) Full Movie Online Free\n\nGenre: Documentary\nRuntime: 90 min\nCountry: Norway\n";
        var film = Assert.Single(new DocumentExtractor().Extract(text).Films);
        Assert.Equal("Harbour Lights", film.Title.Value);
        Assert.Equal("Harbour Lights", text.Substring(film.Title.Evidence.Start, film.Title.Evidence.Length));
        Assert.Equal(2019, film.Year!.Value);
    }
}
