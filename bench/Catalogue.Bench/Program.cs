using Catalogue.Bench;

// Usage: Catalogue.Bench generate --count N --out DIR [--seed S]
if (args.Length == 0 || args[0] != "generate")
{
    Console.Error.WriteLine("usage: Catalogue.Bench generate --count N --out DIR [--seed S]");
    return 2;
}
string Option(string name, string fallback) =>
    Array.IndexOf(args, $"--{name}") is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;

var count = int.Parse(Option("count", "10000"));
var directory = Option("out", "bench/out/documents");
SyntheticDocuments.WriteTo(directory, count, int.Parse(Option("seed", "42")));
Console.WriteLine($"wrote {count} documents to {directory}");
return 0;
