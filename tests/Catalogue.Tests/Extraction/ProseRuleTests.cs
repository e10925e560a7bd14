using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using static Catalogue.Tests.Extraction.Spans;

namespace Catalogue.Tests.Extraction;

/// <summary>Prose rules on small reviews and articles written for the purpose.</summary>
public class ProseRuleTests
{
    private static ExtractedDocument Extract(string text) => new DocumentExtractor().Extract(text);

    private const string Review = """
        Harbour Lights is a patient documentary about a fishing town that refuses to give up its lighthouse.

        Harbour Lights, directed by Anna Berg and Tomas Lind, follows the keepers through one long winter. We follow Ludwig van Beethoven, a retired engineer who still climbs the tower every night.
        The music by composer Jean de la Fontaine is sparse and effective, and I rate it 8/10.

        Harbour Lights won the Grand Jury Prize at the Hot Docs festival and was nominated for Best Documentary at the BAFTA Awards. The version that premiered at the festival ran 98 minutes.

        Share this:
        Leave a Reply
        We use cookies to improve your experience. Accept all cookies
        Go top UA-1234567-1
        """;

    [Fact]
    public void Directed_by_x_and_y_credits_both_directors_of_the_reviewed_film()
    {
        var document = Extract(Review);
        Assert.Equal(DocumentKinds.ProseReview, document.Shape);
        var film = Assert.Single(document.Films);
        Assert.Equal("Harbour Lights", film.Title.Value);
        var anna = Credit(film, "Anna Berg", CreditRoles.Director);
        var tomas = Credit(film, "Tomas Lind", CreditRoles.Director);
        Covers(Review, anna.Evidence, "directed by Anna Berg");
        Covers(Review, tomas.Evidence, "Tomas Lind");
    }

    [Fact]
    public void Names_keep_their_particles()
    {
        var film = Extract(Review).Films[0];
        var subject = Credit(film, "Ludwig van Beethoven", CreditRoles.Subject);
        Assert.Equal("a retired engineer", subject.Description);
        Covers(Review, Credit(film, "Jean de la Fontaine", CreditRoles.Composer).Evidence, "composer Jean de la Fontaine");
    }

    [Fact]
    public void Critics_own_rating_is_a_critic_rating()
    {
        var rating = Assert.Single(Extract(Review).Films[0].Ratings);
        Assert.Equal(("critic", "8/10", 8m, 10m), (rating.Source, rating.RawValue, rating.Value, rating.Scale));
    }

    [Fact]
    public void Prize_phrases_become_awards_with_normalised_events()
    {
        var awards = Extract(Review).Films[0].Awards;
        var won = Assert.Single(awards, a => a.Outcome == AwardOutcomes.Won);
        Assert.Equal(("Hot Docs", "Grand Jury Prize"), (won.Event, won.Category));
        var nominated = Assert.Single(awards, a => a.Outcome == AwardOutcomes.Nominated);
        Assert.Equal(("British Academy Film Awards", "Best Documentary"), (nominated.Event, nominated.Category));
        Covers(Review, nominated.Evidence, "nominated for Best Documentary at the BAFTA Awards");
    }

    [Fact]
    public void Runtime_of_a_named_version_is_read_and_a_bare_duration_is_not()
    {
        var runtime = Assert.Single(Extract(Review).Films[0].Runtimes);
        Assert.Equal((98, RuntimeVersions.Festival), (runtime.Minutes, runtime.Version));
        Assert.Empty(Extract("Harbour Lights is a documentary. Harbour Lights is long. I sat through 98 minutes of Harbour Lights and the film never stops. After 20 minutes in the cinema I wanted to leave.").Films.SelectMany(f => f.Runtimes));
    }

    [Fact]
    public void Boilerplate_never_becomes_an_excerpt_or_a_person()
    {
        var film = Extract(Review).Films[0];
        var excerpts = film.Review!.Excerpts.Select(e => e.Text).ToList();
        Assert.Equal("critic", film.Review.Kind);
        Assert.DoesNotContain(excerpts, e => e.Contains("Share this") || e.Contains("Leave a Reply") || e.Contains("cookies") || e.Contains("UA-1234567-1"));
        Assert.DoesNotContain(film.Credits, c => c.Name.Contains("Share") || c.Name.Contains("Leave") || c.Name.Contains("Accept"));
        Assert.All(film.Review.Excerpts, e => Assert.Equal(e.Text, Review.Substring(e.Evidence.Start, e.Evidence.Length)));
    }

