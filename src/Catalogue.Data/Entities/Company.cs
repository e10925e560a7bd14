namespace Catalogue.Data.Entities;

/// <summary>An organisation with a part in a film: distributor, commissioner, platform or subject.</summary>
public class Company
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public List<CompanyAlias> Aliases { get; set; } = [];
}

public class CompanyAlias
{
    public long Id { get; set; }
    public long CompanyId { get; set; }
    public Company Company { get; set; } = null!;
    public required string Alias { get; set; }
}

public class FilmCompany
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public long CompanyId { get; set; }
    public Company Company { get; set; } = null!;
    /// <summary>One of <see cref="CompanyRoles.All"/>.</summary>
    public required string Role { get; set; }
}

public static class CompanyRoles
{
    public const string Distributor = "distributor";
    public const string SalesAgent = "sales-agent";
    public const string Producer = "production-company";
    public const string Commissioner = "commissioner";
    public const string StreamingPlatform = "streaming-platform";
    public const string Broadcaster = "broadcaster";
    public const string Subject = "subject";

    public static readonly IReadOnlyList<string> All =
        [Distributor, SalesAgent, Producer, Commissioner, StreamingPlatform, Broadcaster, Subject];
}
