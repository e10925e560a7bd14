using NpgsqlTypes;

namespace Catalogue.Data.Entities;

public class Review
{
    public long Id { get; set; }
    public long FilmId { get; set; }
    public Film Film { get; set; } = null!;
    /// <summary>The document the review is; null for reviews entered by curators.</summary>
    public long? DocumentId { get; set; }
    public SourceDocument? Document { get; set; }
    /// <summary>user, critic or article.</summary>
    public required string Kind { get; set; }
    public string? Author { get; set; }
    public string? Publication { get; set; }
    public List<ReviewExcerpt> Excerpts { get; set; } = [];
}

public class ReviewExcerpt
{
    public long Id { get; set; }
    public long ReviewId { get; set; }
    public Review Review { get; set; } = null!;
    public int Position { get; set; }
    public required string Text { get; set; }
    /// <summary>One of <see cref="Sentiments.All"/>, or null when unknown.</summary>
    public string? Sentiment { get; set; }
    /// <summary>Where the label came from: "document" (labelled in the source) or the name of a method.</summary>
    public string? SentimentSource { get; set; }
    public NpgsqlTsVector SearchVector { get; private set; } = null!;
}

public static class Sentiments
{
    public const string VeryNegative = "very-negative";
    public const string Negative = "negative";
    public const string Neutral = "neutral";
    public const string Positive = "positive";
    public const string VeryPositive = "very-positive";

    public static readonly IReadOnlyList<string> All = [VeryNegative, Negative, Neutral, Positive, VeryPositive];
}
