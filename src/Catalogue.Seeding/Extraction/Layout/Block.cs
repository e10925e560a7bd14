using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

internal enum BlockKind
{
    /// <summary>A short line standing alone, without sentence punctuation: a page title, a section name, a film's name.</summary>
    Heading,
    /// <summary>A label and its value, on one line ("Director: X") or two (a label line, then the value).</summary>
    Field,
    /// <summary>A bulleted or numbered list item.</summary>
    Item,
    /// <summary>Running text: sentences.</summary>
    Paragraph,
    /// <summary>Any other short line: a tag line, a spec line ("DCP | 85' | Colour"), a caption.</summary>
    Line,
    /// <summary>Page furniture: menus, buttons, cookie and sharing prompts, comment forms. Never read for facts.</summary>
    Chrome,
    /// <summary>A credit line repeated under photographs between paragraphs ("Grasshopper Film").</summary>
    Caption,
    /// <summary>A sentence followed by its sentiment label on the next line.</summary>
    LabelledSentence,
}

/// <param name="Span">The whole block in the document (both lines of a two-line field).</param>
/// <param name="Line">Index of the block's first line.</param>
/// <param name="Label">For fields: what the label says the value is.</param>
/// <param name="Value">For fields: the value; for items: the text after the bullet; otherwise the block itself.</param>
/// <param name="Sentiment">For labelled sentences: the document's own label.</param>
internal sealed record Block(BlockKind Kind, TextSpan Span, int Line, FieldLabel? Label, TextSpan Value, string? Sentiment = null)
{
    /// <summary>In a region about other things than the document's film: related lists, comments.</summary>
    public bool InAside { get; init; }

    /// <summary>A cell of a table row: its line is the row, so nothing on the next line continues it.</summary>
    public bool InTable { get; init; }

    public string Text(string document) => Span.Of(document);
}
