using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Exceptions that are not server faults, answered as problems that say what happened: a body that cannot be read
/// as the operation's JSON (400, the binder's reason); a value PostgreSQL cannot store (400: a NUL character, a
/// number out of range); a write that collides with another made at the same moment (409: the same slug, a person
/// just deleted); a transaction the database chose to abort (503 with Retry-After: a deadlock, a serialization
/// failure); text that is not valid Unicode (400: an unpaired surrogate the database cannot encode). Whatever the
/// request's transaction had done is rolled back.
/// </summary>
public sealed class ClientErrorExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, bad.InnerException is System.Text.Json.JsonException json
                ? $"{bad.Message} {json.Message}"
                : bad.Message),
            _ when Find<System.Text.EncoderFallbackException>(exception) is not null =>
                (StatusCodes.Status400BadRequest, "The request holds text that is not valid Unicode (an unpaired surrogate, e.g. \\ud800); send well-formed UTF-16 escapes."),
            _ when Find<PostgresException>(exception) is { } database => database.SqlState switch
            {
                ['2', '2', ..] => (StatusCodes.Status400BadRequest, $"The request holds a value the catalogue cannot store: {database.MessageText}."),
                PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation =>
                    (StatusCodes.Status409Conflict, "The change conflicts with the catalogue as it is now (another change got there first): reload and try again."),
                PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected =>
                    (StatusCodes.Status503ServiceUnavailable, "The change collided with another one and was rolled back; send it again."),
                _ => (0, ""),
            },
            _ => (0, ""),
        };
        if (status == 0) return false;

        http.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable) http.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is T found) return found;
        return null;
    }
}
