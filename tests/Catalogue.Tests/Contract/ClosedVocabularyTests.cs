using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.People;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>
/// A closed vocabulary is an enum in the document, the list validation checks against, and every value a client
/// receives: a typed client that switches on it meets no value it was not told of.
/// </summary>
public class ClosedVocabularyTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    private static IReadOnlyList<string> Enum(JsonElement schema) =>
        schema.GetProperty("enum").EnumerateArray().Select(v => v.GetString()!).ToList();

    [Fact]
    public async Task Closed_vocabularies_are_enums_of_the_lists_validation_uses_in_parameters_bodies_and_responses()
    {
        var document = JsonDocument.Parse(await catalogue.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var schemas = document.GetProperty("components").GetProperty("schemas");
        JsonElement Member(string schema, string member) => schemas.GetProperty(schema).GetProperty("properties").GetProperty(member);
        JsonElement Parameter(string path, string name) => document.GetProperty("paths").GetProperty(path).GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == name).GetProperty("schema");

        Assert.Equal(FilmSorts.Names, Enum(Parameter("/v1/films", "sort")));
        Assert.Equal(CreditRoles.All, Enum(Parameter("/v1/films", "role")));
        Assert.Equal(ExcerptListQuery.SentimentFilters, Enum(Parameter("/v1/films/{id}/excerpts", "sentiment")));
        Assert.Equal(RuntimeVersions.All, Enum(Member("RuntimeRequest", "version")));
        foreach (var (schema, member, list) in new[]
        {
            ("RuntimeEntry", "version", RuntimeVersions.All), ("AwardEntry", "outcome", AwardOutcomes.All),
            ("CreditEntry", "role", CreditRoles.All), ("PersonCredit", "role", CreditRoles.All),
            ("ChangeEntry", "operation", ChangeFeed.Operations.All), ("ChangeEntry", "entityType", ChangeFeed.EntityTypes.All),
        })
            Assert.Equal(list, Enum(Member(schema, member)));
    }

    [Fact]
    public async Task Every_value_the_seeded_catalogue_answers_is_in_its_enum()
    {
        var partner = catalogue.CreatePartnerClient();
        var seen = new List<(string Where, string Value, IReadOnlyList<string> Allowed)>();
        foreach (var line in (await partner.GetStringAsync("/v1/export/films")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var film = JsonDocument.Parse(line).RootElement;
            var slug = film.GetProperty("slug").GetString();
            seen.AddRange(film.GetProperty("runtimes").EnumerateArray().Select(r => ($"{slug} runtime", r.GetProperty("version").GetString()!, RuntimeVersions.All)));
            seen.AddRange(film.GetProperty("awards").EnumerateArray().Select(a => ($"{slug} award", a.GetProperty("outcome").GetString()!, AwardOutcomes.All)));
            seen.AddRange(film.GetProperty("credits").EnumerateObject().SelectMany(role => role.Value.EnumerateArray())
                .Concat(film.GetProperty("subjects").GetProperty("people").EnumerateArray())
                .Select(c => ($"{slug} credit", c.GetProperty("role").GetString()!, CreditRoles.All)));
        }
        foreach (var person in await partner.WalkAsync<PersonSummary>("/v1/people?limit=100"))
            seen.AddRange((await partner.GetOkAsync<PersonDetail>($"/v1/people/{person.Slug}")).Credits
                .Select(c => ($"{person.Slug} credit", c.Role, CreditRoles.All)));
        var changes = JsonDocument.Parse(await partner.GetStringAsync("/v1/changes?limit=1000")).RootElement.GetProperty("items").EnumerateArray().ToList();
        seen.AddRange(changes.Select(c => ("change", c.GetProperty("operation").GetString()!, ChangeFeed.Operations.All)));
        seen.AddRange(changes.Select(c => ("change", c.GetProperty("entityType").GetString()!, ChangeFeed.EntityTypes.All)));

        Assert.Contains(seen, s => s.Where.EndsWith("award"));
        var outside = seen.Where(s => !s.Allowed.Contains(s.Value)).Select(s => $"{s.Where}: {s.Value}").Distinct().ToList();
        Assert.True(outside.Count == 0, "values outside their enum:\n" + string.Join('\n', outside));
    }
}
