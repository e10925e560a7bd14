using System.ComponentModel;
using System.Globalization;
using Catalogue.Api.Infrastructure;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Documents;

/// <summary>A source document: what provenance spans point into (spanStart/spanLength index <see cref="Text"/> in UTF-16 code units).</summary>
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
            .WithSummary("A source document")
            .WithDescription("Metadata and full text of a document the catalogue's facts were read from, so a provenance " +
                "entry (documentId, spanStart, spanLength) can be followed to its context.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return v1;
    }

    private static async Task<Results<Ok<DocumentDetail>, ProblemHttpResult>> GetDocument(
        [Description("The document's numeric id, as given in provenance.")] string id, CatalogueDbContext db, CancellationToken cancellationToken)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var documentId)) return ApiProblems.NotFound("document", id);
        var document = await db.SourceDocuments.AsNoTracking()
            .Where(d => d.Id == documentId)
            .Select(d => new DocumentDetail(d.Id, d.FileName, d.Sha256, d.SizeBytes, d.Shape, d.IngestedAt, d.Text))
            .FirstOrDefaultAsync(cancellationToken);
        return document is null ? ApiProblems.NotFound("document", id) : TypedResults.Ok(document);
    }
}
