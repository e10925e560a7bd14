using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Catalogue.Api.Infrastructure.Http;

/// <summary>Endpoint metadata: the largest body the endpoint accepts, in bytes.</summary>
public sealed record RequestBodyLimit(long Bytes);

public static class RequestBodyLimitExtensions
{
    public static TBuilder LimitRequestBody<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestBodyLimit(bytes));
}

/// <summary>
/// What every request body must be before anything reads it: UTF-8 (RFC 8259 makes UTF-8 the only encoding of JSON
/// between systems; a charset the server would have to transcode, or cannot, is a 415), and no larger than the
/// endpoint's <see cref="RequestBodyLimit"/> (413). A declared Content-Length over the limit is refused before a byte
/// is read; a chunked body is cut off by the server's own limit, set here, as soon as it passes it. The path and the
/// query are held to the same text rule as body strings (<see cref="WellFormedStringConverter.IsStorable"/>): a NUL
/// character (%00) or an unpaired surrogate in either is a 400 before any parameter reaches the database.
/// </summary>
public static class RequestBodies
{
    public static IApplicationBuilder UseRequestBodyRules(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (UnstorableText(request) is { } name)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]>
                    {
                        [name] = [UnstorableMessage(name)],
                    })
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Detail = Validation.RequestValidation.Detail,
                    },
                });
                return;
            }

            if (request.ContentType is { } contentType
                && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
                && mediaType.Charset is { HasValue: true } charset
                && !IsUtf8(charset.Value!.Trim('"')))
            {
                await WriteProblemAsync(context, StatusCodes.Status415UnsupportedMediaType,
                    $"Request bodies are UTF-8 JSON; charset '{charset.Value}' is not accepted. Send the body as UTF-8 (charset=utf-8 or no charset).");
                return;
            }

            if (context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>() is { } limit)
            {
                if (request.ContentLength > limit.Bytes)
                {
                    await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge,
                        $"The body is {request.ContentLength} bytes; this operation accepts at most {limit.Bytes} bytes.");
                    return;
                }
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                    size.MaxRequestBodySize = limit.Bytes;
            }
            await next(context);
        });

    /// <summary>Why the text of <paramref name="name"/> (a query parameter, or "path") was refused.</summary>
    public static string UnstorableMessage(string name) =>
        $"{name} holds a NUL character (%00) or text that is not Unicode, which the catalogue cannot store; leave it out.";

    /// <summary>The first query parameter (or "path") whose text cannot be stored, or null.</summary>
    private static string? UnstorableText(HttpRequest request)
    {
        if (!WellFormedStringConverter.IsStorable(request.Path.Value ?? "")) return "path";
        foreach (var (name, values) in request.Query)
            if (!WellFormedStringConverter.IsStorable(name) || values.Any(v => v is not null && !WellFormedStringConverter.IsStorable(v)))
                return WellFormedStringConverter.IsStorable(name) ? name : "query";
        return null;
    }

    private static bool IsUtf8(string charset) =>
        charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static Task WriteProblemAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        }).AsTask();
    }
}
