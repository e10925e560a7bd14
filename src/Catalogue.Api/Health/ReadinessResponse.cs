using System.Globalization;
using Catalogue.Api.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Health;

/// <summary>"Healthy" as before when ready; otherwise a 503 problem saying what is wrong, with Retry-After.</summary>
public static class ReadinessResponse
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (report.Status == HealthStatus.Healthy)
        {
            http.Response.ContentType = "text/plain";
            await http.Response.WriteAsync(report.Status.ToString());
            return;
        }

        var settings = http.RequestServices.GetRequiredService<IOptions<DatabaseSettings>>().Value;
        http.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = http.Response.StatusCode,
                Title = "Not Ready",
                Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
                Detail = string.Join("; ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy)
                    .Select(e => $"{e.Key}: {e.Value.Description}")),
            },
        });
    }
}
