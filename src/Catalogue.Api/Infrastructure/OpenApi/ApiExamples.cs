namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// The example problem bodies of the OpenAPI document, made from <see cref="ProblemTypes"/> like the bodies the API
/// writes. Success bodies and parameter values are each endpoint's own (<see cref="ResponseExample"/>,
/// <see cref="ParameterExample"/>).
/// </summary>
public static class ApiExamples
{
    /// <summary>A W3C trace id, as every problem's traceId and X-Request-Id carry one.</summary>
    public const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    /// <summary>A problem body of <paramref name="type"/> as the API writes it.</summary>
    public static object Problem(ProblemType type, string? detail) => detail is null
        ? new { type = type.Uri, title = type.Title, status = type.Status, traceId = TraceId }
        : new { type = type.Uri, title = type.Title, status = type.Status, detail, traceId = TraceId };

    public static readonly object ValidationProblem = new
    {
        type = ProblemTypes.BadRequest.Uri,
        title = ProblemTypes.ValidationTitle,
        status = ProblemTypes.BadRequest.Status,
        detail = "One or more parameters are invalid; see errors.",
        errors = new Dictionary<string, string[]> { ["limit"] = ["limit must be a whole number from 1 to 100."] },
        traceId = TraceId,
    };

    public static readonly object NotFoundProblem = Problem(ProblemTypes.NotFound, ApiProblems.NotFoundDetail("film", "no-such-film"));
}
