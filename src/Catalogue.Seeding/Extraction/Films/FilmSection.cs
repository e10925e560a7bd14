using Catalogue.Seeding.Extraction.Layout;

namespace Catalogue.Seeding.Extraction.Films;

/// <summary>A film a document is about and the blocks that speak of it (all content blocks for a single-film document).</summary>
/// <param name="From">First block index of the section.</param>
/// <param name="To">One past its last block.</param>
internal sealed record FilmSection(Sourced<string> Title, Sourced<int>? Year, int From, int To)
{
    /// <summary>The block the section's entry is on: the one holding its title, which a heading line above may precede.</summary>
    public int EntryBlock(DocumentLayout layout) =>
        Enumerable.Range(From, Math.Max(0, To - From))
            .FirstOrDefault(b => layout.Blocks[b].Span.Start <= Title.Evidence.Start && Title.Evidence.Start < layout.Blocks[b].Span.End, From);
}
