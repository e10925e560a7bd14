using Microsoft.AspNetCore.Http.HttpResults;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The problem bodies handlers return. <c>NotFound&lt;ProblemDetails&gt;</c> would be sent as plain application/json,
/// so handlers return <see cref="ProblemHttpResult"/> (application/problem+json) and declare the 404 with
/// <c>ProducesProblem</c> for the OpenAPI document. The traceId is added by the problem details service.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, string id) => TypedResults.Problem(ProblemTypes.NotFound.With(NotFoundDetail(what, id)));

    public static string NotFoundDetail(string what, string id) => $"No {what} is known by '{id}'.";

    public static ProblemHttpResult Conflict(string detail) => TypedResults.Problem(ProblemTypes.Conflict.With(detail));
}
