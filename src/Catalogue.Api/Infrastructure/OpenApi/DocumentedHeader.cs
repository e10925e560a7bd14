namespace Catalogue.Api.Infrastructure.OpenApi;

/// <summary>
/// Endpoint metadata: a header the endpoint's 200 carries that no convention explains, for the OpenAPI document.
/// The endpoint states it where it sets it, so the filters need not know any endpoint by name.
/// </summary>
public sealed record DocumentedHeader(string Name, string Description);
