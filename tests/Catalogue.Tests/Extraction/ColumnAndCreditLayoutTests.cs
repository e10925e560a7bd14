using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Extraction;

/// <summary>Forms copied in columns, structured records, credit rolls and song lists: what their lines are, and what they are not.</summary>
public class ColumnAndCreditLayoutTests
{
    private static ExtractedDocument Extract(string text) => new DocumentExtractor().Extract(text);

    private static string[] Credited(FilmFacts film, string role) => film.Credits.Where(c => c.Role == role).Select(c => c.Name).ToArray();

    [Fact]
    public void A_form_in_columns_reads_its_unknown_labels_as_labels_and_a_qualified_label_as_the_plain_one()
    {
        const string text = "ReelPort    Browse Festivals    Log In\n\nMidnight Traveler\nHassan Fazili\n\nProject Info\n"
                            + "Project Title                Midnight Traveler\n"
                            + "Project Type                 Documentary, Feature\n"
                            + "Runtime                      1 hour 27 minutes\n"
                            + "Country of Origin            United States\n"
                            + "Country of Filming           Afghanistan, Turkey, Bulgaria\n"
                            + "Student Project              No\n"
                            + "First-time Filmmaker         No\n\n"
                            + "Directors\n  Hassan Fazili\nEditor\n  Emelie Mahdavian\nAdditional Editors\n  Robb Moss, Joslyn Barnes\n";
        var document = Extract(text);

        var film = Assert.Single(document.Films);
        Assert.Equal("Midnight Traveler", film.Title.Value);
        Assert.Equal(["US"], film.Countries.Select(c => c.Value));
        Assert.Equal([87], film.Runtimes.Select(r => r.Minutes));
        Assert.Contains("Documentary", film.Genres.Select(g => g.Value));
        Assert.Equal(["Emelie Mahdavian"], Credited(film, "editor"));
    }

    [Fact]
    public void A_structured_record_s_reference_counts_and_edit_links_are_chrome_and_its_description_is_not_a_title()
    {
        const string text = "Bowling for Columbine\n2002 film by Michael Moore\n\nStatements\n"
                            + "title                 Bowling for Columbine (English)          1 reference    edit\n"
                            + "genre                 documentary film                         1 reference    edit\n"
                            + "director              Michael Moore                            1 reference    edit\n"
                            + "country of origin     United States of America                 1 reference    edit\n"
                            + "duration              120 minute                               1 reference    edit\n";
        var document = Extract(text);

        var film = Assert.Single(document.Films);
        Assert.Equal("Bowling for Columbine", film.Title.Value);
        Assert.Equal(["Documentary"], film.Genres.Select(g => g.Value));
        Assert.Equal(["Michael Moore"], Credited(film, "director"));
        Assert.Equal([120], film.Runtimes.Select(r => r.Minutes));
    }

    [Fact]
    public void A_song_s_writers_are_not_the_film_s_and_its_title_is_not_a_film()
    {
        const string text = "BUENA VISTA SOCIAL CLUB\n\nwith\n\nRY COODER\nIBRAHIM FERRER   COMPAY SEGUNDO\n\n"
                            + "Written and Directed by\nWIM WENDERS\n\nAdditional Photography\nROBBY MÜLLER\nLISA RINZLER\n\n"
                            + "MUSIC\n\n\"CHAN CHAN\"\nWritten by Francisco Repilado\nPerformed by Compay Segundo\n\n"
                            + "\"EL CUARTO DE TULA\"\nWritten by Sergio Siaba\n";
        var document = Extract(text);

        var film = Assert.Single(document.Films);
        Assert.Equal("Buena Vista Social Club", film.Title.Value);
        Assert.Equal(["Wim Wenders"], Credited(film, "writer"));
        Assert.Empty(Credited(film, "cinematographer"));
        Assert.Empty(Credited(film, "composer"));
        Assert.Equal(["Ry Cooder", "Ibrahim Ferrer", "Compay Segundo"], Credited(film, "cast"));
    }

