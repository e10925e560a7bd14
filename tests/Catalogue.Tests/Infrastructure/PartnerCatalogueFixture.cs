namespace Catalogue.Tests.Infrastructure;

/// <summary>The seeded catalogue with a partner's key (scope export) and a curator's key (scope curate).</summary>
public class PartnerCatalogueFixture : SeededCatalogueFixture
{
    public const string PartnerName = "acme-partner";
    public const string CuratorName = "jo-curator";

    public string PartnerKey { get; private set; } = "";
    public string CuratorKey { get; private set; } = "";

    public HttpClient CreatePartnerClient() => CreateClient().WithApiKey(PartnerKey);

    public HttpClient CreateCuratorClient() => CreateClient().WithApiKey(CuratorKey);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        PartnerKey = await ApiKeys.CreateAsync(ConnectionString, PartnerName, "export");
        CuratorKey = await ApiKeys.CreateAsync(ConnectionString, CuratorName, "curate");
    }
}
