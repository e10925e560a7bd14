using Microsoft.Net.Http.Headers;

namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// Endpoint metadata: the endpoint changes a resource that must not be overwritten unseen, so it needs If-Match with
/// the resource's current ETag. <paramref name="Validator"/> says which tag, in the 428 a request without one gets;
/// <paramref name="Description"/> says it in the OpenAPI document, which marks the header required.
/// </summary>
public sealed record RequiresIfMatch(string Validator, string Description);

public static class IfMatchRequirement
{
    /// <summary>The longest If-Match accepted: room for a dozen entity tags, each of every content coding.</summary>
    public const int MaxLength = 1024;

    /// <summary>
    /// Marks the endpoints as needing If-Match, and enforces it before the handler runs: none is a 428, one longer
    /// than <see cref="MaxLength"/> a 400 naming If-Match. Whether the tag matches is the handler's to decide (412).
    /// </summary>
    public static TBuilder RequireIfMatch<TBuilder>(this TBuilder builder, string validator, string description)
        where TBuilder : IEndpointConventionBuilder
    {
        var requirement = new RequiresIfMatch(validator, description);
        builder.WithMetadata(requirement);
        return builder.AddEndpointFilter(async (invocation, next) =>
        {
            var ifMatch = invocation.HttpContext.Request.Headers.IfMatch;
            if (ifMatch.Count == 0)
                return TypedResults.Problem(ProblemTypes.PreconditionRequired.With(
                    $"Writes need If-Match with {requirement.Validator}, so that no one overwrites a change they have not seen."));
            if (ifMatch.ToString().Length > MaxLength)
                return Validation.RequestValidation.Problem(new Dictionary<string, List<string>>
                {
                    [HeaderNames.IfMatch] = [$"If-Match must be at most {MaxLength} characters: the ETag the last read or write gave you."],
                });
            return await next(invocation);
        });
    }
}
