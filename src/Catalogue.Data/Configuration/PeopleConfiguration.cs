using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Data.Configuration;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.Property(p => p.Slug).HasMaxLength(200);
        person.HasIndex(p => p.Slug).IsUnique();
        person.Property(p => p.Name).HasMaxLength(200);
        person.HasSearchKey("name");
        person.HasIndex(p => new { p.Name, p.Id });
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> alias)
    {
        alias.Property(a => a.Alias).HasMaxLength(200);
        alias.HasSearchKey("alias");
        alias.HasIndex(a => new { a.PersonId, a.Alias }).IsUnique();
        alias.HasOne(a => a.Person).WithMany(p => p.Aliases).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CreditConfiguration : IEntityTypeConfiguration<Credit>
{
    public void Configure(EntityTypeBuilder<Credit> credit)
    {
        credit.Property(c => c.Role).HasMaxLength(40);
        credit.Property(c => c.Description).HasMaxLength(500);
        credit.HasIndex(c => new { c.FilmId, c.PersonId, c.Role }).IsUnique();
        credit.HasIndex(c => new { c.PersonId, c.Role });
        credit.HasOne(c => c.Person).WithMany(p => p.Credits).OnDelete(DeleteBehavior.Cascade);
    }
}
