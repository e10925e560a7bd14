using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The problem bodies handlers return. <c>NotFound&lt;ProblemDetails&gt;</c> would be sent as plain application/json,
/// so handlers return <see cref="ProblemHttpResult"/> (application/problem+json) and declare the 404 with
/// <c>ProducesProblem</c> for the OpenAPI document. The traceId is added by the problem details service.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not Found",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            Detail = $"No {what} is known by '{id}'.",
        });

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
            Detail = detail,
        });
}
