namespace Catalogue.Seeding.Extraction.Films;

/// <summary>A film a document is about and the blocks that speak of it (all content blocks for a single-film document).</summary>
/// <param name="From">First block index of the section.</param>
/// <param name="To">One past its last block.</param>
internal sealed record FilmSection(Sourced<string> Title, Sourced<int>? Year, int From, int To);
