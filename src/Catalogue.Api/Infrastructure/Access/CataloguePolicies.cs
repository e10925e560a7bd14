namespace Catalogue.Api.Infrastructure.Access;

/// <summary>
/// Authorization policies an endpoint opts into with <c>.RequireAuthorization(CataloguePolicies.Export)</c>. Each one
/// requires an API key (header X-Api-Key) whose scopes include the policy's name; without a key the answer is 401,
/// with a key that lacks the scope it is 403.
/// </summary>
public static class CataloguePolicies
{
    /// <summary>Bulk reads for partners: the key needs the <c>export</c> scope.</summary>
    public const string Export = "export";

    /// <summary>Corrections to the catalogue: the key needs the <c>curate</c> scope.</summary>
    public const string Curate = "curate";

    public static readonly IReadOnlyList<string> All = [Export, Curate];
}
