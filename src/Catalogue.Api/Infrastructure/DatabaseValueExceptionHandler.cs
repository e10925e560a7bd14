using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// A value PostgreSQL cannot store (a NUL character, a number out of range: SQLSTATE class 22) is the client's
/// input, not a server fault: answer 400 with the database's reason. The request's transaction has been rolled back.
/// </summary>
public sealed class DatabaseValueExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (Find(exception) is not { } data) return false;
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Bad Request",
                Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                Detail = $"The request holds a value the catalogue cannot store: {data.MessageText}.",
            },
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
