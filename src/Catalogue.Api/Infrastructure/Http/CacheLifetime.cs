namespace Catalogue.Api.Infrastructure.Http;

/// <summary>Endpoint metadata: how long shared caches and browsers may reuse a 200 without asking again.</summary>
public sealed record CacheLifetime(TimeSpan MaxAge)
{
    public string CacheControl => $"public, max-age={(int)MaxAge.TotalSeconds}";
    public string PrivateCacheControl => $"private, max-age={(int)MaxAge.TotalSeconds}";
}

public static class CacheLifetimeExtensions
{
    public static TBuilder CacheFor<TBuilder>(this TBuilder builder, TimeSpan maxAge) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new CacheLifetime(maxAge));
}
