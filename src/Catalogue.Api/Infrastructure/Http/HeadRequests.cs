namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// HEAD wherever GET is served (RFC 9110 section 9.3.2). A HEAD request is routed and run as the GET it mirrors, so
/// its status and headers (ETag, Cache-Control, Content-Length, Link, rate limits) are exactly the GET's; only the
/// body is thrown away. Endpoints are mapped for GET alone, so the OpenAPI document lists each read once.
/// </summary>
public static class HeadRequests
{
    /// <summary>Goes before routing: routing is what would answer 405 to a HEAD.</summary>
    public static void UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }
            context.Request.Method = HttpMethods.Get;
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
}
