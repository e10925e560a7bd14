using Catalogue.Tests.Access;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

public class RateLimitHeaderTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Responses_carry_the_policy_and_what_is_left_as_structured_fields_and_the_earlier_trio()
    {
        await using var factory = api.Factory.WithAccessTestEndpoints(anonymousPerMinute: 10);
        var client = factory.CreateClient("192.0.2.60");

        var first = await client.GetAsync("/v1/genres");
        var bad = await client.GetAsync("/v1/films?limit=0");

        Assert.Equal("\"anonymous\";q=10;w=60", first.Headers.GetValues("RateLimit-Policy").Single());
        Assert.Equal("\"anonymous\";r=8;t=12", first.Headers.GetValues("RateLimit").Single());
        Assert.Equal(("10", "8", "12"), (Header(first, "RateLimit-Limit"), Header(first, "RateLimit-Remaining"), Header(first, "RateLimit-Reset")));
        Assert.Equal("\"anonymous\";r=6;t=24", bad.Headers.GetValues("RateLimit").Single());
    }

    private static string Header(HttpResponseMessage response, string name) => response.Headers.GetValues(name).Single();
}
