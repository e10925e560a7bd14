using Catalogue.Api.Infrastructure.Access;
using Catalogue.Api.Infrastructure.Database;
using Catalogue.Api.Infrastructure.HotReads;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Api.Infrastructure.OpenApi;
using Catalogue.Api.Infrastructure.RateLimiting;
using Catalogue.Api.Infrastructure.Telemetry;
using Catalogue.Api.Infrastructure.Validation;
using Catalogue.Data;
using Npgsql;

namespace Catalogue.Api.Infrastructure;

public static class CatalogueServices
{
    public static void AddCatalogueServices(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(CatalogueDatabase.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("No database configured: set ConnectionStrings__Catalogue.");

        builder.LimitRequestLines();
        builder.Services.AddCatalogueDatabase(connectionString);
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new WellFormedStringConverter()));
        builder.Services.AddHotReads(builder.Configuration, connectionString);
        builder.Services.AddHostedService<StartupWarmUp>();
        // Every problem body, whoever writes it (handlers, validation, status code pages, exception handler), names the
        // trace so a client's report can be matched to the logs: the same id as the response's X-Request-Id.
        // A problem written with only its status gets its type and title from the one table (ProblemTypes).
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            ProblemTypes.Complete(context.ProblemDetails);
            context.ProblemDetails.Extensions["traceId"] = RequestIds.Of(context.HttpContext);
        });
        // Binding failures throw, so the one client-error handler can say what was wrong with the request.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<ClientErrorExceptionHandler>();
        builder.Services.AddRequestValidators();
        builder.Services.AddBrowserAccess(builder.Configuration);
        builder.Services.AddForwardedRequests(builder.Configuration);
        builder.Services.AddApiDocumentation();
        // After the documentation: their operation filters build on what the conventions filter documented.
        builder.Services.AddApiKeyAccess();
        builder.Services.AddCatalogueRateLimits();
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "application/x-ndjson"];
        });
    }

    public static void UseCatalogueMiddleware(this WebApplication app)
    {
        app.UseRequestIds();
        app.UseForwardedRequests();
        // HEAD next, so whatever answers (an error page included) writes into the body it throws away.
        app.UseHeadAsGet();
        app.UseExceptionHandler();
        app.UseRouting();
        app.UseStatusCodePages();
        app.UseCacheVariance(PublicApi.Prefix);
        app.UseCors();
        // Order matters: the limiter partitions by the authenticated key, so it follows authentication (where
        // UnknownKeyGuard keeps wrong keys from costing lookups); a wrong key is rejected after the limiter, so a client
        // sending wrong keys spends its address's budget; the limiter's second
        // charge must see the 304 the conditional-GET middleware answers, so it comes before that.
        app.UseAuthentication();
        app.UseCatalogueRateLimits();
        app.RejectUnknownApiKeys();
        app.UseAuthorization();
        app.UseRequestBodyRules();
        // Streamed responses and the API documentation are compressed as they are written; every other /v1 body is
        // buffered, and compressed by the conditional-GET middleware, which gives each coding its own strong ETag.
        app.UseWhen(context => context.GetEndpoint()?.Metadata.GetMetadata<StreamedResponse>() is not null
                || context.Request.Path.StartsWithSegments(ApiDocumentation.RoutePrefix),
            branch => branch.UseResponseCompression());
        app.UseConditionalGets(PublicApi.Prefix);
        app.UseApiDocumentation();
    }
}
