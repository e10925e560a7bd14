using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>
/// A table copied from a page (cells split by tabs, as browsers copy them, or by bars) whose header names a film column
/// and at least one fact column: "Year | Film | Director(s) | Notes". Each row is read as the page means it: the film
/// cell as a heading and every other cell as a field labelled by its column, so a row is read like any film's heading
/// with its fields under it.
/// </summary>
internal static class Tables
{
    private static readonly Regex FilmColumn = new(
        @"^(?:film|films|title|film title|original title|movie|feature|documentary|programme|program|screening|nominee|winner|recipient)s?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A fact cell longer than this is running text (a notes column), not a value.</summary>
    private const int LongestValue = 60;

    public static (List<Block> Blocks, int LastLine)? Read(string text, IReadOnlyList<TextLine> lines, int index)
    {
        var separator = SeparatorOf(lines[index].Text);
        if (separator is null) return null;
        var header = Cells(text, lines[index], separator.Value);
        if (header.Count < 3) return null;
        var labels = header.Select(h => FieldLabels.Find(h.Of(text)) is { Kind: not FieldKind.Ignored and not FieldKind.Title } label ? label : null).ToList();
        var film = header.FindIndex(h => FilmColumn.IsMatch(h.Of(text)));
        if (film < 0 || labels.Count(l => l is not null) == 0) return null;

        var blocks = new List<Block> { new(BlockKind.Chrome, lines[index].Trimmed(text), index, null, lines[index].Trimmed(text)) };
        var last = index;
        for (var i = index + 1; i < lines.Count && !lines[i].IsBlank && lines[i].Text.Contains(separator.Value); i++)
        {
            var cells = Cells(text, lines[i], separator.Value);
            if (cells.Count < 2 || cells.Count > header.Count || film >= cells.Count || cells[film].Length == 0) break;
            // The film cell first: the row's other cells are that film's fields, whatever column order the table has.
            blocks.Add(new Block(BlockKind.Heading, cells[film], i, null, cells[film]));
            for (var c = 0; c < cells.Count; c++)
            {
                if (c == film || cells[c].Length == 0) continue;
                if (labels[c] is { } label && cells[c].Length <= LongestValue)
                    blocks.Add(LayoutReader.Field(text, cells[c], label, cells[c].Start, i));
                else if (cells[c].Length > LongestValue || Words.All(text, cells[c]).Count >= 4)
                    blocks.Add(new Block(BlockKind.Paragraph, cells[c], i, null, cells[c]));
                else
                    blocks.Add(new Block(BlockKind.Line, cells[c], i, null, cells[c]));
            }
            last = i;
        }
        return last >= index + 2 ? (blocks.Select(b => b with { InTable = true }).ToList(), last) : null;
    }

    private static char? SeparatorOf(string line) =>
        line.Count(c => c == '\t') >= 2 ? '\t' : line.Count(c => c == '|') >= 2 ? '|' : null;

    /// <summary>A copied row's cells: a bar at either end opens or closes the row rather than holding an empty cell.</summary>
    private static List<TextSpan> Cells(string text, TextLine line, char separator)
    {
        var cells = Cells(text, new TextSpan(line.Start, line.End), separator);
        if (separator == '|' && cells.Count > 0 && cells[0].Length == 0) cells.RemoveAt(0);
        if (separator == '|' && cells.Count > 0 && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    /// <summary>A row's cells split at every separator, each trimmed; an empty cell keeps its column.</summary>
    public static List<TextSpan> Cells(string text, TextSpan row, char separator)
    {
        var cells = new List<TextSpan>();
        var start = row.Start;
        for (var i = row.Start; i <= row.End; i++)
        {
            if (i < row.End && text[i] != separator) continue;
            cells.Add(TextSpan.Trimmed(text, start, i));
            start = i + 1;
        }
        return cells;
    }
}
