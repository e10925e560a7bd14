namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// Endpoint metadata: the response is streamed and may be large, so middleware must not buffer it (to compute an
/// ETag, say); it is gzip-compressed when the client accepts that.
/// </summary>
public sealed record StreamedResponse;
