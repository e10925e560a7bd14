using System.Data;
using System.Globalization;
using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Export;

public static class ExportApi
{
    public const string ChangesCursorHeader = "Catalogue-Changes-Cursor";
    private const int BatchSize = 200;

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/export/films", ExportFilms)
            .WithTags("Partners")
            .WithName("ExportFilms")
            .WithSummary("Every film, as NDJSON")
            .WithDescription("Streams the whole catalogue, one film per line in the shape of GET /v1/films/{id}, in id order, from one " +
                "consistent snapshot; gzip-compressed when the client accepts it. The Catalogue-Changes-Cursor header is the change " +
                "feed's position at that snapshot: follow GET /v1/changes?cursor=<it> to stay in sync. include=provenance adds the " +
                "sources of every fact.")
            .RequireAuthorization(CataloguePolicies.Export)
            .WithMetadata(new StreamedResponse())
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson");
        return v1;
    }

    private static async Task<PushStreamHttpResult> ExportFilms(
        [AsParameters] FilmDetailQuery query, CatalogueDbContext db, HttpContext http, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        CancellationToken cancellationToken)
    {
        // One snapshot for the cursor and every film: changes committed after it are exactly those after the cursor.
        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        var cursor = await db.ChangeEvents.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        http.Response.Headers[ChangesCursorHeader] = cursor.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.Link = $"</v1/changes?cursor={cursor}>; rel=\"changes\"";
        http.Response.Headers.CacheControl = "private, no-store";

        return TypedResults.Stream(async body =>
        {
            await using (transaction)
            {
                var newline = "\n"u8.ToArray();
                long after = 0;
                while (true)
                {
                    var ids = await db.Films.AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id).Select(f => f.Id)
                        .Take(BatchSize).ToListAsync(cancellationToken);
                    if (ids.Count == 0) break;
                    var films = await FilmDetails.LoadManyAsync(db, db.Films.Where(f => ids.Contains(f.Id)), query.WithProvenance, cancellationToken);
                    foreach (var film in films)
                    {
                        await JsonSerializer.SerializeAsync(body, film, json.Value.SerializerOptions, cancellationToken);
                        await body.WriteAsync(newline, cancellationToken);
                    }
                    await body.FlushAsync(cancellationToken);
                    after = ids[^1];
                }
                await transaction.CommitAsync(cancellationToken);
            }
        }, "application/x-ndjson");
    }
}
