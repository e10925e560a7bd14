// CPU cost of compressing API responses the way the API does (br quality 4, gzip level 6), per response body.
// Usage: dotnet run bench/compression-cost.cs -- FILE... (bodies saved from the API; see compression-benchmark.sh)
using System.Diagnostics;
using System.IO.Compression;

foreach (var path in args)
{
    var body = File.ReadAllBytes(path);
    Console.WriteLine($"{Path.GetFileName(path)}: {body.Length:N0} bytes");
    foreach (var (name, compress) in Codings())
    {
        var iterations = Math.Max(50, 20_000_000 / Math.Max(body.Length, 1));
        var size = compress(body).Length; // warm-up, and the size
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < iterations; i++) compress(body);
        var perRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / iterations;
        Console.WriteLine($"  {name,-14} {size,9:N0} bytes ({100.0 * size / body.Length,5:F1}%)  {perRequest,8:F1} us CPU per response");
    }
}

static IEnumerable<(string, Func<byte[], byte[]>)> Codings()
{
    yield return ("br (q4)", body => Compress(body, output => new BrotliStream(output, CompressionLevel.Optimal, leaveOpen: true)));
    yield return ("br (q1)", body => Compress(body, output => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true)));
    yield return ("gzip (6)", body => Compress(body, output => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)));
    yield return ("gzip (1)", body => Compress(body, output => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)));
}

static byte[] Compress(byte[] body, Func<Stream, Stream> coder)
{
    using var output = new MemoryStream();
    using (var stream = coder(output)) stream.Write(body);
    return output.ToArray();
}