    [Fact]
    public void People_known_by_another_name_are_not_organisations()
    {
        var film = Extract("Stage Fright is a documentary about performers. In Stage Fright, Marshall Mathers, also known as Eminem, talks about nerves. Stage Fright is honest and the film is short.").Films[0];
        Assert.Empty(film.Companies);
    }

    [Fact]
    public void Festival_director_is_not_the_films_director()
    {
        var film = Extract("Harbour Lights is a documentary about a town. Festival director Maria Holm called Harbour Lights a discovery. Harbour Lights opens next week in cinemas.").Films[0];
        Assert.DoesNotContain(film.Credits, c => c.Name == "Maria Holm");
    }

    [Fact]
    public void Article_quotes_attributed_speech_and_credits_the_still_photographs()
    {
        const string text = """
            Harbour Lights has become the surprise of the season for the small documentary team behind it.

            Netflix Press

            “We never expected an audience,” Anna Berg says. “The town did the work.”

            Netflix Press

            “It was cold every single day of the shoot,” the director recalls, laughing at the memory of the winter.
            An 93-minute cut of Harbour Lights is available on Netflix, and the version shown in cinemas ran 101 minutes.
            """;
        var document = Extract(text);
        Assert.Equal(DocumentKinds.Article, document.Shape);
        var film = Assert.Single(document.Films);
        Assert.Equal("Netflix Press", Company(film, "Netflix Press", CompanyRoles.Distributor).Name);
        Assert.DoesNotContain(film.Review!.Excerpts, e => e.Text.Contains("Netflix Press"));
        Assert.Equal("article", film.Review.Kind);
        Assert.Contains(film.Runtimes, r => r.Minutes == 101 && r.Version == RuntimeVersions.Theatrical);
    }

    [Fact]
    public void Possessive_before_the_reviewed_title_names_its_director()
    {
        const string text = "Anna Berg’s Harbour Lights is a patient documentary. Harbour Lights never hurries. The keepers of Harbour Lights are wonderful company.";
        var film = Extract(text).Films[0];
        var director = Credit(film, "Anna Berg", CreditRoles.Director);
        Covers(text, director.Evidence, "Anna Berg’s");
    }

    [Fact]
    public void Possessive_of_a_politician_is_not_another_film()
    {
        const string text = "Harbour Lights is a documentary about the war. In the film, Bashar al-Assad’s Syrian Arab Army shells the town while the keepers of Harbour Lights watch. It is hard to watch.";
        var document = Extract(text);
        Assert.Single(document.Films);
        Assert.Empty(document.Films[0].Credits);
    }

    [Fact]
    public void Quoted_title_that_is_a_documentary_is_the_title()
    {
        const string text = "“The Long Night” is a quiet documentary about a hospital. The nurses carry it. I liked the film a great deal and the nurses more.";
        var film = Assert.Single(Extract(text).Films);
        Assert.Equal("The Long Night", film.Title.Value);
        Assert.Equal("The Long Night", text.Substring(film.Title.Evidence.Start, film.Title.Evidence.Length));
    }

    [Fact]
    public void Title_cased_phrase_after_a_determiner_is_an_organisation_not_the_title()
    {
        const string text = "Harbour Lights follows the Coast Guard. The Coast Guard appears often, and the Coast Guard is brave. Harbour Lights is a documentary worth seeing.";
        Assert.Equal("Harbour Lights", Extract(text).Films[0].Title.Value);
    }

    private const string SingleWordTitle = """
        Honeyland is a 2019 documentary directed by Ljubomir Stefanov and Tamara Kotevska. The film follows Hatidze Muratova, a wild beekeeper in North Macedonia who lives with her ailing mother.

        Stefanov’s Honeyland is beautiful and patient, and the cinematography by Fejmi Daut is stunning.

        It was nominated for Best Documentary Feature and Best International Feature at the Academy Awards. It is streaming on Hulu.

        Reviewed by Peter Bradshaw for The Guardian. Follow us on Twitter.
        """;

