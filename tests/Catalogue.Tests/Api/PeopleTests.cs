using System.Net;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.People;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Api;

public class PeopleTests(FilmCatalogueFixture api) : IClassFixture<FilmCatalogueFixture>
{
    private readonly HttpClient client = api.CreateClient();

    [Theory]
    [InlineData("fayyad")]
    [InlineData("Fayad")]
    [InlineData("firas")]
    public async Task Name_search_tolerates_typos_and_covers_aliases(string q)
    {
        var people = await client.GetOkAsync<Page<PersonSummary>>($"/v1/people?q={q}");
        var fayyad = people.Items[0];
        Assert.Equal("feras-fayyad", fayyad.Slug);
        Assert.Equal(["Firas Fayyad"], fayyad.Aliases);
        Assert.Equal(2, fayyad.CreditCount);
    }

    [Fact]
    public async Task Without_q_people_are_listed_by_name_and_paginated()
    {
        var all = await client.WalkAsync<PersonSummary>("/v1/people?limit=1");
        Assert.Equal(["Edward Watts", "Feras Fayyad", "Khaled Omar Harrah", "Waad al-Kateab"], all.Select(p => p.Name));
    }

    [Fact]
    public async Task Walking_search_pages_yields_each_match_once()
    {
        var onePage = await client.GetOkAsync<Page<PersonSummary>>("/v1/people?q=a&limit=100");
        var walked = await client.WalkAsync<PersonSummary>("/v1/people?q=a&limit=1");
        Assert.Equal(onePage.Items.Select(p => p.Id), walked.Select(p => p.Id));
    }

    [Fact]
    public async Task A_person_is_found_by_slug_or_id_with_credits_across_films()
    {
        var person = await client.GetOkAsync<PersonDetail>("/v1/people/feras-fayyad");
        Assert.Equal(person.Id, (await client.GetOkAsync<PersonDetail>($"/v1/people/{api.Fayyad.Id}")).Id);
        Assert.Equal([("The Cave", "director"), ("Last Men in Aleppo", "director")], person.Credits.Select(c => (c.FilmTitle, c.Role)));
        Assert.Equal("the-cave-2019", person.Credits[0].FilmSlug);
    }

    [Fact]
    public async Task An_unknown_person_is_a_404_problem() =>
        await client.GetProblemAsync("/v1/people/nobody", HttpStatusCode.NotFound);

    [Fact]
    public async Task Bad_people_parameters_are_400_problems()
    {
        await client.GetValidationProblemAsync("/v1/people?limit=0", "limit");
        await client.GetValidationProblemAsync("/v1/people?cursor=%%%", "cursor");
        var byName = await client.GetOkAsync<Page<PersonSummary>>("/v1/people?limit=1");
        await client.GetValidationProblemAsync($"/v1/people?q=fayyad&cursor={byName.NextCursor}", "cursor");
    }
}
