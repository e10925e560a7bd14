using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Data.Configuration;

/// <summary>
/// Generated, indexed search keys: lower-case and accent-free, so trigram search is accent- and case-blind.
/// <c>f_unaccent</c> is an IMMUTABLE wrapper over unaccent (which is only STABLE), created by the first migration.
/// </summary>
internal static class SearchColumns
{
    public static void HasSearchKey<T>(this EntityTypeBuilder<T> entity, string sourceColumn, string property = "SearchKey")
        where T : class
    {
        entity.Property<string>(property).HasComputedColumnSql($"lower(f_unaccent({sourceColumn}))", stored: true);
        entity.HasIndex(property).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
