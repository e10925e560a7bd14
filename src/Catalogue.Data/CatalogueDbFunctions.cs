using Microsoft.EntityFrameworkCore;

namespace Catalogue.Data;

/// <summary>PostgreSQL functions usable in LINQ queries (pg_trgm, fuzzystrmatch and the search-key normaliser).</summary>
public static class CatalogueDbFunctions
{
    /// <summary>
    /// <c>f_unaccent(text)</c>. <c>Unaccent(x).ToLower()</c> folds text the way the generated search_key columns do.
    /// </summary>
    public static string Unaccent(string text) => throw Unsupported();

    /// <summary>pg_trgm <c>similarity(a, b)</c>, 0 to 1.</summary>
    public static double Similarity(string a, string b) => throw Unsupported();

    /// <summary>pg_trgm <c>word_similarity(a, b)</c>: how well <paramref name="a"/> matches some part of <paramref name="b"/>.</summary>
    public static double WordSimilarity(string a, string b) => throw Unsupported();

    /// <summary>fuzzystrmatch <c>levenshtein(a, b)</c>.</summary>
    public static int Levenshtein(string a, string b) => throw Unsupported();

    internal static void Register(ModelBuilder modelBuilder)
    {
        var type = typeof(CatalogueDbFunctions);
        modelBuilder.HasDbFunction(type.GetMethod(nameof(Unaccent))!).HasName("f_unaccent").IsBuiltIn();
        modelBuilder.HasDbFunction(type.GetMethod(nameof(Similarity))!).HasName("similarity").IsBuiltIn();
        modelBuilder.HasDbFunction(type.GetMethod(nameof(WordSimilarity))!).HasName("word_similarity").IsBuiltIn();
        modelBuilder.HasDbFunction(type.GetMethod(nameof(Levenshtein))!).HasName("levenshtein").IsBuiltIn();
    }

    private static InvalidOperationException Unsupported() => new("Only for use in LINQ-to-SQL queries.");
}
