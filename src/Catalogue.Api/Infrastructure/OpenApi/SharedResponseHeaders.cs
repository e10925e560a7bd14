using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// A header that every response of every operation carries (or may carry, as its description says), registered by
/// the part of the API that sets it: the request id, the rate limit, CORS.
/// </summary>
public sealed record SharedResponseHeader(string Name, OpenApiHeader Header);

public static class SharedResponseHeaders
{
    public static IServiceCollection AddSharedResponseHeader(this IServiceCollection services, string name, OpenApiHeader header) =>
        services.AddSingleton(new SharedResponseHeader(name, header));

    /// <summary>Runs the filter after every other operation filter, whenever those were registered, so it sees every
    /// response they add (304, 401, 403, 429, 500, 503).</summary>
    internal static IServiceCollection AddSharedResponseHeadersFilter(this IServiceCollection services) =>
        services.AddTransient<IPostConfigureOptions<SwaggerGenOptions>, LastOperationFilter>();

    private sealed class LastOperationFilter : IPostConfigureOptions<SwaggerGenOptions>
    {
        public void PostConfigure(string? name, SwaggerGenOptions options) =>
            options.OperationFilter<SharedResponseHeadersOperationFilter>();
    }
}

/// <summary>Documents each <see cref="SharedResponseHeader"/> once, in components, and refers to it from every response
/// of every operation: they are on hundreds of responses.</summary>
public sealed class SharedResponseHeadersOperationFilter(IEnumerable<SharedResponseHeader> shared) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var components = context.Document.Components ??= new OpenApiComponents();
        components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var header in shared)
        {
            components.Headers[header.Name] = header.Header;
            var reference = new OpenApiHeaderReference(header.Name, context.Document);
            foreach (var response in (operation.Responses ?? []).Values.OfType<OpenApiResponse>())
                (response.Headers ??= new Dictionary<string, IOpenApiHeader>())[header.Name] = reference;
        }
    }
}
