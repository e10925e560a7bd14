namespace Catalogue.Data.Entities;

public class Award
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    /// <summary>The festival or ceremony, e.g. "Sundance Film Festival".</summary>
    public required string Event { get; set; }
    public required string Category { get; set; }
    /// <summary>One of <see cref="AwardOutcomes.All"/>.</summary>
    public required string Outcome { get; set; }
    public int? Year { get; set; }
}

public static class AwardOutcomes
{
    public const string Won = "won";
    public const string Nominated = "nominated";
    public const string Shortlisted = "shortlisted";
    public const string Qualified = "qualified";
    /// <summary>In a festival's official selection or competition, or premiered there.</summary>
    public const string Selected = "selected";

    public static readonly IReadOnlyList<string> All = [Won, Nominated, Shortlisted, Qualified, Selected];
}
