using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Data.Configuration;

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> document)
    {
        document.Property(d => d.FileName).HasMaxLength(260);
        document.HasIndex(d => d.FileName).IsUnique();
        document.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        document.HasIndex(d => d.Sha256);
        document.Property(d => d.Shape).HasMaxLength(40);
        document.Property(d => d.Extraction).HasColumnType("jsonb");
        document.Property(d => d.ExtractorVersion).HasMaxLength(40);
    }
}

internal sealed class FactSourceConfiguration : IEntityTypeConfiguration<FactSource>
{
    public void Configure(EntityTypeBuilder<FactSource> source)
    {
        source.Property(s => s.FactKind).HasMaxLength(40);
        source.Property(s => s.Rule).HasMaxLength(100);
        source.Property(s => s.CuratedBy).HasMaxLength(200);
        source.HasIndex(s => new { s.FactKind, s.FactId });
        source.HasIndex(s => s.DocumentId);
        source.HasOne(s => s.Document).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChangeEventConfiguration : IEntityTypeConfiguration<ChangeEvent>
{
    public void Configure(EntityTypeBuilder<ChangeEvent> change)
    {
        change.HasKey(c => c.Sequence);
        change.Property(c => c.Sequence).UseIdentityAlwaysColumn();
        change.Property(c => c.EntityType).HasMaxLength(20);
        change.Property(c => c.EntitySlug).HasMaxLength(200);
        change.Property(c => c.Operation).HasMaxLength(20);
        change.HasIndex(c => new { c.EntityType, c.EntityId });
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.Property(k => k.Name).HasMaxLength(100);
        key.HasIndex(k => k.Name).IsUnique();
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.KeyHash).HasMaxLength(64).IsFixedLength();
        key.HasIndex(k => k.KeyHash).IsUnique();
    }
}

internal sealed class SuppressedFactConfiguration : IEntityTypeConfiguration<SuppressedFact>
{
    public void Configure(EntityTypeBuilder<SuppressedFact> suppressed)
    {
        suppressed.Property(s => s.FactKind).HasMaxLength(40);
        suppressed.Property(s => s.FactKey).HasMaxLength(800);
        suppressed.Property(s => s.CuratedBy).HasMaxLength(200);
        suppressed.HasIndex(s => new { s.FilmId, s.FactKind, s.FactKey }).IsUnique().AreNullsDistinct(false);
        suppressed.HasOne<Film>().WithMany().HasForeignKey(s => s.FilmId).OnDelete(DeleteBehavior.Cascade);
    }
}
