using System.Text.Json;
using Catalogue.Api.Infrastructure.Access;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Catalogue.Tests.Access;

public class AccessOpenApiTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task The_document_declares_the_api_key_scheme_and_every_operation_its_rate_limit()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.Equal("apiKey", scheme.GetProperty("type").GetString());
        Assert.Equal("header", scheme.GetProperty("in").GetString());
        Assert.Equal("X-Api-Key", scheme.GetProperty("name").GetString());

        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/v1/")))
        foreach (var operation in path.Value.EnumerateObject().Select(o => o.Value))
        {
            var id = operation.GetProperty("operationId").GetString();
            var responses = operation.GetProperty("responses");
            var tooMany = responses.GetProperty("429");
            Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{id}: 429 without Retry-After");
            Assert.True(tooMany.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{id}: 429 without a problem body");
            foreach (var status in new[] { "200", "201", "304" }.Where(s => responses.TryGetProperty(s, out _)))
                foreach (var header in new[] { "RateLimit-Policy", "RateLimit" })
                    Assert.True(responses.GetProperty(status).GetProperty("headers").TryGetProperty(header, out _), $"{id}: {status} without {header}");
            Assert.True(responses.TryGetProperty("401", out _), $"{id}: no 401 for a missing or wrong key");
            var security = operation.GetProperty("security").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", "");
            if (security == "[{\"ApiKey\":[]}]")
            {
                // Partner and curator operations: a key is required, and one without the scope is forbidden.
                Assert.True(responses.TryGetProperty("403", out _), $"{id}: a scoped operation without a 403");
                continue;
            }
            // Public reads: anonymous or with a key; an unknown key is a 401, nothing is forbidden.
            Assert.Equal("[{},{\"ApiKey\":[]}]", security);
            Assert.Equal("get", path.Value.EnumerateObject().First(o => o.Value.GetProperty("operationId").GetString() == id).Name);
            Assert.True(responses.TryGetProperty("304", out _), $"{id}: a public read without 304");
            Assert.False(responses.TryGetProperty("403", out _), $"{id}: a public read cannot be forbidden");
        }
    }

    [Fact]
    public void An_operation_that_requires_a_scope_needs_the_key_and_documents_401_and_403()
    {
        var services = api.Factory.Services;
        var document = new OpenApiDocument { Components = new OpenApiComponents() };
        var description = new ApiDescription
        {
            HttpMethod = "GET",
            RelativePath = "v1/export/films",
            ActionDescriptor = new ActionDescriptor { EndpointMetadata = [new AuthorizeAttribute(CataloguePolicies.Export)] },
        };
        var context = new OperationFilterContext(description, services.GetRequiredService<ISchemaGenerator>(), new SchemaRepository(), document,
            typeof(AccessOpenApiTests).GetMethod(nameof(An_operation_that_requires_a_scope_needs_the_key_and_documents_401_and_403))!);
        var operation = new OpenApiOperation { Description = "Every film.", Responses = new OpenApiResponses() };

        new AccessOperationFilter().Apply(operation, context);

        var requirement = Assert.Single(operation.Security!);
        Assert.Equal(ApiKeyAuthentication.Scheme, Assert.Single(requirement.Keys).Reference.Id);
        Assert.Contains("`export` scope", operation.Description);
        Assert.True(operation.Responses.ContainsKey("401"));
        var forbidden = ((OpenApiResponse)operation.Responses["403"]).Content!["application/problem+json"].Example!;
        Assert.Contains("lacks the 'export' scope", forbidden["detail"]!.GetValue<string>());
    }
}
