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
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Catalogue.Api.Export;

public static class ExportApi
{
    private const string NdJson = "application/x-ndjson";
    private const int BatchSize = 1000;
    // About 30 films of the usual size: small enough to keep the pipe's memory low, large enough to keep writes few.
    private const int FlushBytes = 64 * 1024;

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
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var npgsqlTransaction = (NpgsqlTransaction)transaction.GetDbTransaction();
        // Straight on the connection: as an EF Core query, the cursor cost a query compilation in every fresh process.
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, npgsqlTransaction))
            await readOnly.ExecuteNonQueryAsync(cancellationToken);
        long cursor;
        await using (var last = new NpgsqlCommand("SELECT max(sequence) FROM change_events", connection, npgsqlTransaction))
            cursor = await last.ExecuteScalarAsync(cancellationToken) is long sequence ? sequence : 0;
        http.Response.Headers[CatalogueHeaders.ChangesCursor] = cursor.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.Link = $"<{PublicApi.Changes}?cursor={cursor}>; rel=\"changes\"";
        http.Response.Headers.CacheControl = "private, no-store";

        return TypedResults.Stream(async _ =>
        {
            await using (transaction)
            {
                var options = json.Value.SerializerOptions;
                // Each film is serialised straight into the response's pipe (its pooled blocks, not a buffer of the whole
                // batch), which is flushed every FlushBytes: the memory held for the output is the same whatever the size.
                var output = http.Response.BodyWriter;
                await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions
                {
                    Encoder = options.Encoder,
                    Indented = options.WriteIndented,
                    IndentCharacter = options.IndentCharacter,
                    IndentSize = options.IndentSize,
                    NewLine = options.NewLine,
                    MaxDepth = options.MaxDepth,
                });
                Task<IReadOnlyList<FilmDetail>> Load(long after) => query.WithProvenance
                    ? WithProvenanceAsync(db, after, cancellationToken)
                    : FilmDetailReader.LoadBatchAsync(connection, after, BatchSize, cancellationToken);

                var next = Load(0);
                try
                {
                    while (true)
                    {
                        var films = await next;
                        if (films.Count == 0) break;
                        // The next batch is read while this one is written: PostgreSQL and the driver work on it meanwhile.
                        // A batch short of BatchSize is the last one.
                        next = films.Count < BatchSize ? Task.FromResult<IReadOnlyList<FilmDetail>>([]) : Load(films[^1].Id);
                        long unflushed = 0;
                        foreach (var film in films)
                        {
                            JsonSerializer.Serialize(writer, film, options);
                            writer.Flush();
                            unflushed += writer.BytesCommitted + 1;
                            output.Write("\n"u8);
                            writer.Reset();
                            if (unflushed >= FlushBytes)
                            {
                                // A completed pipe is a client that has gone: nothing more to read or write.
                                if ((await output.FlushAsync(cancellationToken)).IsCompleted) return;
                                unflushed = 0;
                            }
                        }
                        if ((await output.FlushAsync(cancellationToken)).IsCompleted) return;
                    }
                }
                finally
                {
                    // A batch still being read holds the connection: let it finish (or fail) before the transaction goes.
                    if (!next.IsCompleted) await next.ContinueWith(t => t.Exception, TaskScheduler.Default);
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
