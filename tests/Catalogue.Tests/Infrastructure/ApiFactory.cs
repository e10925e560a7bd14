using Catalogue.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalogue.Tests.Infrastructure;

/// <summary>The real API in memory, on the test class's own database.</summary>
public sealed class ApiFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{CatalogueDatabase.ConnectionStringName}", connectionString);
        // Tests make many requests from one address; the rate-limit tests turn the limiter on with their own limits.
        builder.UseSetting("RateLimits:Enabled", "false");
    }
}

/// <summary>A test class's own database with the API on top of it.</summary>
public class ApiFixture : DatabaseFixture
{
    private ApiFactory? factory;

    public ApiFactory Factory => factory ?? throw new InvalidOperationException("fixture not initialised");

    public HttpClient CreateClient() => Factory.CreateClient();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        factory = new ApiFactory(ConnectionString);
    }

    public override async Task DisposeAsync()
    {
        if (factory is not null) await factory.DisposeAsync();
        await base.DisposeAsync();
    }
}
