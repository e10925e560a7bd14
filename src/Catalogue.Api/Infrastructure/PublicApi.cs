using Catalogue.Api.Infrastructure.Validation;

namespace Catalogue.Api.Infrastructure;

/// <summary>The /v1 route group every public resource hangs off, with what all of them share.</summary>
public static class PublicApi
{
    public const string Prefix = "/v1";

    public static RouteGroupBuilder MapPublicApi(this IEndpointRouteBuilder app) =>
        app.MapGroup(Prefix)
            .ValidateRequests()
            .ProducesValidationProblem()
            .WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified));
}
