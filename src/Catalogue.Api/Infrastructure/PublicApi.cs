using Catalogue.Api.Infrastructure.Validation;

namespace Catalogue.Api.Infrastructure;

/// <summary>The /v1 route group every public resource hangs off, with what all of them share.</summary>
public static class PublicApi
{
    public const string Prefix = "/v1";

    /// <summary>
    /// The longest absolute URL the API writes (links, the index): its host is the request's Host (or forwarded host),
    /// which Kestrel's 32 KiB limit on request headers bounds, and its path and query the 8 KiB request line.
    /// </summary>
    public const int MaxUrlLength = 32 * 1024 + 8 * 1024 + 16;

    public static RouteGroupBuilder MapPublicApi(this IEndpointRouteBuilder app) =>
        app.MapGroup(Prefix)
            .ValidateRequests()
            .ProducesValidationProblem()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
}
