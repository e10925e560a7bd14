using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Infrastructure;

/// <summary>The problem bodies handlers return, so every 4xx names itself the same way and carries a traceId.</summary>
public static class ApiProblems
{
    public static NotFound<ProblemDetails> NotFound(string what, string id) =>
        TypedResults.NotFound(WithTraceId(new ProblemDetails
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
