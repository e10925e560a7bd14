using System.Diagnostics;
using Catalogue.Api.Infrastructure.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Catalogue.Api.Infrastructure.Telemetry;

/// <summary>
/// Every response names its request: <c>X-Request-Id</c> is the W3C trace id of the request's trace (32 hex digits),
/// the same id problem bodies give as <c>traceId</c>, JSON log lines as <c>TraceId</c> and a tracing backend as the
/// trace. A client that sends <c>traceparent</c> gets its own trace id back.
/// </summary>
public static class RequestIds
{
    /// <summary>The request's id: the trace id of the request's own activity (not whichever child is current), or
    /// ASP.NET Core's connection-scoped identifier when no trace was started.</summary>
    public static string Of(HttpContext context) =>
        (context.Features.Get<IHttpActivityFeature>()?.Activity ?? Activity.Current) is { } activity
            && activity.TraceId != default
            ? activity.TraceId.ToHexString()
            : context.TraceIdentifier;

    /// <summary>
    /// Sets the header when the response starts, so it survives whatever cleared the headers on the way (the exception
    /// handler and HEAD both do), and is on every answer the application writes: 2xx, 304, 4xx and 5xx alike.
    /// </summary>
    public static IApplicationBuilder UseRequestIds(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var id = Of(context);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[CatalogueHeaders.RequestId] = id;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
