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

public static class ExampleMetadataExtensions
{
    public static TBuilder WithResponseExample<TBuilder>(this TBuilder builder, object body) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ResponseExample(body));

    public static TBuilder WithParameterExample<TBuilder>(this TBuilder builder, string name, string value) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ParameterExample(name, value));
}