    [Fact]
    public void Single_word_title_is_found_where_the_text_calls_it_a_documentary()
    {
        var film = Assert.Single(Extract(SingleWordTitle).Films);
        Assert.Equal("Honeyland", film.Title.Value);
        Assert.Equal(2019, film.Year!.Value);
        Covers(SingleWordTitle, film.Year.Evidence, "2019");
    }

    [Fact]
    public void Surname_alone_after_the_full_name_is_the_same_director()
    {
        var film = Extract(SingleWordTitle).Films[0];
        Assert.Equal(["Ljubomir Stefanov", "Tamara Kotevska"], film.Credits.Where(c => c.Role == CreditRoles.Director).Select(c => c.Name));
        Covers(SingleWordTitle, Credit(film, "Fejmi Daut", CreditRoles.Cinematographer).Evidence, "cinematography by Fejmi Daut");
        Assert.Equal("a wild beekeeper", Credit(film, "Hatidze Muratova", CreditRoles.Subject).Description);
    }

    [Fact]
    public void Two_categories_joined_by_and_are_two_nominations()
    {
        var awards = Extract(SingleWordTitle).Films[0].Awards;
        Assert.Equal(["Best Documentary Feature", "Best International Feature"], awards.Select(a => a.Category));
        Assert.All(awards, a => Assert.Equal(("Academy Awards", AwardOutcomes.Nominated), (a.Event, a.Outcome)));
    }

    [Fact]
    public void Reviewer_and_publication_are_not_people_of_the_film()
    {
        var film = Extract(SingleWordTitle).Films[0];
        Assert.DoesNotContain(film.Credits, c => c.Name.Contains("Bradshaw") || c.Name.Contains("Guardian") || c.Name.Contains("Twitter"));
        Assert.Equal("Hulu", Assert.Single(film.Companies).Name);
    }

    [Fact]
    public void Time_spent_watching_is_not_a_runtime_even_beside_one()
    {
        const string text = "Paddington 2 is a delightful family comedy. After 20 minutes in the cinema my kids were hooked; the theatrical cut runs 103 minutes. Paddington 2 is wonderful and the film is kind.";
        var runtime = Assert.Single(Extract(text).Films[0].Runtimes);
        Assert.Equal((103, RuntimeVersions.Theatrical), (runtime.Minutes, runtime.Version));
    }

    private const string Interview = """
        For Sama has swept the festival circuit this year, and Waad al-Kateab is still adjusting to the attention.

        “I filmed because I had to,” al-Kateab says. “Aleppo was my home.”

        Co-directed by Edward Watts, For Sama won the Prix L'Œil d'or at Cannes. The film was commissioned by Channel 4 News and is distributed by PBS Distribution in the US.

        “Every day we thought it was the last,” she recalls. The 100-minute festival version was trimmed to 95 minutes for its broadcast on Channel 4.
        """;

    [Fact]
    public void Organisation_names_end_before_a_preposition()
    {
        var document = Extract(Interview);
        Assert.Equal(DocumentKinds.Article, document.Shape);
        var film = Assert.Single(document.Films);
        Assert.Equal("For Sama", film.Title.Value);
        Covers(Interview, Company(film, "PBS Distribution", CompanyRoles.Distributor).Evidence, "distributed by PBS Distribution");
        Company(film, "Channel 4 News", CompanyRoles.Commissioner);
        Company(film, "Channel 4", CompanyRoles.Broadcaster);
        Credit(film, "Edward Watts", CreditRoles.CoDirector);
    }

    [Fact]
    public void Festival_prize_in_french_is_an_award_and_versions_keep_their_own_lengths()
    {
        var film = Extract(Interview).Films[0];
        var award = Assert.Single(film.Awards);
        Assert.Equal(("Cannes Film Festival", "Prix L'Œil d'or", AwardOutcomes.Won), (award.Event, award.Category, award.Outcome));
        Assert.Contains(film.Runtimes, r => r is { Minutes: 100, Version: RuntimeVersions.Festival });
        Assert.Contains(film.Runtimes, r => r is { Minutes: 95, Version: RuntimeVersions.Broadcast, Platform: "Channel 4" });
    }
}
