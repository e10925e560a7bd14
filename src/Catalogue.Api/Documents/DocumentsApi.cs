using System.ComponentModel;
using System.Globalization;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Documents;

/// <summary>A source document: what provenance spans point into (spanStart/spanLength index <see cref="Text"/> in UTF-16 code units).</summary>
[StoredAs(typeof(Catalogue.Data.Entities.SourceDocument))]
public sealed record DocumentDetail(long Id, string FileName, string Sha256, long SizeBytes, string? Shape, DateTimeOffset IngestedAt, string Text);

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder v1)
    {
        v1.MapGet("/documents/{id}", GetDocument)
            .WithTags("Documents")
            // A document's text only changes if its file is re-ingested; the ETag catches that.
            .CacheFor(TimeSpan.FromMinutes(5))
            .WithName("GetDocument")
            .WithParameterExample("id", "1")
            .WithResponseExample(new DocumentDetail(7, "listing-aleppo.txt", "3f0b6c1e9a9d4d2c8f1a5b7e2c4d6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d9e", 96,
                "listing", new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero),
                "Last Men in Aleppo (2017). Runtime: 104 min (theatrical). Director: Feras Fayyad. IMDb 7.4/10."))
            .WithSummary("A source document")
            .WithDescription("Metadata and full text of a document the catalogue's facts were read from, so a provenance " +
                "entry (documentId, spanStart, spanLength) can be followed to its context.")
            .ProducesProblem(StatusCodes.Status404NotFound).WithNotFoundExample("document", "999999");
        return v1;
    }

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> GetDocument(
        [Description("The document's numeric id, as given in provenance (at most 19 digits).")] [Text(19)] string id, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var documentId)) return ApiProblems.NotFound("document", id);
        var document = await db.SourceDocuments.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new DocumentDetail(d.Id, d.FileName, d.Sha256, d.SizeBytes, d.Shape, d.IngestedAt, d.Text))
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? ApiProblems.NotFound("document", id) : TypedResults.Ok(document);
    }
}
