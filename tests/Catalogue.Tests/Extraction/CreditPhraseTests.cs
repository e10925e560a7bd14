using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Extraction;

/// <summary>How press releases and trade reviews write a film's credits in sentences, and what each phrase gives the film.</summary>
public class CreditPhraseTests
{
    /// <summary>The document's own film comes first; films it only mentions follow.</summary>
    private static FilmFacts Film(string text) => new DocumentExtractor().Extract(text).Films[0];

    private static string[] Credited(FilmFacts film, string role) => film.Credits.Where(c => c.Role == role).Select(c => c.Name).ToArray();

    private static string[] Companies(FilmFacts film) => film.Companies.Select(c => $"{c.Name}|{c.Role}").ToArray();

    [Fact]
    public void A_trade_review_s_wrapped_production_line_gives_each_company_its_role_and_leaves_the_producer_field_after_it()
    {
        const string text = "Film Review: 'Amy'\n\nAsif Kapadia's documentary about Amy Winehouse is a portrait of a singer and of the people around her.\n\n"
                            + "Production: (Documentary — U.K.) An Altitude Film Distribution (in U.K.)/A24 (in U.S.) release of a\n"
                            + "Universal Music, Film4 presentation of an On the Corner production. Producer: James Gay-Rees.\n";
        var film = Film(text);

        Assert.Equal("Amy", film.Title.Value);
        Assert.Equal(["Altitude Film Distribution|distributor", "A24|distributor", "Universal Music|production-company", "Film4|production-company",
                      "On the Corner|production-company"], Companies(film));
        Assert.Equal(["James Gay-Rees"], Credited(film, "producer"));
    }

    [Fact]
    public void Credits_written_as_one_sentence_keep_every_role_for_the_film_the_sentence_opens_with()
    {
        const string text = "CREDITS\n\nCrip Camp is a documentary about a summer camp for teenagers with disabilities. "
                            + "Crip Camp is directed by Nicole Newnham and James LeBrecht, written by Nicole Newnham and James LeBrecht, and produced by Sara Bolder. "
                            + "Executive producers are President Barack Obama and Michelle Obama. Edited by Eileen Meyer. Director of photography: Justin Schein.\n";
        var film = Film(text);

        Assert.Equal(["Nicole Newnham", "James LeBrecht"], Credited(film, "writer"));
        Assert.Equal(["Barack Obama", "Michelle Obama"], Credited(film, "executive-producer"));
        Assert.Equal(["Justin Schein"], Credited(film, "cinematographer"));
    }

    [Fact]
    public void A_line_of_credits_written_as_sentences_is_read_like_running_text()
    {
        const string text = "APOLLO 11 (USA, 2019)\nDirected by Todd Douglas Miller\nRunning time: 1 h 33 min\n"
                            + "From CNN Films and Statement Pictures. Released in cinemas by Neon.\n\nApollo 11 is a documentary of the 1969 mission.\n";
        var film = Film(text);

        Assert.Equal(["CNN Films|production-company", "Neon|distributor", "Statement Pictures|production-company"], Companies(film).Order());
    }

    [Theory]
    [InlineData("North American distribution: NEON", "NEON|distributor")]
    [InlineData("US Distribution: Music Box Films", "Music Box Films|distributor")]
    [InlineData("Production Company: Sant & Usant", "Sant & Usant|production-company")]
    public void A_company_field_keeps_an_ampersand_in_its_name_and_reads_a_territory_before_its_label(string line, string expected)
    {
        var film = Film($"Gunda\n\nDirector: Victor Kossakovsky\n{line}\n\nGunda is a documentary about a sow and her piglets.\n");

        Assert.Equal([expected], Companies(film));
    }

    [Theory]
    [InlineData("Running time: 108 minutes. In English.", new[] { "en" })]
    [InlineData("In English, Portuguese, French and Japanese, with subtitles", new[] { "en", "pt", "fr", "ja" })]
    public void The_languages_a_credits_line_says_the_film_is_spoken_in_are_its_languages(string line, string[] expected)
    {
        var film = Film($"Senna\n\nDirector: Asif Kapadia\n{line}\n\nSenna is a documentary about a racing driver.\n");

        Assert.Equal(expected, film.Languages.Select(l => l.Code));
    }

    [Fact]
    public void A_title_s_own_appositive_does_not_make_its_prize_another_work_s()
    {
        var film = Film("Minding the Gap\n\nBing Liu was 14 when he started filming his friends skateboarding around Rockford, Illinois. "
                        + "Twelve years later that footage became Minding the Gap, his debut feature, which premiered in the U.S. Documentary Competition "
                        + "at the Sundance Film Festival in January and won a Special Jury Award for Breakthrough Filmmaking. Minding the Gap is a documentary.\n");

        Assert.Contains(film.Awards, a => a.Event == "Sundance Film Festival" && a.Outcome == "won" && a.Category.StartsWith("Special Jury Award", StringComparison.Ordinal));
        Assert.Contains(film.Awards, a => a.Event == "Sundance Film Festival" && a.Outcome == "selected");
    }
}
