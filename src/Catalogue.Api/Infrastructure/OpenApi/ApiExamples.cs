namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// The example problem bodies of the OpenAPI document, made from <see cref="ProblemTypes"/> like the bodies the API
/// writes. Success bodies, parameter values and the problems only one endpoint answers are each endpoint's own
/// (<see cref="ResponseExample"/>, <see cref="ParameterExample"/>, <see cref="ProblemExample"/>).
/// </summary>
public static class ApiExamples
{
    /// <summary>A W3C trace id, as every problem's traceId and X-Request-Id carry one.</summary>
    public const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

    /// <summary>A problem body of <paramref name="type"/> as the API writes it.</summary>
    public static object Problem(ProblemType type, string? detail) => detail is null
        ? new { type = type.Uri, title = type.Title, status = type.Status, traceId = TraceId }
        : new { type = type.Uri, title = type.Title, status = type.Status, detail, traceId = TraceId };

    /// <summary>A 400 naming one bad parameter, as the validation filter writes it.</summary>
    public static object ValidationProblem(string parameter, string message) => new
    {
        type = ProblemTypes.BadRequest.Uri,
        title = ProblemTypes.ValidationTitle,
        status = ProblemTypes.BadRequest.Status,
        detail = Validation.RequestValidation.Detail,
        errors = new Dictionary<string, string[]> { [parameter] = [message] },
        traceId = TraceId,
    };
}
