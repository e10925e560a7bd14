using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using static Catalogue.Tests.Extraction.Spans;

namespace Catalogue.Tests.Extraction;

/// <summary>Seed 002: one sentence per line, each with a sentiment label; digits and apostrophes were stripped.</summary>
public class LabelledReviewSeedTests
{
    private static readonly SeedDocument Seed = SeedDocument.LabelledReview();
    private static string Text => Seed.Text;
    private static FilmFacts Film => Seed.MainFilm;

    [Fact]
    public void Sentences_with_label_lines_are_a_labelled_review()
    {
        Assert.Equal(DocumentKinds.LabelledReview, Seed.Result.Shape);
        Assert.Equal("Last Men in Aleppo", Film.Title.Value);
        Assert.Equal("critic", Film.Review!.Kind);
    }

    [Fact]
    public void Every_labelled_sentence_is_an_excerpt_in_order()
    {
        var excerpts = Film.Review!.Excerpts;
        Assert.Equal(39, excerpts.Count);
        Assert.Equal(Enumerable.Range(0, 39), excerpts.Select(e => e.Position));
        Assert.StartsWith("Since late , the Syrian Civil Defence", excerpts[0].Text);
        Assert.Equal("Last Men in Aleppo understands the gravity of that line to a T.", excerpts[38].Text);
        Assert.All(excerpts, e =>
        {
            Assert.Equal(e.Text, Text.Substring(e.Evidence.Start, e.Evidence.Length));
            RuleIs(e.Evidence, "labelled.sentence");
            Assert.Equal("document", e.SentimentSource);
        });
    }

    [Fact]
    public void Labels_map_to_sentiments()
    {
        var counts = Film.Review!.Excerpts.GroupBy(e => e.Sentiment!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(23, counts[Sentiments.Negative]);
        Assert.Equal(7, counts[Sentiments.Neutral]);
        Assert.Equal(8, counts[Sentiments.Positive]);
        Assert.Equal(1, counts[Sentiments.VeryNegative]);
        Assert.Equal(4, counts.Count);
        Assert.Equal(Sentiments.VeryNegative, Film.Review.Excerpts[22].Sentiment);
    }

    [Fact]
    public void Possessive_without_apostrophe_names_the_director()
    {
        var director = Credit(Film, "Firas Fayyad", CreditRoles.Director);
        Covers(Text, director.Evidence, "Firas Fayyads");
        RuleIs(director.Evidence, "prose.possessive-title.director");
    }

    [Fact]
    public void Co_director_role_phrase_with_double_space_names_the_co_director()
    {
        var coDirector = Credit(Film, "Steen Johannessen", CreditRoles.CoDirector);
        Covers(Text, coDirector.Evidence, "co-director  Steen Johannessen");
        Assert.DoesNotContain(Film.Credits, c => c.Name == "Steen Johannessen" && c.Role == CreditRoles.Director);
    }

    [Fact]
    public void Director_of_photography_is_the_cinematographer_with_a_particle_in_the_name()
    {
        var cinematographer = Credit(Film, "Fadi Al Halabi", CreditRoles.Cinematographer);
        Covers(Text, cinematographer.Evidence, "director of photography  Fadi Al Halabi");
    }

    [Fact]
    public void Men_the_film_follows_are_subjects_with_their_descriptions()
    {
        Assert.Equal("a boisterous family man", Credit(Film, "Khaled", CreditRoles.Subject).Description);
        Assert.Equal("a quiet man", Credit(Film, "Mahmoud", CreditRoles.Subject).Description);
    }

    [Fact]
    public void Volunteer_organisation_also_known_as_another_name_is_one_company_with_an_alias()
    {
        var company = Company(Film, "White Helmets", CompanyRoles.Subject);
        Covers(Text, company.Evidence, "Syrian Civil Defence", "also known as the White Helmets");
        Assert.Equal("Syrian Civil Defence", Assert.Single(company.Aliases).Value);
    }

    [Fact]
    public void Quoted_author_and_politicians_are_not_credited()
    {
        Assert.DoesNotContain(Film.Credits, c => c.Name.Contains("Fitzgerald") || c.Name.Contains("Bashar") || c.Name.Contains("Assad"));
        Assert.Equal(5, Film.Credits.Count);
    }
}
