using System.ComponentModel;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.HotReads;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Api.Infrastructure.Paging;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Api.Search;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.People;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder v1)
    {
        var people = v1.MapGroup("/people").WithTags("People").CacheFor(TimeSpan.FromSeconds(60));

        people.MapGet("", ListPeople)
            .WithName("ListPeople")
            .WithResponseExample(new Page<PersonSummary>([new PersonSummary(3, "feras-fayyad", "Feras Fayyad", ["Firas Fayyad"], 2)], null))
            .WithValidationExample("limit", QueryRules.LimitMessage)
            .WithSummary("Find people")
            .WithDescription("People by name, or with q the people whose name or an alias is close to q (accent- and typo-tolerant), " +
                "best match first. Cursor-paginated like the film list.");

        people.MapGet("/{id}", GetPerson)
            .WithName("GetPerson")
            .WithParameterExample("id", "firas-fayyad")
            .WithResponseExample(new PersonDetail(3, "feras-fayyad", "Feras Fayyad", ["Firas Fayyad"],
                [new PersonCredit(9, "director", null, 1, 42, FilmExamples.Slug, FilmExamples.Aleppo.Title, 2017)]))
            .WithSummary("One person and their credits")
            .WithDescription("Name, aliases and every credit across films, newest film first (films without a year last).")
            .ProducesProblem(StatusCodes.Status404NotFound).WithNotFoundExample("person", "no-such-person");

        return v1;
    }

    private static async Task<Ok<Page<PersonSummary>>> ListPeople(
        [AsParameters] PersonListQuery query, CatalogueDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        var rows = query.Q is { } q
            ? people.Join(TrigramSearch.PersonNames(db, q), p => p.Id, m => m.OwnerId, (p, m) => new PersonRow { Person = p, Score = m.Score })
            : people.Select(p => new PersonRow { Person = p, Score = 0f });
        var page = await PersonSorts.For(query).PageAsync(rows, query.Page.After.Value, query.Page.PageSize, cancellationToken);

        var ids = page.Items.Select(p => p.Id).ToList();
        var extras = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, Aliases = p.Aliases.Where(a => a.Alias != p.Name).OrderBy(a => a.Alias).Select(a => a.Alias).ToList(), Credits = p.Credits.Count })
            .ToDictionaryAsync(p => p.Id, cancellationToken);
        var items = page.Items.Select(p => new PersonSummary(p.Id, p.Slug, p.Name, extras[p.Id].Aliases, extras[p.Id].Credits)).ToList();
        return TypedResults.Ok(new Page<PersonSummary>(items, page.NextCursor).WithNextLink(http));
    }

    private static async Task<Results<Rendered<PersonDetail>, ProblemHttpResult>> GetPerson(
        [Description("The person's numeric id or slug, e.g. `feras-fayyad`; at most 200 characters.")] [Text(200)] string id, CatalogueDbContext db, HttpContext http, HotReadCache cache,
        CancellationToken cancellationToken)
    {
        var rendered = await cache.GetOrRenderAsync(HotReadKeys.Person(id), async () =>
            await LoadPersonAsync(db, IdOrSlug.Parse(id), cancellationToken) is { } person ? RenderedJson.Of(person, http.JsonOptions()) : null);
        return rendered is null ? ApiProblems.NotFound("person", id) : new Rendered<PersonDetail>(rendered);
    }

    private static Task<PersonDetail?> LoadPersonAsync(CatalogueDbContext db, IdOrSlug name, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        people = name.Id is { } personId ? people.Where(p => p.Id == personId) : people.Where(p => p.Slug == name.Slug);
        return people
            .Select(p => new PersonDetail(
                p.Id, p.Slug, p.Name,
                p.Aliases.Where(a => a.Alias != p.Name).OrderBy(a => a.Alias).Select(a => a.Alias).ToList(),
                p.Credits
                    .OrderBy(c => c.Film.Year == null).ThenByDescending(c => c.Film.Year).ThenBy(c => c.Film.Title).ThenBy(c => c.Id)
                    .Select(c => new PersonCredit(c.Id, c.Role, c.Description, c.BillingOrder, c.FilmId, c.Film.Slug, c.Film.Title, c.Film.Year))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
    }
}
