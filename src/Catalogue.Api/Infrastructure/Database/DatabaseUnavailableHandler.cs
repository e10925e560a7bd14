using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Infrastructure.Database;

/// <summary>
/// A request that failed because PostgreSQL is down, restarting, stalled or out of connections is answered 503 with
/// Retry-After: the client did nothing wrong and the same request will work once the database is back. The outage
/// is logged by <see cref="DatabaseOutage"/>, once, instead of a stack trace per request.
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems, DatabaseOutage outage, IOptions<DatabaseSettings> settings)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseFailures.Unavailability(exception) is not { } reason) return false;
        outage.Refused(reason);
        await WriteAsync(http, problems, settings.Value, exception);
        return true;
    }

    /// <summary>The 503 problem every database outage answers with, wherever it is noticed.</summary>
    public static async Task WriteAsync(HttpContext http, IProblemDetailsService problems, DatabaseSettings settings, Exception? exception = null)
    {
        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = ProblemTypes.ServiceUnavailable.With(
                $"The catalogue's database is unavailable at the moment; nothing was changed. Retry after {settings.RetryAfterSeconds} seconds."),
        });
    }
}
