using Catalogue.Api.Infrastructure.Validation;

namespace Catalogue.Api.Infrastructure;

/// <summary>The /v1 route group every public resource hangs off, with what all of them share.</summary>
public static class PublicApi
{
    /// <summary>The API's version, as its paths, its index and its OpenAPI document name it.</summary>
    public const string Version = "v1";

    public const string Prefix = "/" + Version;

    /// <summary>Whether an API description's relative path (no leading slash) is one of this group's.</summary>
    public static bool Contains(string? relativePath) =>
        relativePath is not null && (relativePath == Version || relativePath.StartsWith(Version + "/", StringComparison.Ordinal));

    /// <summary>The paths other resources link to (Location, href, Link), so none spells out the version itself.</summary>
    public const string Films = Prefix + "/films";
    public const string People = Prefix + "/people";
    public const string Changes = Prefix + "/changes";

    /// <summary>
    /// The longest absolute URL the API writes (links, the index): its host is the request's Host (or forwarded host),
    /// which Kestrel's 32 KiB limit on request headers bounds, and its path and query the request line
    /// (<see cref="Http.RequestLines"/>).
    /// </summary>
    public const int MaxUrlLength = 32 * 1024 + Http.RequestLines.MaxBytes + 16;

    public static RouteGroupBuilder MapPublicApi(this IEndpointRouteBuilder app) =>
        app.MapGroup(Prefix)
            .ValidateRequests()
            .ProducesValidationProblem()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
}
