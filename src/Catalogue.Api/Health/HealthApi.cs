using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Catalogue.Api.Health;

public static class HealthApi
{
    public static IServiceCollection AddHealthApi(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.ReadyTag]);
        return services;
    }

    public static void MapHealthApi(this IEndpointRouteBuilder app)
    {
        // Liveness runs no checks: the process answering is the whole answer.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithTags("Health").WithSummary("Liveness: the process is up");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains(DatabaseReadyCheck.ReadyTag),
                ResponseWriter = ReadinessResponse.WriteAsync,
            })
            .WithTags("Health").WithSummary("Readiness: the database is reachable and its schema current");
    }
}
