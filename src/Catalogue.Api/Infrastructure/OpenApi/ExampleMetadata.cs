namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>Endpoint metadata: the example of the endpoint's success body, built from the real response type so it
/// cannot drift from the schema (Spectral checks every example against its schema).</summary>
public sealed record ResponseExample(object Body);

/// <summary>
/// Endpoint metadata: an example value for a parameter. Swagger UI pre-fills examples in "Try it out", so only
/// parameters an operation needs get one, with values that answer on the seeded catalogue; optional filters are left
/// empty (a pre-filled set of filters would match nothing, and a cursor is never made up).
/// </summary>
public sealed record ParameterExample(string Name, string Value);

/// <summary>
/// Endpoint metadata: the example body of one of the endpoint's problem answers, as the endpoint writes it (which
/// resource is unknown, which parameter is wrong). Without one, a 400 shows the one refusal every request can meet
/// (text the catalogue cannot store) and a 404 names no resource.
/// </summary>
public sealed record ProblemExample(int Status, object Body);

public static class ExampleMetadataExtensions
{
    public static TBuilder WithResponseExample<TBuilder>(this TBuilder builder, object body) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseExample(body));

    public static TBuilder WithParameterExample<TBuilder>(this TBuilder builder, string name, string value) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ParameterExample(name, value));

    /// <summary>The 404 the endpoint answers for an unknown <paramref name="what"/> (a film, a person, ...).</summary>
    public static TBuilder WithNotFoundExample<TBuilder>(this TBuilder builder, string what, string unknownId) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemExample(StatusCodes.Status404NotFound, ApiExamples.Problem(ProblemTypes.NotFound, ApiProblems.NotFoundDetail(what, unknownId))));

    /// <summary>The 400 the endpoint answers when <paramref name="parameter"/> is wrong, with the validator's message.</summary>
    public static TBuilder WithValidationExample<TBuilder>(this TBuilder builder, string parameter, string message) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ProblemExample(StatusCodes.Status400BadRequest, ApiExamples.ValidationProblem(parameter, message)));
}
