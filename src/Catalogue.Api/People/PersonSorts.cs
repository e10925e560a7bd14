using System.Linq.Expressions;
using Catalogue.Api.Infrastructure.Paging;

namespace Catalogue.Api.People;

public static class PersonSorts
{
    private static readonly Expression<Func<PersonRow, ScoredPerson>> Project = r => new ScoredPerson(r.Person.Id, r.Person.Slug, r.Person.Name, r.Score);

    /// <summary>By name (the (name, id) index) when browsing.</summary>
    public static readonly IKeysetSort<PersonRow, ScoredPerson> ByName = new KeysetSort<PersonRow, string, ScoredPerson>(
        "name", r => r.Person.Name, r => r.Person.Id, descending: false, keyIsNullable: false, Project, p => p.Name, p => p.Id, KeyFormats.Text);

    /// <summary>Best match first when searching.</summary>
    public static readonly IKeysetSort<PersonRow, ScoredPerson> ByRelevance = new KeysetSort<PersonRow, float, ScoredPerson>(
        "relevance", r => r.Score, r => r.Person.Id, descending: true, keyIsNullable: false, Project, p => p.Score, p => p.Id, KeyFormats.Real);

    public static IKeysetSort<PersonRow, ScoredPerson> For(PersonListQuery query) => query.Q is null ? ByName : ByRelevance;
}
