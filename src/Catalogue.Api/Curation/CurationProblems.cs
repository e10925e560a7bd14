using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Curation;

/// <summary>The answers to writes that cannot proceed, as problem details.</summary>
public static class CurationProblems
{
    public static ProblemHttpResult PreconditionRequired() => Problem(StatusCodes.Status428PreconditionRequired,
        "Precondition Required", "https://tools.ietf.org/html/rfc6585#section-3",
        "Writes need If-Match with the film's current ETag (from GET /v1/films/{id}), so that no one overwrites a change they have not seen.");

    public static ProblemHttpResult PreconditionFailed() => Problem(StatusCodes.Status412PreconditionFailed,
        "Precondition Failed", "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        "The film has changed since the ETag in If-Match was issued: GET it again, re-apply your change, and send the new ETag.");

    private static ProblemHttpResult Problem(int status, string title, string type, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Type = type, Detail = detail });
}
