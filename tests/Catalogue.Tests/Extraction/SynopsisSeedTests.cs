using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;
using static Catalogue.Tests.Extraction.Spans;

namespace Catalogue.Tests.Extraction;

/// <summary>Seed 004: a synopsis page with a heading, a tag line and a description.</summary>
public class SynopsisSeedTests
{
    private static readonly SeedDocument Seed = SeedDocument.Synopsis();
    private static string Text => Seed.Text;
    private static FilmFacts Film => Seed.MainFilm;

    [Fact]
    public void Heading_tag_line_and_description_are_a_synopsis_page()
    {
        Assert.Equal(DocumentKinds.Synopsis, Seed.Result.Shape);
        Assert.Single(Seed.Result.Films);
    }

    [Fact]
    public void Title_the_description_gives_the_film_wins_over_the_heading()
    {
        Assert.Equal("Under Siege: Voices from Aleppo", Film.Title.Value);
        Assert.Equal("Under Siege: Voices from Aleppo", Text.Substring(Film.Title.Evidence.Start, Film.Title.Evidence.Length));
        var alternate = Assert.Single(Film.AlternateTitles);
        Assert.Equal("Life Under Siege", alternate.Title);
        Covers(Text, alternate.Evidence, "Life Under Siege");
    }

    [Fact]
    public void Tag_line_tokens_are_classified_as_genre_or_country()
    {
        var genre = Assert.Single(Film.Genres);
        Assert.Equal("Documentary", genre.Value);
        Covers(Text, genre.Evidence, "Documentary");
        var country = Assert.Single(Film.Countries);
        Assert.Equal("SY", country.Value);
        Covers(Text, country.Evidence, "Syria");
    }

    [Fact]
    public void Person_at_the_heart_of_the_documentary_is_a_subject_with_a_description()
    {
        var ahmed = Assert.Single(Film.Credits);
        Assert.Equal(("Ahmed", CreditRoles.Subject, "a civil-defense volunteer"), (ahmed.Name, ahmed.Role, ahmed.Description));
        Covers(Text, ahmed.Evidence, "Ahmed");
    }

    [Fact]
    public void Commissioned_by_names_the_commissioner()
    {
        var company = Assert.Single(Film.Companies);
        Assert.Equal(("Panorama", CompanyRoles.Commissioner), (company.Name, company.Role));
        Covers(Text, company.Evidence, "commissioned by Panorama");
    }

    [Fact]
    public void Synopsis_page_has_a_synopsis_but_no_review_and_no_year()
    {
        Assert.Null(Film.Review);
        Assert.Null(Film.Year);
        Assert.StartsWith("“Under Siege: Voices from Aleppo” is a gripping documentary", Film.Synopsis!.Value);
        Assert.EndsWith("peace and justice.", Film.Synopsis.Value);
        Assert.Equal(Film.Synopsis.Value, Text.Substring(Film.Synopsis.Evidence.Start, Film.Synopsis.Evidence.Length));
    }
}
