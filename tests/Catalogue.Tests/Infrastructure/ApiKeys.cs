using Catalogue.Data;
using Catalogue.Data.Entities;

namespace Catalogue.Tests.Infrastructure;

/// <summary>API keys for tests: stored the way <c>keys create</c> stores them (hash only), sent the way a client sends them.</summary>
public static class ApiKeys
{
    public const string Header = "X-Api-Key";

    /// <summary>Inserts a key named <paramref name="name"/> with <paramref name="scopes"/> and returns the plain key.</summary>
    public static async Task<string> CreateAsync(string connectionString, string name, params string[] scopes)
    {
        var key = ApiKeyHashing.NewKey();
        await using var db = TestServer.CreateContext(connectionString);
        db.ApiKeys.Add(new ApiKey
        {
            Name = name,
            Prefix = ApiKeyHashing.DisplayPrefix(key),
            KeyHash = ApiKeyHashing.Hash(key),
            Scopes = scopes,
            CreatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Sends <paramref name="key"/> in X-Api-Key on every request of this client.</summary>
    public static HttpClient WithApiKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Remove(Header);
        client.DefaultRequestHeaders.Add(Header, key);
        return client;
    }
}
