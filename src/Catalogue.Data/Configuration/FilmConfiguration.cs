using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Data.Configuration;

internal sealed class FilmConfiguration : IEntityTypeConfiguration<Film>
{
    public void Configure(EntityTypeBuilder<Film> film)
    {
        film.Property(f => f.Slug).HasMaxLength(200);
        film.HasIndex(f => f.Slug).IsUnique();
        film.Property(f => f.Title).HasMaxLength(300);
        film.HasSearchKey("title");
        film.HasIndex(f => new { f.Title, f.Id });
        film.HasIndex(f => new { f.Year, f.Id });
        // The runtime sort's index, with each film's runtime bounds as trailing keys: a runtime filter is then an
        // index condition checked on the index entries as the sort walks them (migration FilmRuntimeBounds).
        film.HasIndex(f => new { f.PrimaryRuntimeMinutes, f.Id, f.ShortestRuntimeMinutes, f.LongestRuntimeMinutes })
            .HasDatabaseName("ix_films_primary_runtime_minutes_id_bounds");
        film.Property(f => f.ShortestRuntimeMinutes).ValueGeneratedOnAddOrUpdate();
        film.Property(f => f.LongestRuntimeMinutes).ValueGeneratedOnAddOrUpdate();
        film.HasIndex(f => new { f.AverageRating, f.Id });
        film.Property(f => f.AverageRating).HasPrecision(5, 2);
        // Written only by PostgreSQL's triggers (migration FilmClassificationKeys), read back after every save.
        film.Property(f => f.GenreKeys).HasDefaultValueSql("'{}'::text[]").ValueGeneratedOnAddOrUpdate()
            .Metadata.SetValueComparer(KeyArrays.Comparer);
        film.Property(f => f.CountryKeys).HasDefaultValueSql("'{}'::text[]").ValueGeneratedOnAddOrUpdate()
            .Metadata.SetValueComparer(KeyArrays.Comparer);
        film.HasIndex(f => f.GenreKeys).HasMethod("gin");
        film.HasIndex(f => f.CountryKeys).HasMethod("gin");
    }
}

/// <summary>
/// Compares the trigger-maintained key arrays element by element through plain methods. The provider's default
/// comparer for text[] built a delegate on every comparison (measured: 9% of the seeding job's CPU time).
/// </summary>
internal static class KeyArrays
{
    public static readonly ValueComparer<string[]> Comparer = new(
        (a, b) => Same(a, b), a => Hash(a), a => Copy(a));

    public static bool Same(string[]? a, string[]? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.AsSpan().SequenceEqual(b));

    public static int Hash(string[] a)
    {
        var hash = new HashCode();
        foreach (var key in a) hash.Add(key);
        return hash.ToHashCode();
    }

    public static string[] Copy(string[] a) => [.. a];
}

internal sealed class FilmTitleConfiguration : IEntityTypeConfiguration<FilmTitle>
{
    public void Configure(EntityTypeBuilder<FilmTitle> title)
    {
        title.Property(t => t.Title).HasMaxLength(300);
        title.Property(t => t.Kind).HasMaxLength(20);
        title.HasSearchKey("title");
        title.HasIndex(t => new { t.FilmId, t.Title }).IsUnique();
        title.HasOne(t => t.Film).WithMany(f => f.Titles).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RuntimeConfiguration : IEntityTypeConfiguration<Runtime>
{
    public void Configure(EntityTypeBuilder<Runtime> runtime)
    {
        runtime.Property(r => r.Version).HasMaxLength(20);
        runtime.Property(r => r.Platform).HasMaxLength(100);
        runtime.HasIndex(r => new { r.FilmId, r.Version, r.Platform, r.Minutes }).IsUnique().AreNullsDistinct(false);
        runtime.HasIndex(r => new { r.Minutes, r.FilmId });
        runtime.ToTable(t => t.HasCheckConstraint("ck_runtimes_minutes", "minutes BETWEEN 1 AND 1000"));
    }
}

internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> rating)
    {
        rating.Property(r => r.Source).HasMaxLength(100);
        rating.Property(r => r.RawValue).HasMaxLength(50);
        rating.Property(r => r.Value).HasPrecision(7, 2);
        rating.Property(r => r.Scale).HasPrecision(7, 2);
        rating.Property(r => r.Normalized).HasPrecision(5, 2);
        rating.HasIndex(r => new { r.FilmId, r.Source, r.RawValue }).IsUnique();
        rating.ToTable(t =>
        {
            t.HasCheckConstraint("ck_ratings_within_scale", "scale > 0 AND value >= 0 AND value <= scale");
            t.HasCheckConstraint("ck_ratings_normalized", "normalized BETWEEN 0 AND 100");
        });
    }
}

internal sealed class AwardConfiguration : IEntityTypeConfiguration<Award>
{
    public void Configure(EntityTypeBuilder<Award> award)
    {
        award.Property(a => a.Event).HasMaxLength(200);
        award.Property(a => a.Category).HasMaxLength(300);
        award.Property(a => a.Outcome).HasMaxLength(20);
        award.HasIndex(a => new { a.FilmId, a.Event, a.Category, a.Outcome }).IsUnique();
    }
}
