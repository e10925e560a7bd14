using System.Net;
using System.Text.Json;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Data;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Access;

public class ApiKeyAuthenticationTests(ApiFixture api) : IClassFixture<ApiFixture>, IDisposable
{
    private readonly WebApplicationFactory<Program> factory = api.Factory.WithAccessTestEndpoints();

    public void Dispose() => factory.Dispose();

    private static string UniqueName(string name) => $"{name}-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task A_key_with_the_scope_is_let_in_under_its_name_with_its_scopes_as_claims()
    {
        var name = UniqueName("acme");
        var key = await ApiKeys.CreateAsync(api.ConnectionString, name, ApiKeyHashing.ExportScope, ApiKeyHashing.CurateScope);
        var client = factory.CreateClient().WithApiKey(key);

        foreach (var policy in CataloguePolicies.All)
        {
            var caller = await client.GetOkAsync<JsonElement>($"/test/{policy}");
            Assert.Equal(name, caller.GetProperty("name").GetString());
            Assert.Equal(["curate", "export"], caller.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).Order());
            Assert.Equal(ApiKeyAuthentication.Scheme, caller.GetProperty("authenticationType").GetString());
        }
    }

    [Theory]
    [InlineData("/test/export")]
    [InlineData("/test/curate")]
    public async Task Without_a_key_a_protected_endpoint_answers_401_with_a_problem_that_says_to_send_one(string url)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal("ApiKey", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.True(response.Headers.CacheControl?.NoStore);

        var problem = await client.GetProblemAsync(url, HttpStatusCode.Unauthorized);
        Assert.Contains("send a key in X-Api-Key", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_key_without_the_scope_is_forbidden_with_a_problem_naming_the_missing_scope()
    {
        var key = await ApiKeys.CreateAsync(api.ConnectionString, UniqueName("reader"), ApiKeyHashing.ExportScope);
        var client = factory.CreateClient().WithApiKey(key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/test/export")).StatusCode);
        var response = await client.GetAsync("/test/curate");
        Assert.Empty(response.Headers.WwwAuthenticate);
        var problem = await client.GetProblemAsync("/test/curate", HttpStatusCode.Forbidden);
        Assert.Contains("this key lacks the 'curate' scope", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Public_reads_need_no_key_and_accept_a_valid_one()
    {
        var key = await ApiKeys.CreateAsync(api.ConnectionString, UniqueName("partner"), ApiKeyHashing.ExportScope);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/v1/genres")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().WithApiKey(key).GetAsync("/v1/genres")).StatusCode);
    }

    [Theory]
    [InlineData("/v1/genres")]
    [InlineData("/v1/films/no-such-film")]
    [InlineData("/test/export")]
    public async Task An_unknown_key_is_answered_401_everywhere_even_on_public_reads(string url)
    {
        var client = factory.CreateClient().WithApiKey(ApiKeyHashing.NewKey());
        var response = await client.GetAsync(url);
        Assert.Equal("ApiKey", Assert.Single(response.Headers.WwwAuthenticate).ToString());

        var problem = await client.GetProblemAsync(url, HttpStatusCode.Unauthorized);
        var detail = problem.GetProperty("detail").GetString();
        Assert.Contains("unknown or revoked", detail);
        Assert.Contains("send a valid key in X-Api-Key", detail);
    }

    [Theory]
    [InlineData("not a key at all")]
    [InlineData("cat_")]
    public async Task Anything_in_X_Api_Key_that_is_not_a_key_is_answered_401(string value)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(ApiKeys.Header, value);
        await client.GetProblemAsync("/v1/genres", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Two_keys_in_one_request_are_answered_401()
    {
        var key = await ApiKeys.CreateAsync(api.ConnectionString, UniqueName("twice"), ApiKeyHashing.ExportScope);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeys.Header, [key, key]);
        await client.GetProblemAsync("/test/export", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_on_the_very_next_request()
    {
        var name = UniqueName("revoked");
        var key = await ApiKeys.CreateAsync(api.ConnectionString, name, ApiKeyHashing.ExportScope);
        var client = factory.CreateClient().WithApiKey(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/test/export")).StatusCode);

        await using (var db = api.CreateContext())
            await db.ApiKeys.Where(k => k.Name == name).ExecuteUpdateAsync(k => k.SetProperty(x => x.RevokedAt, DateTimeOffset.UtcNow));

        await client.GetProblemAsync("/test/export", HttpStatusCode.Unauthorized);
        await client.GetProblemAsync("/v1/genres", HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_made_and_revoked_with_the_keys_command_works_until_revoked_and_only_its_hash_is_stored()
    {
        var name = UniqueName("cli");
        var created = await SeedingProcess.RunAsync(api.ConnectionString, "keys", "create", "--name", name, "--scopes", "export");
        Assert.True(created.ExitCode == 0, created.Error);
        var key = created.Output.Trim();

        await using (var db = api.CreateContext())
        {
            var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => k.Name == name);
            Assert.Equal(ApiKeyHashing.Hash(key), stored.KeyHash);
            Assert.NotEqual(key, stored.Prefix);
            Assert.DoesNotContain(key, new[] { stored.KeyHash, stored.Prefix, stored.Name }.Concat(stored.Scopes));
        }

        var client = factory.CreateClient().WithApiKey(key);
        var caller = await client.GetOkAsync<JsonElement>("/test/export");
        Assert.Equal(name, caller.GetProperty("name").GetString());
        await client.GetProblemAsync("/test/curate", HttpStatusCode.Forbidden);

        var revoked = await SeedingProcess.RunAsync(api.ConnectionString, "keys", "revoke", "--name", name);
        Assert.True(revoked.ExitCode == 0, revoked.Error);
        await client.GetProblemAsync("/test/export", HttpStatusCode.Unauthorized);
    }
}
