using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Extraction;

/// <summary>Things a page says beside a film's facts that are not its facts: a disc's extras, a festival's town, a sentence's first word.</summary>
public class NotTheFilmsFactsTests
{
    private static FilmFacts Film(string text) => new DocumentExtractor().Extract(text).Films[0];

    [Fact]
    public void A_disc_s_trailer_gives_no_runtime_to_the_film()
    {
        var film = Film("Harlan County, USA\n\nRunning time: 1 hour 43 minutes\n\nSpecial features\nOriginal theatrical trailer (3 mins)\nFeaturette: 24 min\n\n"
                        + "Harlan County, USA is a documentary about a miners' strike in Kentucky.\n");

        Assert.Equal([103], film.Runtimes.Select(r => r.Minutes));
    }

    [Fact]
    public void A_town_among_a_line_of_facts_is_not_the_director()
    {
        var film = Film("Midnight Traveler\n\nDirector: Hassan Fazili\nPark City · 2019 · 87 min\n\nMidnight Traveler is a documentary filmed on three phones.\n");

        Assert.Equal(["Hassan Fazili"], film.Credits.Where(c => c.Role == "director").Select(c => c.Name));
    }

    [Fact]
    public void A_sentence_s_opening_adverb_is_not_part_of_the_name_after_it()
    {
        var film = Film("Four Daughters\n\nFour Daughters is a documentary about Olfa Hamrouni and her daughters. Now director Kaouther Ben Hania returns to Cannes.\n");

        Assert.Contains("Kaouther Ben Hania", film.Credits.Where(c => c.Role == "director").Select(c => c.Name));
        Assert.DoesNotContain(film.Credits, c => c.Name.StartsWith("Now ", StringComparison.Ordinal));
    }
}
