using Catalogue.Seeding.Extraction;

namespace Catalogue.Seeding.Commands;

/// <summary>Shows what the extractor reads from documents, fact by fact with rule, confidence and quote; touches no database.</summary>
public static class ReadCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> paths, bool showLayout, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            Console.Error.WriteLine("error: name at least one document: read FILE [FILE...]");
            return 2;
        }
        var extractor = new DocumentExtractor();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: '{path}' does not exist");
                return 2;
            }
            var text = await File.ReadAllTextAsync(path, cancellationToken);
            var document = extractor.Extract(text);
            if (showLayout)
            {
                var layout = Extraction.Layout.LayoutReader.Read(text);
                for (var i = 0; i < layout.Blocks.Count; i++)
                {
                    var block = layout.Blocks[i];
                    var shown = block.Span.Of(text).ReplaceLineEndings(" ⏎ ");
                    Console.WriteLine($"  {(layout.IsAside(i) ? "aside " : "")}{block.Kind,-16} {block.Label?.Rule,-28} {(shown.Length > 90 ? shown[..90] + "…" : shown)}");
                }
            }
            Console.WriteLine($"{path}: {document.Shape}{(document.Rejection is null ? "" : $", rejected: {document.Rejection}")}");
            foreach (var line in FactStrings.Of(document, text))
            {
                var quote = line.Quote.ReplaceLineEndings(" ");
                Console.WriteLine($"  {line.Film} » {line.Fact}{(line.Detail is null ? "" : $" ({line.Detail})")}   [{line.Rule} {line.Confidence:0.00}{(line.Confidence < ExtractionRules.Threshold ? " below threshold" : "")}] \"{(quote.Length > 60 ? quote[..60] + "…" : quote)}\"");
            }
        }
        return 0;
    }
}
