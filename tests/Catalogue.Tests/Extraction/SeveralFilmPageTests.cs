using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Extraction;

/// <summary>Pages that list several films each in the same way: tables, archive teasers, screening programmes.</summary>
public class SeveralFilmPageTests
{
    private static ExtractedDocument Extract(string text) => new DocumentExtractor().Extract(text);

    private static FilmFacts Film(ExtractedDocument document, string title) => Assert.Single(document.Films, f => f.Title.Value == title);

    private static string[] Directors(FilmFacts film) => film.Credits.Where(c => c.Role == "director").Select(c => c.Name).ToArray();

    [Fact]
    public void A_copied_table_with_a_film_column_gives_one_film_per_row_with_its_cells_as_fields()
    {
        const string text = "Contents  [hide]\n1 Winners\n2 See also\n\nWinners\n\n"
                            + "Year\tFilm\tDirector(s)\tNotes\n"
                            + "2010\tRestrepo\tTim Hetherington, Sebastian Junger\tAlso nominated for an Oscar\n"
                            + "2011\tHow to Die in Oregon\tPeter D. Richardson\t\n"
                            + "2016\tWeiner\tJosh Kriegman, Elyse Steinberg\t\n\n"
                            + "See also\n  • Sundance Film Festival\n";
        var document = Extract(text);

        Assert.Equal(["Restrepo", "How to Die in Oregon", "Weiner"], document.Films.Select(f => f.Title.Value));
        Assert.Equal(2016, Film(document, "Weiner").Year!.Value);
        Assert.Equal(["Josh Kriegman", "Elyse Steinberg"], Directors(Film(document, "Weiner")));
        Assert.Equal(["Peter D. Richardson"], Directors(Film(document, "How to Die in Oregon")));
    }

    [Fact]
    public void A_read_more_link_under_every_teaser_is_a_button_and_every_teaser_is_a_film()
    {
        const string text = "Category: Documentary\n\n"
                            + "The Gleaners and I (2000)\nAgnès Varda films the people who pick up what others leave behind in French fields and markets, and herself.\n"
                            + "Directed by Agnès Varda | France | 82 min\nRead more →\n\n"
                            + "Sans Soleil (1983)\nA woman reads letters from a cameraman who travels between Tokyo, Guinea-Bissau and Iceland.\n"
                            + "Directed by Chris Marker | France | 100 min\nRead more →\n";
        var document = Extract(text);

        Assert.Equal(["The Gleaners and I", "Sans Soleil"], document.Films.Select(f => f.Title.Value));
        Assert.Equal(["Chris Marker"], Directors(Film(document, "Sans Soleil")));
        Assert.Equal([100], Film(document, "Sans Soleil").Runtimes.Select(r => r.Minutes));
    }

    [Fact]
    public void A_programme_s_date_headings_are_not_films_and_dir_with_a_colon_names_the_director()
    {
        const string text = "SPRING SEASON\n\nTUESDAY 14 JANUARY\nHOOP DREAMS\nUSA 1994 · Dir: Steve James · 170 mins\nTwo Chicago teenagers chase a basketball future.\n\n"
                            + "TUESDAY 21 JANUARY\nMAN WITH A MOVIE CAMERA\nUSSR 1929 · Dir: Dziga Vertov · 68 mins\nA day in the life of a Soviet city.\n";
        var document = Extract(text);

        Assert.Equal(["Hoop Dreams", "Man with a Movie Camera"], document.Films.Select(f => f.Title.Value));
        Assert.Equal(["Steve James"], Directors(Film(document, "Hoop Dreams")));
    }

    [Fact]
    public void A_prize_named_best_documentary_does_not_make_the_genre()
    {
        const string text = "Burden of Dreams (1982)\n\nLes Blank followed Werner Herzog into the jungle during the shoot of Fitzcarraldo.\n"
                            + "Directed by Les Blank. It was up for the Academy Award for Best Documentary Feature.\n";
        Assert.Empty(Assert.Single(Extract(text).Films).Genres);
    }

    [Fact]
    public void A_certificate_in_a_tile_s_line_of_facts_is_not_a_country()
    {
        const string text = "TRUE STORIES\n\n──────────\nRBG\n2018 · 1h 38m · PG\nDocumentary · Biography\nDirectors: Julie Cohen, Betsy West\n──────────\n"
                            + "Fantastic Fungi\n2019 · 1h 21m · PG\nDocumentary · Nature\nDirector: Louie Schwartzberg\n──────────\n";
        var document = Extract(text);

        Assert.Equal(["RBG", "Fantastic Fungi"], document.Films.Select(f => f.Title.Value));
        Assert.All(document.Films, film => Assert.Empty(film.Countries));
        Assert.Equal([98], Film(document, "RBG").Runtimes.Select(r => r.Minutes));
    }

    [Fact]
    public void A_distributor_s_feed_gives_each_post_to_the_film_it_names_and_a_film_s_own_feed_stays_one_film()
    {
        const string feed = "Magnolia Pictures · March 15, 2021 · 🌐\nHISTORY! Alexander Nanau's COLLECTIVE is nominated for TWO Academy Awards: Best Documentary Feature AND Best International Feature Film.\n\n"
                            + "Magnolia Pictures · November 20, 2020 · 🌐\nOUT TODAY: COLLECTIVE, in virtual cinemas.\nRomania / Luxembourg 2019 · 1 h 49 min\n\n"
                            + "Magnolia Pictures · July 9, 2020 · 🌐\n#TBT to FOOD, INC. (2008), Robert Kenner's Oscar-nominated doc. 94 min\n";
        var document = Extract(feed);

        Assert.Equal(["Collective", "Food, Inc"], document.Films.Select(f => f.Title.Value));
        Assert.Equal([109], Film(document, "Collective").Runtimes.Select(r => r.Minutes));
        Assert.Equal(["Robert Kenner"], Directors(Film(document, "Food, Inc")));
        Assert.Equal(["Alexander Nanau"], Directors(Film(document, "Collective")));

        const string ownFeed = "All the Beauty and the Bloodshed  ✓\n@BloodshedFilm\nA film by Laura Poitras, with Nan Goldin.\n\n"
                               + "All the Beauty and the Bloodshed @BloodshedFilm · Jan 24, 2023\nNominated for Best Documentary Feature at the 95th Oscars.\n\n"
                               + "All the Beauty and the Bloodshed @BloodshedFilm · Nov 23, 2022\nTODAY. ALL THE BEAUTY AND THE BLOODSHED opens in New York.\n\n"
                               + "All the Beauty and the Bloodshed @BloodshedFilm · Sep 10, 2022\nIt won the Golden Lion, the first since SACRO GRA.\n";
        Assert.Equal("All the Beauty and the Bloodshed", Assert.Single(Extract(ownFeed).Films, f => f.Title.Value.StartsWith("All")).Title.Value);
    }

    [Fact]
    public void A_round_up_entry_whose_line_gives_only_a_director_and_a_festival_section_is_a_film()
    {
        const string text = "CANNES 2022 · DAY 6\n\nThe documentaries of Cannes 2022\n\n"
                            + "ALL THAT BREATHES\nShaunak Sen — India — Special Screenings\n\nTwo Delhi brothers run a clinic for injured black kites in a basement.\n\n"
                            + "MARIUPOLIS 2\nMantas Kvedaravičius — Special Screenings\n\nA grave record of people sheltering in a church while shells fall.\n";
        var document = Extract(text);

        Assert.Equal(["Mantas Kvedaravičius"], Directors(Film(document, "Mariupolis 2")));
        Assert.Equal(["Shaunak Sen"], Directors(Film(document, "All That Breathes")));
    }
}