    [Fact]
    public void A_festival_s_institute_giving_grants_is_not_a_festival_selection()
    {
        const string text = "Sundance Institute Announces Fall 2010 Documentary Fund Grantees\n\n"
                            + "Twenty-two feature-length nonfiction projects will share grants from the Sundance Institute Documentary Fund.\n\n"
                            + "GOD LOVES UGANDA  (U.S.)\nDir. Roger Ross Williams\nAmerican evangelical missionaries pour money into Uganda.\n\n"
                            + "THE E-TEAM  (U.S.)\nDirectors: Katy Chevigny, Ross Kauffman\nHuman Rights Watch's Emergencies Team arrives where the news crews have left.\n";
        var document = Extract(text);

        Assert.Equal(2, document.Films.Count);
        Assert.All(document.Films, f => Assert.Empty(f.Awards));
        Assert.All(document.Films, f => Assert.Null(f.Year));
    }

    [Fact]
    public void A_profile_s_verified_badge_is_not_part_of_the_title()
    {
        const string text = "All the Beauty and the Bloodshed  ✓\n@BloodshedFilm\nA film by Laura Poitras, with Nan Goldin.\n\n"
                            + "All the Beauty and the Bloodshed @BloodshedFilm · Nov 23, 2022\nToday it opens in New York, then across the country.\n\n"
                            + "All the Beauty and the Bloodshed @BloodshedFilm · Oct 8, 2022\nWhat a night at the New York Film Festival.\n";
        var document = Extract(text);

        Assert.Equal("All the Beauty and the Bloodshed", Assert.Single(document.Films).Title.Value);
    }

    [Fact]
    public void A_dot_leader_makes_a_label_of_an_unknown_credit_so_its_name_is_nobody_else_s()
    {
        const string text = "STOP MAKING SENSE\nUSA 1984 · 88 mins\n\nCREDITS\nDirected by ........ Jonathan Demme\n"
                            + "Director of Photography ........ Jordan Cronenweth\nVisual Consultant ........ Sandy McLeod\n";
        var film = Assert.Single(Extract(text).Films);

        Assert.Equal(["Jordan Cronenweth"], Credited(film, "cinematographer"));
        Assert.DoesNotContain(film.Credits, c => c.Name == "Sandy McLeod" || c.Name == "Visual Consultant");
    }

    [Fact]
    public void A_record_s_property_ids_and_reference_counts_leave_its_labels_and_values_as_they_are()
    {
        const string text = "The Cove\n2009 documentary film directed by Louie Psihoyos\nAlso known as:  The Cove (film) · The Cove (2009)\n\nStatements\n\n"
                            + "director (P57)\n    Louie Psihoyos\n        ▸ 2 references\n"
                            + "producer (P162)\n    Paula DuPré Pesmen\n    Fisher Stevens\n        ▸ 0 references\n"
                            + "original language of film or TV show (P364)\n    English\n";
        var film = Assert.Single(Extract(text).Films);

        Assert.Equal("The Cove", film.Title.Value);
        Assert.Equal(["Louie Psihoyos"], Credited(film, "director"));
        Assert.Equal(["Paula DuPré Pesmen", "Fisher Stevens"], Credited(film, "producer"));
        Assert.Equal(["en"], film.Languages.Select(l => l.Code));
    }

    [Fact]
    public void A_festival_history_s_award_and_nominee_lines_take_the_event_of_the_row_above()
    {
        const string text = "Hale County This Morning, This Evening\nRaMell Ross\n\nDirectors\n  RaMell Ross\n\nScreenings / Awards\n"
                            + "  Full Frame Documentary Film Festival     Durham, North Carolina     April 2018\n"
                            + "     Award: Reva and David Logan Grand Jury Award\n"
                            + "  Cinema Eye Honors     New York, NY     January 2019\n"
                            + "     Award: Outstanding Achievement in Nonfiction Feature Filmmaking\n"
                            + "  91st Academy Awards     Los Angeles, CA     February 2019\n"
                            + "     Nominee: Best Documentary Feature\n";
        var film = Assert.Single(Extract(text).Films);

        Assert.Contains(film.Awards, a => a is { Event: "Full Frame Documentary Film Festival", Outcome: "won", Year: 2018 });
        Assert.Contains(film.Awards, a => a is { Event: "Cinema Eye Honors", Outcome: "won", Year: 2019 });
        Assert.Contains(film.Awards, a => a is { Event: "Academy Awards", Outcome: "nominated", Year: 2019 });
        Assert.DoesNotContain(film.Credits, c => c.Name is "Durham" or "North Carolina");
    }
}
