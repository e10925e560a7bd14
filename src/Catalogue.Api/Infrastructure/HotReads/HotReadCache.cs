using System.Collections.Concurrent;
using Catalogue.Api.Infrastructure.Http;

namespace Catalogue.Api.Infrastructure.HotReads;

/// <summary>How many rendered responses the hot-read cache may hold, by count and by body bytes.</summary>
public sealed record HotReadBounds(int MaxEntries, long MaxBytes)
{
    public const string Section = "HotReads";
    public static readonly HotReadBounds Default = new(10_000, 64L * 1024 * 1024);
}

/// <summary>
/// Rendered responses (body and ETag) of hot reads, in process and bounded. Every commit that writes the change feed
/// empties it: the feed's writers notify (<see cref="ChangeNotificationListener"/>) and this process's own writers
/// call <see cref="Invalidate"/> once they have committed. Emptying it whole, not per film, is deliberate: a film's
/// body shows people's, companies' and genres' names, a person's shows films', and a first page shows many films, so
/// anything narrower would have to know every such dependency to stay exact, and writes are rare next to reads.
/// A response read while an invalidation happened is not kept (the epoch check), so an old body cannot be stored
/// after the change that replaced it. While no notification connection is open, nothing is served or kept.
/// </summary>
public sealed class HotReadCache(HotReadBounds bounds)
{
    private readonly ConcurrentDictionary<string, RenderedJson> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> insertionOrder = new();
    private readonly Lock gate = new();
    private long epoch;
    private long bytes;
    private volatile bool listening;

    public HotReadBounds Bounds => bounds;
    public int Count => entries.Count;
    public long Bytes => Interlocked.Read(ref bytes);

    /// <summary>Whether the cache is in use: only while the change notifications are being received.</summary>
    public bool Listening => listening;

    public bool TryGet(string key, out RenderedJson json)
    {
        json = null!;
        return listening && entries.TryGetValue(key, out json!);
    }

    /// <summary>The cached response for <paramref name="key"/>, or the one <paramref name="render"/> gives, kept for the next read (null: not found, not kept).</summary>
    public async Task<RenderedJson?> GetOrRenderAsync(string key, Func<Task<RenderedJson?>> render)
    {
        if (TryGet(key, out var hit)) return hit;
        var readAt = Interlocked.Read(ref epoch);
        var rendered = await render();
        if (rendered is not null) Keep(key, rendered, readAt);
        return rendered;
    }

    /// <summary>Keeps a response read at <paramref name="readAt"/>, unless the cache was emptied since (it may be stale).</summary>
    public void Keep(string key, RenderedJson json, long readAt)
    {
        if (!listening || json.Body.Length > bounds.MaxBytes || bounds.MaxEntries <= 0) return;
        lock (gate)
        {
            if (readAt != epoch || !listening) return;
            if (entries.TryRemove(key, out var replaced)) bytes -= replaced.Body.Length;
            else insertionOrder.Enqueue(key);
            while (entries.Count >= bounds.MaxEntries || bytes + json.Body.Length > bounds.MaxBytes)
            {
                var oldest = insertionOrder.Dequeue();
                if (oldest != key && entries.TryRemove(oldest, out var evicted)) bytes -= evicted.Body.Length;
            }
            entries[key] = json;
            bytes += json.Body.Length;
        }
    }

    /// <summary>A write committed: nothing read before it may be served again.</summary>
    public void Invalidate()
    {
        lock (gate)
        {
            epoch++;
            entries.Clear();
            insertionOrder.Clear();
            bytes = 0;
        }
    }

    internal void StartServing()
    {
        Invalidate();
        listening = true;
    }

    internal void StopServing()
    {
        listening = false;
        Invalidate();
    }
}
