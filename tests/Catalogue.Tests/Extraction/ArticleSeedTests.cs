using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using static Catalogue.Tests.Extraction.Spans;

namespace Catalogue.Tests.Extraction;

/// <summary>Seed 003: a feature article quoting the director, with photo credits between paragraphs.</summary>
public class ArticleSeedTests
{
    private static readonly SeedDocument Seed = SeedDocument.Article();
    private static string Text => Seed.Text;
    private static FilmFacts Film => Seed.MainFilm;

    [Fact]
    public void Prose_with_quoted_speech_is_an_article_about_its_most_named_film()
    {
        Assert.Equal(DocumentKinds.Article, Seed.Result.Shape);
        Assert.Equal("Last Men in Aleppo", Film.Title.Value);
        Covers(Text, Film.Title.Evidence, "Last Men in Aleppo");
    }

    [Fact]
    public void Director_after_a_nationality_is_read_from_the_role_phrase()
    {
        var director = Credit(Film, "Firas Fayyad", CreditRoles.Director);
        Covers(Text, director.Evidence, "director Firas Fayyad");
    }

    [Fact]
    public void Top_prize_at_sundance_is_a_won_award_at_the_sundance_film_festival()
    {
        var award = Assert.Single(Film.Awards, a => a.Outcome == AwardOutcomes.Won);
        Assert.Equal(("Sundance Film Festival", "top prize for international documentary"), (award.Event, award.Category));
        Covers(Text, award.Evidence, "won the top prize for international documentary at Sundance");
    }

    [Fact]
    public void Oscar_consideration_is_a_qualification_for_the_academy_awards()
    {
        var award = Assert.Single(Film.Awards, a => a.Outcome == AwardOutcomes.Qualified);
        Assert.Equal(("Academy Awards", "Oscar consideration"), (award.Event, award.Category));
        Covers(Text, award.Evidence, "qualified for Oscar consideration");
    }

    [Fact]
    public void Nomination_from_the_cinema_eye_honors_keeps_its_category()
    {
        var award = Assert.Single(Film.Awards, a => a.Outcome == AwardOutcomes.Nominated);
        Assert.Equal(("Cinema Eye Honors", "Outstanding Achievement in Nonfiction Filmmaking"), (award.Event, award.Category));
        Covers(Text, award.Evidence, "nomination for Outstanding Achievement in Nonfiction Filmmaking from the Cinema Eye Honors");
        Assert.Equal(3, Film.Awards.Count);
    }

    [Fact]
    public void Repeated_photo_credit_line_is_the_distributor()
    {
        var company = Company(Film, "Grasshopper Film", CompanyRoles.Distributor);
        Assert.Equal("Grasshopper Film", Text.Substring(company.Evidence.Start, company.Evidence.Length));
        RuleIs(company.Evidence, "article.photo-credit");
    }

    [Fact]
    public void Version_that_played_in_theaters_is_the_theatrical_runtime()
    {
        var runtime = Assert.Single(Film.Runtimes, r => r.Version == RuntimeVersions.Theatrical);
        Assert.Equal(104, runtime.Minutes);
        Covers(Text, runtime.Evidence, "theaters", "104 minutes");
    }

    [Fact]
    public void Version_streaming_on_a_platform_is_the_streaming_runtime_with_that_platform()
    {
        var runtime = Assert.Single(Film.Runtimes, r => r.Version == RuntimeVersions.Streaming);
        Assert.Equal((88, "Netflix"), (runtime.Minutes, runtime.Platform));
        Covers(Text, runtime.Evidence, "88-minute", "streaming on Netflix");
        RuleIs(runtime.Evidence, "prose.runtime.version-on-platform");
        Covers(Text, Company(Film, "Netflix", CompanyRoles.StreamingPlatform).Evidence, "Netflix");
        Assert.Equal(2, Film.Runtimes.Count);
    }

    [Fact]
    public void Possessive_with_a_curly_apostrophe_credits_another_films_director()
    {
        var film = Seed.Film("City of Ghosts");
        var director = Credit(film, "Matthew Heinemann", CreditRoles.Director);
        Covers(Text, director.Evidence, "Matthew Heinemann’s City of Ghosts");
        Covers(Text, film.Title.Evidence, "City of Ghosts");
    }

    [Fact]
    public void Directed_by_two_people_credits_both_on_the_film_named_before_it()
    {
        var film = Seed.Film("Hell on Earth: The Fall of Syria and the Rise of ISIS");
        Assert.Equal(["Sebastian Junger", "Nick Quested"], film.Credits.Select(c => c.Name));
        Assert.All(film.Credits, c => Assert.Equal(CreditRoles.Director, c.Role));
        Covers(Text, film.Credits[1].Evidence, "directed by", "Nick Quested");
        Covers(Text, film.Title.Evidence, "Hell on Earth: The Fall of Syria and the Rise of ISIS");
    }

    [Fact]
    public void Descriptive_words_before_a_directors_name_are_skipped()
    {
        var film = Seed.Film("Cries from Syria");
        var director = Assert.Single(film.Credits);
        Assert.Equal(("Evgeny Afineevsky", CreditRoles.Director), (director.Name, director.Role));
        Covers(Text, director.Evidence, "Evgeny Afineevsky");
    }

    [Fact]
    public void Other_films_are_separate_and_the_main_film_does_not_take_their_directors()
    {
        Assert.Equal(4, Seed.Result.Films.Count);
        Assert.DoesNotContain(Film.Credits, c => c.Name is "Matthew Heinemann" or "Sebastian Junger" or "Nick Quested" or "Evgeny Afineevsky");
    }

    [Fact]
    public void Men_the_director_foregrounds_are_subjects()
    {
        var mahmoud = Credit(Film, "Mahmoud", CreditRoles.Subject);
        Assert.Equal("a philosophy student", mahmoud.Description);
        Covers(Text, mahmoud.Evidence, "Mahmoud");
        Credit(Film, "Khaled", CreditRoles.Subject);
    }

    [Fact]
    public void News_outlet_and_politicians_are_not_people_of_the_film()
    {
        var people = Seed.Result.Films.SelectMany(f => f.Credits).Select(c => c.Name).ToList();
        Assert.DoesNotContain(people, p => p.Contains("Deadline") || p.Contains("Putin") || p.Contains("Assad") || p.Contains("Grasshopper"));
        Assert.Equal(3, Film.Credits.Count);
    }

    [Fact]
    public void Article_sentences_are_excerpts_without_photo_credits()
    {
        var review = Film.Review!;
        Assert.Equal("article", review.Kind);
        Assert.StartsWith("Syria’s brutal civil war", review.Excerpts[0].Text);
        Assert.Equal("An 88-minute version is currently streaming on Netflix.", review.Excerpts[^1].Text);
        Assert.DoesNotContain(review.Excerpts, e => e.Text.Contains("Grasshopper Film"));
        Assert.All(review.Excerpts, e =>
        {
            Assert.Null(e.Sentiment);
            Assert.Equal(e.Text, Text.Substring(e.Evidence.Start, e.Evidence.Length));
        });
    }
}
