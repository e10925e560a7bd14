using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Catalogue.Api.Infrastructure;

public static class ApiJson
{
    /// <summary>The options the API writes its JSON with, so code that serialises by hand writes the same bytes.</summary>
    public static JsonSerializerOptions JsonOptions(this HttpContext http) => http.RequestServices.JsonOptions();

    /// <inheritdoc cref="JsonOptions(HttpContext)"/>
    public static JsonSerializerOptions JsonOptions(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
}
