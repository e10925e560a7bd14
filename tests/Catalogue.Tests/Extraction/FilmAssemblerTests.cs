using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction;

namespace Catalogue.Tests.Extraction;

public class FilmAssemblerTests
{
    private static readonly Evidence At = new(0, 1, "test");

    private static FilmAssembler Film() => new(new Sourced<string>("Harbour Lights", At));

    [Fact]
    public void Fuller_name_read_after_a_first_name_becomes_the_credit_name_and_the_first_name_an_alias()
    {
        var film = Film();
        film.AddCredit("Khaled", CreditRoles.Subject, "a painter", null, new Evidence(5, 6, "first"));
        film.AddCredit("Khaled Umar Harah", CreditRoles.Subject, null, null, new Evidence(20, 17, "full"));
        var credit = Assert.Single(film.Build().Credits);
        Assert.Equal(("Khaled Umar Harah", "a painter", "full"), (credit.Name, credit.Description, credit.Evidence.Rule));
        Assert.Equal("Khaled", Assert.Single(credit.Aliases).Value);
    }

    [Fact]
    public void Different_first_names_stay_different_people()
    {
        var film = Film();
        film.AddCredit("Sami Haddad", CreditRoles.Subject, null, null, At);
        film.AddCredit("Sara", CreditRoles.Subject, null, null, At);
        Assert.Equal(2, film.Build().Credits.Count);
    }

    [Fact]
    public void Title_words_countries_and_companies_are_not_people()
    {
        var film = Film();
        film.AddCompany("Netflix", CompanyRoles.StreamingPlatform, At);
        film.AddCredit("Harbour", CreditRoles.Subject, null, null, At);
        film.AddCredit("Syria", CreditRoles.Subject, null, null, At);
        film.AddCredit("Netflix", CreditRoles.Subject, null, null, At);
        Assert.Empty(film.Build().Credits);
    }

    [Fact]
    public void Company_read_twice_under_its_alias_is_one_company()
    {
        var film = Film();
        film.AddCompany("White Helmets", CompanyRoles.Subject, At, new Sourced<string>("Syrian Civil Defence", At));
        film.AddCompany("Syrian Civil Defence", CompanyRoles.Subject, At);
        var company = Assert.Single(film.Build().Companies);
        Assert.Equal("White Helmets", company.Name);
    }
}
