using Microsoft.AspNetCore.Mvc;

namespace Catalogue.Api.Infrastructure;

/// <summary>One kind of problem the API answers: its status, the title and the type URI its body carries.</summary>
public sealed record ProblemType(int Status, string Title, string Uri)
{
    /// <summary>A problem body of this type; the traceId is added by the problem details service.</summary>
    public ProblemDetails With(string detail) => new() { Status = Status, Title = Title, Type = Uri, Detail = detail };
}

/// <summary>
/// Every problem type the API answers with, in one table read both by whatever writes a problem (handlers, middleware,
/// the problem details service for bodies that name only a status) and by the OpenAPI filters that document and
/// exemplify them, so the document's examples are the bodies clients get.
/// </summary>
public static class ProblemTypes
{
    private const string Http = "https://tools.ietf.org/html/rfc9110#section-";
    private const string Additional = "https://tools.ietf.org/html/rfc6585#section-";

    public static readonly ProblemType BadRequest = new(StatusCodes.Status400BadRequest, "Bad Request", Http + "15.5.1");
    public static readonly ProblemType Unauthorized = new(StatusCodes.Status401Unauthorized, "Unauthorized", Http + "15.5.2");
    public static readonly ProblemType Forbidden = new(StatusCodes.Status403Forbidden, "Forbidden", Http + "15.5.4");
    public static readonly ProblemType NotFound = new(StatusCodes.Status404NotFound, "Not Found", Http + "15.5.5");
    public static readonly ProblemType MethodNotAllowed = new(StatusCodes.Status405MethodNotAllowed, "Method Not Allowed", Http + "15.5.6");
    public static readonly ProblemType Conflict = new(StatusCodes.Status409Conflict, "Conflict", Http + "15.5.10");
    public static readonly ProblemType PreconditionFailed = new(StatusCodes.Status412PreconditionFailed, "Precondition Failed", Http + "15.5.13");
    public static readonly ProblemType PayloadTooLarge = new(StatusCodes.Status413PayloadTooLarge, "Content Too Large", Http + "15.5.14");
    public static readonly ProblemType UnsupportedMediaType = new(StatusCodes.Status415UnsupportedMediaType, "Unsupported Media Type", Http + "15.5.16");
    public static readonly ProblemType PreconditionRequired = new(StatusCodes.Status428PreconditionRequired, "Precondition Required", Additional + "3");
    public static readonly ProblemType TooManyRequests = new(StatusCodes.Status429TooManyRequests, "Too Many Requests", Additional + "4");
    public static readonly ProblemType InternalServerError = new(StatusCodes.Status500InternalServerError, "An error occurred while processing your request.", Http + "15.6.1");
    public static readonly ProblemType ServiceUnavailable = new(StatusCodes.Status503ServiceUnavailable, "Service Unavailable", Http + "15.6.4");

    /// <summary>A validation problem's title: ASP.NET Core's, kept because clients see it on every 400 that lists errors.</summary>
    public const string ValidationTitle = "One or more validation errors occurred.";

    private static readonly Dictionary<int, ProblemType> ByStatus = new[]
    {
        BadRequest, Unauthorized, Forbidden, NotFound, MethodNotAllowed, Conflict, PreconditionFailed, PayloadTooLarge, UnsupportedMediaType,
        PreconditionRequired, TooManyRequests, InternalServerError, ServiceUnavailable,
    }.ToDictionary(p => p.Status);

    public static ProblemType? For(int status) => ByStatus.GetValueOrDefault(status);

    /// <summary>Fills in the type and title of a problem written with only its status (and detail).</summary>
    public static void Complete(ProblemDetails problem)
    {
        if (problem.Status is not { } status || For(status) is not { } type) return;
        problem.Type ??= type.Uri;
        problem.Title ??= type.Title;
    }
}
