using Microsoft.AspNetCore.Http.HttpResults;
using Catalogue.Api.Infrastructure;

namespace Catalogue.Api.Curation;

/// <summary>The answers to writes that cannot proceed, as problem details.</summary>
public static class CurationProblems
{
    public static ProblemHttpResult PreconditionFailed() => TypedResults.Problem(ProblemTypes.PreconditionFailed.With(
        "The film has changed since the ETag in If-Match was issued: GET it again, re-apply your change, and send the new ETag."));
}
