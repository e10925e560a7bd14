using System.Reflection;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Seeding;

/// <summary>The registry of fact kinds names every kind once, and what it says about tables and keys is the schema's truth.</summary>
public class FactKindRegistryTests
{
    [Fact]
    public void Every_fact_kind_name_is_registered_once()
    {
        var names = typeof(FactKinds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(names.Order(), FactKindRegistry.All.Select(k => k.Name).Order());
        Assert.Equal(FactKindRegistry.All.Count, FactKindRegistry.All.Select(k => k.Name).Distinct().Count());
    }

    [Fact]
    public void A_row_is_removed_before_the_row_it_belongs_to()
    {
        var order = FactKindRegistry.Rows.Select(k => k.Name).ToList();
        Assert.True(order.IndexOf(FactKinds.Excerpt) < order.IndexOf(FactKinds.Review));
    }

    [Fact]
    public async Task Tables_columns_and_natural_keys_exist_in_the_migrated_schema()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var columns = (await db.Database.SqlQuery<string>($"""
                SELECT table_name || '.' || column_name AS "Value" FROM information_schema.columns WHERE table_schema = 'public'
                """).ToListAsync()).ToHashSet();
        foreach (var kind in FactKindRegistry.All)
        {
            Assert.Contains($"{kind.Table}.id", columns);
            foreach (var key in kind.NaturalKey) Assert.Contains($"{kind.Table}.{key}", columns);
            if (kind.Column is not null) Assert.Contains($"{kind.Table}.{kind.Column}", columns);
            Assert.Equal(kind.CitedBy == CitedBy.FilmRow, kind.Column is not null);
        }
    }

    [Fact]
    public void Asking_for_an_unknown_kind_says_so()
    {
        Assert.Equal("runtimes", FactKindRegistry.Get(FactKinds.Runtime).Table);
        Assert.Throws<ArgumentException>(() => FactKindRegistry.Get("film.budget"));
    }
}
