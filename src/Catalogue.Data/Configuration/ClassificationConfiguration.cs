using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Data.Configuration;

internal sealed class GenreConfiguration : IEntityTypeConfiguration<Genre>
{
    public void Configure(EntityTypeBuilder<Genre> genre)
    {
        genre.Property(g => g.Slug).HasMaxLength(100);
        genre.Property(g => g.Name).HasMaxLength(100);
        genre.HasIndex(g => g.Slug).IsUnique();
    }
}

internal sealed class FilmGenreConfiguration : IEntityTypeConfiguration<FilmGenre>
{
    public void Configure(EntityTypeBuilder<FilmGenre> filmGenre)
    {
        filmGenre.HasIndex(g => new { g.FilmId, g.GenreId }).IsUnique();
        filmGenre.HasIndex(g => new { g.GenreId, g.FilmId });
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> country)
    {
        country.HasKey(c => c.Code);
        country.Property(c => c.Code).HasMaxLength(2).IsFixedLength();
        country.Property(c => c.Name).HasMaxLength(100);
        country.HasIndex(c => c.Name).IsUnique();
        country.HasData(Iso3166.Countries.Select(c => new Country { Code = c.Code, Name = c.Name }));
    }
}

internal sealed class FilmCountryConfiguration : IEntityTypeConfiguration<FilmCountry>
{
    public void Configure(EntityTypeBuilder<FilmCountry> filmCountry)
    {
        filmCountry.Property(c => c.CountryCode).HasMaxLength(2).IsFixedLength();
        filmCountry.HasIndex(c => new { c.FilmId, c.CountryCode }).IsUnique();
        filmCountry.HasIndex(c => new { c.CountryCode, c.FilmId });
    }
}

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> company)
    {
        company.Property(c => c.Slug).HasMaxLength(200);
        company.Property(c => c.Name).HasMaxLength(200);
        company.HasIndex(c => c.Slug).IsUnique();
    }
}

internal sealed class CompanyAliasConfiguration : IEntityTypeConfiguration<CompanyAlias>
{
    public void Configure(EntityTypeBuilder<CompanyAlias> alias)
    {
        alias.Property(a => a.Alias).HasMaxLength(200);
        alias.HasIndex(a => new { a.CompanyId, a.Alias }).IsUnique();
        alias.HasOne(a => a.Company).WithMany(c => c.Aliases).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FilmCompanyConfiguration : IEntityTypeConfiguration<FilmCompany>
{
    public void Configure(EntityTypeBuilder<FilmCompany> filmCompany)
    {
        filmCompany.Property(c => c.Role).HasMaxLength(40);
        filmCompany.HasIndex(c => new { c.FilmId, c.CompanyId, c.Role }).IsUnique();
        filmCompany.HasIndex(c => new { c.CompanyId, c.Role });
    }
}

internal sealed class FilmLanguageConfiguration : IEntityTypeConfiguration<FilmLanguage>
{
    public void Configure(EntityTypeBuilder<FilmLanguage> filmLanguage)
    {
        filmLanguage.Property(l => l.LanguageCode).HasMaxLength(3);
        filmLanguage.HasIndex(l => new { l.FilmId, l.LanguageCode }).IsUnique();
        filmLanguage.HasIndex(l => new { l.LanguageCode, l.FilmId });
    }
}

internal sealed class FilmExternalIdConfiguration : IEntityTypeConfiguration<FilmExternalId>
{
    public void Configure(EntityTypeBuilder<FilmExternalId> externalId)
    {
        externalId.Property(e => e.Source).HasMaxLength(20);
        externalId.Property(e => e.Value).HasMaxLength(40);
        // One catalogue id names one film; a film has at most one id per catalogue.
        externalId.HasIndex(e => new { e.Source, e.Value }).IsUnique();
        externalId.HasIndex(e => new { e.FilmId, e.Source }).IsUnique();
    }
}
