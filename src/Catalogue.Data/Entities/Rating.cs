namespace Catalogue.Data.Entities;

public class Rating
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    /// <summary>Who gave it: imdb, user-review, critic...</summary>
    public required string Source { get; set; }
    /// <summary>As written in the source, e.g. "7.4/10".</summary>
    public required string RawValue { get; set; }
    public decimal Value { get; set; }
    /// <summary>The top of the source's own scale (10 for "7.4/10", 5 for stars).</summary>
    public decimal Scale { get; set; }
    /// <summary>Value on a 0-100 scale.</summary>
    public decimal Normalized { get; set; }
    public int? VoteCount { get; set; }
}
