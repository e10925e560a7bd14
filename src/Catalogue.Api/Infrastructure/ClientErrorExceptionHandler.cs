using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Exceptions that are the client's input, not a server fault, answered as 4xx problems that say what is wrong:
/// a body that cannot be read as the operation's JSON (the binder's reason), and a value PostgreSQL cannot store
/// (a NUL character, a number out of range: SQLSTATE class 22). The request's transaction has been rolled back.
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
            _ when Find(exception) is { } data => (StatusCodes.Status400BadRequest, $"The request holds a value the catalogue cannot store: {data.MessageText}."),
            _ => (0, ""),
        };
        if (status == 0) return false;

        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    private static PostgresException? Find(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is PostgresException { SqlState: var state } postgres && state.StartsWith("22", StringComparison.Ordinal))
                return postgres;
        return null;
    }
}
