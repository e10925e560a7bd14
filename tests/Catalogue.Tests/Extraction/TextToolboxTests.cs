using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Tests.Extraction;

public class TextToolboxTests
{
    [Theory]
    [InlineData("Ludwig van Beethoven wrote it", "Ludwig van Beethoven")]
    [InlineData("Fadi Al Halabi document", "Fadi Al Halabi")]
    [InlineData("Jean de la Fontaine, who", "Jean de la Fontaine")]
    [InlineData("Bashar al-Assad and", "Bashar al-Assad")]
    [InlineData("Anna van the", "Anna")]
    [InlineData("Matthew Heinemann’s City", "Matthew Heinemann")]
    public void Names_are_read_with_their_particles(string text, string expected)
    {
        var name = Names.ReadForward(text, 0, text.Length);
        Assert.Equal(expected, name!.Name);
        Assert.Equal(expected, text.Substring(name.Span.Start, name.Span.Length));
    }

    [Theory]
    [InlineData("The film")]
    [InlineData("ISIS fighters")]
    [InlineData("however")]
    public void Words_that_are_not_names_are_not_read_as_names(string text) =>
        Assert.Null(Names.ReadForward(text, 0, text.Length));

    [Fact]
    public void Sentences_do_not_end_at_titles_or_initials()
    {
        const string text = "Dr. Smith met J. Doe in Aleppo. They talked (briefly). “Why?” she asked. It ended";
        var sentences = Sentences.In(text, new TextSpan(0, text.Length)).Select(s => s.Of(text)).ToList();
        Assert.Equal(["Dr. Smith met J. Doe in Aleppo.", "They talked (briefly).", "“Why?” she asked.", "It ended"], sentences);
    }

    [Fact]
    public void Sentences_never_join_lines()
    {
        const string text = "Heading without a stop\nFirst sentence here. Second one";
        Assert.Equal(["Heading without a stop", "First sentence here.", "Second one"], Sentences.In(text, new TextSpan(0, text.Length)).Select(s => s.Of(text)));
    }

    [Theory]
    [InlineData("Leave a Reply", true)]
    [InlineData("Your email address will not be published. Required fields are marked *", true)]
    [InlineData("This site uses Akismet to reduce spam. Learn how your comment data is processed.", true)]
    [InlineData("Go top UA-100342494-1", true)]
    [InlineData("We use cookies to give you the best experience.", true)]
    [InlineData("Share this:", true)]
    [InlineData("© 2024 Film Weekly. All rights reserved.", true)]
    [InlineData("The plot is cookie-cutter but the film shares its warmth generously.", false)]
    [InlineData("Leave the cinema before the credits and you will miss the best scene.", false)]
    public void Boilerplate_is_recognised_without_catching_review_prose(string line, bool expected) =>
        Assert.Equal(expected, Boilerplate.IsBoilerplate(line));

    [Theory]
    [InlineData("Khalid", "Khaled", true)]
    [InlineData("Mahmud", "Mahmoud", true)]
    [InlineData("Sami", "Sara", false)]
    [InlineData("Khaled", "Mahmoud", false)]
    public void First_name_spelling_variants_are_close_but_different_names_are_not(string a, string b, bool expected) =>
        Assert.Equal(expected, EditDistance.IsSpellingVariant(a, b));
}
