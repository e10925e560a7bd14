namespace Catalogue.Data.Entities;

/// <summary>Another title the film is known by (working title, broadcast title, spelling variant).</summary>
public class FilmTitle
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    public required string Title { get; set; }
    public string SearchKey { get; private set; } = "";
    /// <summary>alternate, broadcast, working, variant.</summary>
    public required string Kind { get; set; }
}
