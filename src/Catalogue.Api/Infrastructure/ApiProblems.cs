using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// The problem bodies handlers return. <c>NotFound&lt;ProblemDetails&gt;</c> would be sent as plain application/json,
/// so handlers return <see cref="ProblemHttpResult"/> (application/problem+json) and declare the 404 with
/// <c>ProducesProblem</c> for the OpenAPI document.
/// </summary>
public static class ApiProblems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(WithTraceId(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "Not Found",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            Detail = $"No {what} has the id or slug '{id}'.",
        }));

    public static T WithTraceId<T>(T problem) where T : ProblemDetails
    {
        problem.Extensions["traceId"] = Activity.Current?.Id;
        return problem;
    }
}
