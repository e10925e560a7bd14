using System.Net;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Catalogue.Tests.Faults;

/// <summary>
/// Values PostgreSQL cannot store (a NUL character) are refused as a 400 problem, and refusing one leaves nothing
/// behind: the writes that follow on the same API, and so on the same pooled connections, succeed.
/// </summary>
public class RefusedValueTests(PartnerCatalogueFixture catalogue) : IClassFixture<PartnerCatalogueFixture>
{
    [Fact]
    public async Task A_title_with_a_NUL_character_refused_twice_does_not_break_the_next_create()
    {
        // A fresh API: its pool has never run these statements, so the second refusal is the one that would prepare them.
        await using var api = new ApiFactory(catalogue.ConnectionString);
        var curator = api.CreateClient().WithApiKey(catalogue.CuratorKey);

        for (var i = 0; i < 2; i++)
        {
            using var refused = await curator.PostAsync("/v1/films", Json("""{"title":"a\u0000b"}"""));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        for (var i = 0; i < 3; i++)
        {
            using var created = await curator.PostAsync("/v1/films", Json("""{"title":"\ud83c\udfac"}"""));
            Assert.True(created.StatusCode == HttpStatusCode.Created, $"create {i + 1} answered {(int)created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task A_value_the_database_refuses_leaves_the_pooled_connection_fit_for_the_next_write()
    {
        // Straight through the API's own DbContext and pool, past the request rules, as a value they do not know of would go.
        await using var api = new ApiFactory(catalogue.ConnectionString);
        for (var i = 0; i < 2; i++)
        {
            var refused = await Assert.ThrowsAsync<DbUpdateException>(() => AddFilmAsync(api, $"refused-{i}", "a\0b"));
            Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, Assert.IsType<PostgresException>(refused.InnerException).SqlState);
        }

        for (var i = 0; i < 3; i++)
            await AddFilmAsync(api, $"stored-{i}", "\U0001F3AC");
    }

    private static async Task AddFilmAsync(ApiFactory api, string slug, string title)
    {
        using var scope = api.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Films.Add(new Film { Slug = $"{slug}-{Guid.NewGuid():N}", Title = title, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
