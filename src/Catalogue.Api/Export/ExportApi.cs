using System.Buffers;
using System.Data;
using System.Globalization;
using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Catalogue.Api.Export;

public static class ExportApi
{
    private const string NdJson = "application/x-ndjson";
    private const int BatchSize = 1000;

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
            .WithMetadata(
                new DocumentedHeader(CatalogueHeaders.ChangesCursor,
                    "The change feed's position at the export's snapshot: follow GET /v1/changes?cursor=<it> from there.", DocumentedHeader.SequenceNumber),
                new DocumentedHeader(Microsoft.Net.Http.Headers.HeaderNames.Link, $"`<{PublicApi.Changes}?cursor=N>; rel=\"changes\"`: where to follow the change feed from.",
                    HttpConventionsOperationFilter.LinkSchema))
            // The schema is one line's: NDJSON is a sequence of these objects, one per line, each ending in \n.
            .Produces<FilmDetail>(StatusCodes.Status200OK, NdJson);
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
        http.Response.Headers[CatalogueHeaders.ChangesCursor] = cursor.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.Link = $"<{PublicApi.Changes}?cursor={cursor}>; rel=\"changes\"";
        http.Response.Headers.CacheControl = "private, no-store";

        return TypedResults.Stream(async body =>
        {
            await using (transaction)
            {
                var options = json.Value.SerializerOptions;
                // A batch is written into one buffer and sent as one write: serialising film by film straight into the
                // response cost more in stream calls than in JSON.
                var buffer = new ArrayBufferWriter<byte>(1 << 20);
                await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
                {
                    Encoder = options.Encoder,
                    Indented = options.WriteIndented,
                    IndentCharacter = options.IndentCharacter,
                    IndentSize = options.IndentSize,
                    NewLine = options.NewLine,
                    MaxDepth = options.MaxDepth,
                });
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                long after = 0;
                while (true)
                {
                    var films = query.WithProvenance
                        ? await WithProvenanceAsync(db, after, cancellationToken)
                        : await FilmDetailReader.LoadBatchAsync(connection, after, BatchSize, cancellationToken);
                    if (films.Count == 0) break;
                    foreach (var film in films)
                    {
                        JsonSerializer.Serialize(writer, film, options);
                        writer.Flush();
                        buffer.Write("\n"u8);
                        writer.Reset(buffer);
                    }
                    await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
                    await body.FlushAsync(cancellationToken);
                    buffer.ResetWrittenCount();
                    after = films[^1].Id;
                }
                await transaction.CommitAsync(cancellationToken);
            }
        }, NdJson);
    }

    // Provenance needs the fact sources of every fact, which only the EF Core loader reads.
    private static async Task<IReadOnlyList<FilmDetail>> WithProvenanceAsync(CatalogueDbContext db, long after, CancellationToken cancellationToken)
    {
        var ids = await db.Films.AsNoTracking().Where(f => f.Id > after).OrderBy(f => f.Id).Select(f => f.Id)
            .Take(BatchSize).ToListAsync(cancellationToken);
        return ids.Count == 0 ? [] : await FilmDetailLoader.LoadManyAsync(db, db.Films.Where(f => ids.Contains(f.Id)), withProvenance: true, cancellationToken);
    }
}
