using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;

namespace Catalogue.Seeding.Commands;

/// <summary>keys create --name NAME --scopes export,curate | keys list | keys revoke --name NAME</summary>
public static class KeysCommand
{
    public static async Task<int> RunAsync(SeedingSettings settings, string? action, string? name, string? scopes,
        CancellationToken cancellationToken)
    {
        return await settings.WithDatabaseAsync(async () =>
        {
            await using var db = settings.CreateContext();
            return action switch
            {
                "create" => await CreateAsync(db, name, scopes, cancellationToken),
                "list" => await ListAsync(db, cancellationToken),
                "revoke" => await RevokeAsync(db, name, cancellationToken),
                _ => Fail("usage: keys create --name NAME --scopes export,curate | keys list | keys revoke --name NAME"),
            };
        });
    }

    private static async Task<int> CreateAsync(CatalogueDbContext db, string? name, string? scopeList, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100) return Fail("keys create needs --name (1 to 100 characters)");
        var scopes = (scopeList ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray();
        var unknown = scopes.Except(ApiKeyHashing.Scopes).ToList();
        if (scopes.Length == 0 || unknown.Count > 0)
            return Fail($"--scopes takes a comma-separated list of {string.Join(", ", ApiKeyHashing.Scopes)}{(unknown.Count > 0 ? $"; unknown: {string.Join(", ", unknown)}" : "")}");
        if (await db.ApiKeys.AnyAsync(k => k.Name == name, cancellationToken)) return Fail($"a key named '{name}' exists already");

        var key = ApiKeyHashing.NewKey();
        db.ApiKeys.Add(new ApiKey
        {
            Name = name,
            Prefix = ApiKeyHashing.DisplayPrefix(key),
            KeyHash = ApiKeyHashing.Hash(key),
            Scopes = scopes,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        Console.Error.WriteLine($"created key '{name}' with scopes {string.Join(", ", scopes)}. It is shown once; store it now:");
        Console.WriteLine(key);
        return 0;
    }

    private static async Task<int> ListAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken);
        var table = new Table().AddColumns("name", "prefix", "scopes", "created", "revoked");
        foreach (var key in keys)
            table.AddRow(Markup.Escape(key.Name), key.Prefix, string.Join(",", key.Scopes), key.CreatedAt.ToString("u"), key.RevokedAt?.ToString("u") ?? "");
        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<int> RevokeAsync(CatalogueDbContext db, string? name, CancellationToken cancellationToken)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Name == name, cancellationToken);
        if (key is null) return Fail($"no key named '{name}'");
        key.RevokedAt ??= DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        Console.WriteLine($"revoked key '{name}'");
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return 2;
    }
}
