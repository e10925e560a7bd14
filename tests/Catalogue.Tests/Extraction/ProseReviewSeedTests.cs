using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using static Catalogue.Tests.Extraction.Spans;

namespace Catalogue.Tests.Extraction;

/// <summary>Seed 001: a critic's review in plain paragraphs.</summary>
public class ProseReviewSeedTests
{
    private static readonly SeedDocument Seed = SeedDocument.ProseReview();
    private static string Text => Seed.Text;
    private static FilmFacts Film => Seed.MainFilm;

    [Fact]
    public void Plain_paragraphs_about_a_film_are_a_prose_review()
    {
        Assert.Equal(DocumentKinds.ProseReview, Seed.Result.Shape);
        Assert.Single(Seed.Result.Films);
    }

    [Fact]
    public void Most_frequent_title_cased_phrase_is_the_title_in_its_proper_capitalisation()
    {
        Assert.Equal("Last Men in Aleppo", Film.Title.Value);
        Assert.Equal("Last Men in Aleppo", Text.Substring(Film.Title.Evidence.Start, Film.Title.Evidence.Length));
        RuleIs(Film.Title.Evidence, "title.called-a-film");
    }

    [Fact]
    public void Director_role_phrase_names_the_director()
    {
        var director = Credit(Film, "Feras Fayyad", CreditRoles.Director);
        Covers(Text, director.Evidence, "director Feras Fayyad");
        RuleIs(director.Evidence, "prose.role-phrase.director");
    }

    [Fact]
    public void Parenthesised_surname_completes_the_name_and_the_first_name_is_an_alias()
    {
        var khaled = Credit(Film, "Khaled Umar Harah", CreditRoles.Subject);
        Covers(Text, khaled.Evidence, "Khaled (Umar Harah)");
        var alias = Assert.Single(khaled.Aliases);
        Assert.Equal("Khaled", alias.Value);
        Covers(Text, alias.Evidence, "Khaled");
    }

    [Fact]
    public void Organisation_also_known_as_another_name_is_one_subject_company_with_an_alias()
    {
        var company = Company(Film, "White Helmets", CompanyRoles.Subject);
        Covers(Text, company.Evidence, "Syrian Civil Defence also known as The White Helmets");
        var alias = Assert.Single(company.Aliases);
        Assert.Equal("Syrian Civil Defence", alias.Value);
        Covers(Text, alias.Evidence, "Syrian Civil Defence");
    }

    [Fact]
    public void Only_the_films_people_are_credited() =>
        Assert.Equal(["Feras Fayyad", "Khaled Umar Harah"], Film.Credits.Select(c => c.Name).Order());

    [Fact]
    public void Review_is_a_critic_review_of_sentences_without_the_page_footer()
    {
        var review = Film.Review!;
        Assert.Equal("critic", review.Kind);
        Assert.StartsWith("Last men in Aleppo is a brutal", review.Excerpts[0].Text);
        Assert.StartsWith("In other words, the film has", review.Excerpts[^1].Text);
        Assert.DoesNotContain(review.Excerpts, e => e.Text.Contains("Go top") || e.Text.Contains("UA-100342494-1"));
        Assert.All(review.Excerpts, e => Assert.Equal(e.Text, Text.Substring(e.Evidence.Start, e.Evidence.Length)));
    }
}
