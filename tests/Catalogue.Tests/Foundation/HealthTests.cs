using System.Net;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Foundation;

public class HealthTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Live_answers_while_the_process_is_up()
    {
        var response = await api.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_when_the_database_is_reachable_and_migrated()
    {
        var response = await api.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_turns_unhealthy_when_the_database_is_gone()
    {
        var connectionString = await TestServer.CreateDatabaseAsync();
        await using var factory = new ApiFactory(connectionString);
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        await TestServer.DropDatabaseAsync(connectionString);

        var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Ready_turns_unhealthy_when_the_schema_is_behind()
    {
        var connectionString = await TestServer.CreateEmptyDatabaseAsync();
        try
        {
            await using var factory = new ApiFactory(connectionString);
            var response = await factory.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }
        finally
        {
            await TestServer.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Unknown_routes_answer_a_problem_404()
    {
        var response = await api.CreateClient().GetAsync("/no/such/route");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":404", body);
        Assert.Contains("traceId", body);
    }
}
