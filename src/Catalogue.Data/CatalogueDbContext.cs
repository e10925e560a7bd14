using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Data;

public class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options) : DbContext(options)
{
    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();
    public DbSet<Film> Films => Set<Film>();
    public DbSet<FilmTitle> FilmTitles => Set<FilmTitle>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();
    public DbSet<Credit> Credits => Set<Credit>();
    public DbSet<Runtime> Runtimes => Set<Runtime>();
    public DbSet<Genre> Genres => Set<Genre>();
    public DbSet<FilmGenre> FilmGenres => Set<FilmGenre>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<FilmCountry> FilmCountries => Set<FilmCountry>();
    public DbSet<Rating> Ratings => Set<Rating>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Company> Companies => Set<Company>();
    public DbSet<CompanyAlias> CompanyAliases => Set<CompanyAlias>();
    public DbSet<FilmCompany> FilmCompanies => Set<FilmCompany>();
    public DbSet<FilmLanguage> FilmLanguages => Set<FilmLanguage>();
    public DbSet<FilmExternalId> FilmExternalIds => Set<FilmExternalId>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<ReviewExcerpt> ReviewExcerpts => Set<ReviewExcerpt>();
    public DbSet<FactSource> FactSources => Set<FactSource>();
    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<SuppressedFact> SuppressedFacts => Set<SuppressedFact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.HasPostgresExtension("fuzzystrmatch");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CatalogueDbContext).Assembly);
        CatalogueDbFunctions.Register(modelBuilder);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
