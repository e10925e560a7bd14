using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Data.Configuration;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> review)
    {
        review.Property(r => r.Kind).HasMaxLength(20);
        review.Property(r => r.Author).HasMaxLength(200);
        review.Property(r => r.Publication).HasMaxLength(200);
        review.HasIndex(r => new { r.FilmId, r.DocumentId }).IsUnique().AreNullsDistinct(true);
        review.HasOne(r => r.Document).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ReviewExcerptConfiguration : IEntityTypeConfiguration<ReviewExcerpt>
{
    public void Configure(EntityTypeBuilder<ReviewExcerpt> excerpt)
    {
        excerpt.Property(e => e.Sentiment).HasMaxLength(20);
        excerpt.Property(e => e.SentimentSource).HasMaxLength(50);
        excerpt.HasIndex(e => new { e.ReviewId, e.Position }).IsUnique();
        excerpt.HasIndex(e => new { e.Sentiment, e.Id });
        excerpt.HasGeneratedTsVectorColumn(e => e.SearchVector, "english", e => new { e.Text })
            .HasIndex(e => e.SearchVector).HasMethod("gin");
        excerpt.HasOne(e => e.Review).WithMany(r => r.Excerpts).OnDelete(DeleteBehavior.Cascade);
    }
}
