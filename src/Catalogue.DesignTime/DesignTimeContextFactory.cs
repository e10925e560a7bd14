using Catalogue.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Catalogue.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the model; a connection is needed only for <c>database update</c>.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Catalogue")
            ?? "Host=localhost;Database=catalogue;Username=postgres";
        var options = new DbContextOptionsBuilder<CatalogueDbContext>()
            .UseCatalogueDatabase(connectionString)
            .Options;
        return new CatalogueDbContext(options);
    }
}
