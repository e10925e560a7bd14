using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Extraction;

public class ShapeRecognitionTests
{
    private static ExtractedDocument Extract(string text) => new DocumentExtractor().Extract(text);

    [Theory]
    [InlineData("Milk\nEggs\nBread\n2 onions\nCoffee beans\nWashing-up liquid\n")]
    [InlineData("title,year,runtime,country\nLast Men in Aleppo,2017,104,DK\nCity of Ghosts,2017,92,US\nCries from Syria,2017,111,US\n")]
    [InlineData("   \n\n  ")]
    [InlineData("The meeting is moved to Thursday. Please bring the quarterly figures. The kitchen will be closed for cleaning.")]
    public void Documents_of_no_known_shape_are_unknown_and_yield_no_films(string text)
    {
        var document = Extract(text);
        Assert.Equal(DocumentKinds.Unreadable, document.Shape);
        Assert.Empty(document.Films);
    }

    [Theory]
    [InlineData("Honeyland (2019)")]
    [InlineData("Honeyland (2019) - User Reviews - FilmDB")]
    public void A_heading_under_the_site_menu_is_the_page_s_film_not_the_site_s_banner(string heading)
    {
        var text = "FilmDB   Movies   TV   Sign in\n\n" + heading + "\n\n412 reviews   Sort by: Helpful\n\n"
                            + "A quiet masterpiece\nbeekeeper_88 · 12 March 2020\nI watched this documentary twice. Hatidze and her bees stayed with me for days.\n";
        var film = Assert.Single(Extract(text).Films);
        Assert.Equal("Honeyland", film.Title.Value);
        Assert.Equal(2019, film.Year!.Value);
    }

    [Fact]
    public void Lines_with_sentiment_labels_are_a_labelled_review()
    {
        const string text = "Harbour Lights is a patient documentary.\n  Positive\nHarbour Lights drags in its second half.\n  Negative\nThe keepers are filmed with care.\n  Very positive\nHarbour Lights ends quietly.\n  Neutral\n";
        var document = Extract(text);
        Assert.Equal(DocumentKinds.LabelledReview, document.Shape);
        var excerpts = Assert.Single(document.Films).Review!.Excerpts;
        Assert.Equal([Sentiments.Positive, Sentiments.Negative, Sentiments.VeryPositive, Sentiments.Neutral], excerpts.Select(e => e.Sentiment));
        Assert.Equal("Harbour Lights drags in its second half.", text.Substring(excerpts[1].Evidence.Start, excerpts[1].Evidence.Length));
    }

    [Fact]
    public void Heading_with_a_tag_line_and_a_description_is_a_synopsis_titled_by_its_heading()
    {
        const string text = "Harbour Lights\n\nDocumentary, Norway\n\nIn a fishing town at the edge of the map, three keepers refuse to let their lighthouse go dark. The film spends one long winter with them.\n";
        var document = Extract(text);
        Assert.Equal(DocumentKinds.Synopsis, document.Shape);
        var film = Assert.Single(document.Films);
        Assert.Equal("Harbour Lights", film.Title.Value);
        Assert.Empty(film.AlternateTitles);
        Assert.Equal(["NO"], film.Countries.Select(c => c.Value));
        Assert.Null(film.Review);
    }

    [Fact]
    public void Large_document_is_extracted_in_one_linear_pass()
    {
        const string paragraph = "Harbour Lights is a patient documentary about a fishing town. Directed by Anna Berg, it follows the keepers (and their dogs) through a winter of storms, and the camera never looks away from the sea. ";
        var text = string.Concat(Enumerable.Repeat(paragraph + "\n\n", 1024 * 1024 / paragraph.Length + 1));
        Assert.True(text.Length > 1024 * 1024);
        var document = Extract(text);
        Assert.Equal(DocumentKinds.ProseReview, document.Shape);
        Assert.Equal("Harbour Lights", document.Films[0].Title.Value);
    }

    [Fact]
    public void Pathological_input_without_spaces_or_line_breaks_completes()
    {
        var text = string.Concat(Enumerable.Repeat("Aa-", 300_000)) + " film. " + new string(':', 200_000);
        Assert.Equal(DocumentKinds.Unreadable, Extract(text).Shape);
    }

    [Fact]
    public void Megabyte_of_prose_without_sentence_ends_completes()
    {
        const string phrase = "the documentary follows Khaled and films Mahmoud in theaters for 90 minutes streaming on Netflix, also known as The Film ";
        var text = "Harbour Lights is a documentary. Harbour Lights is long. Harbour Lights is a film.\n" + string.Concat(Enumerable.Repeat(phrase, 1024 * 1024 / phrase.Length)) + ".";
        var document = Extract(text);
        Assert.NotEqual(DocumentKinds.Unreadable, document.Shape);
    }

    [Fact]
    public void Synopsis_heading_may_have_a_subtitle_and_its_tag_line_a_year()
    {
        const string text = "Harbour Lights: A Winter Story\n\nDocumentary | Norway | 2016\n\nIn a fishing town at the edge of the map, three keepers refuse to let their lighthouse go dark. The film spends one long winter with them.\n";
        var document = Extract(text);
        Assert.Equal(DocumentKinds.Synopsis, document.Shape);
        var film = Assert.Single(document.Films);
        Assert.Equal("Harbour Lights: A Winter Story", film.Title.Value);
        Assert.Equal(2016, film.Year!.Value);
        Assert.Equal("2016", text.Substring(film.Year.Evidence.Start, film.Year.Evidence.Length));
        Assert.Equal(["Documentary"], film.Genres.Select(g => g.Value));
    }
}
