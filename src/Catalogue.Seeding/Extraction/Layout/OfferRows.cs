using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>
/// The rows of a "where to watch" table: a service in one column and its offer in another ("● Netflix   Subscription   HD",
/// "RENT   Apple TV   $3.99   [Rent on Apple TV]"). The service is the row's first cell that is a name, not an offer,
/// a price or the row's own label.
/// </summary>
internal static class OfferRows
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex Offer = new(
        @"^(?:\[\s*)?(?:(?:included\s+with\s+)?subscription|free(?:\s+with\s+ads)?|rent|buy|stream|watch\s+now|[$£€]\s?\d[\d.,]*)\b", Options);

    private static readonly Regex OfferWord = new(@"^(?:stream|streaming|rent|buy|free|subscription|ads|tvod|svod|avod)$", Options);

    public static TextSpan? Provider(string text, TextSpan row)
    {
        var cells = Cells(text, row);
        if (cells.Count < 2 || !cells.Any(c => Offer.IsMatch(c.Of(text)))) return null;
        foreach (var cell in cells)
        {
            var value = cell.Of(text);
            if (Offer.IsMatch(value) || OfferWord.IsMatch(value)) continue;
            var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 4 || !char.IsUpper(value[0]) || value.Any(c => char.IsDigit(c) || c is '(' or '[' or ':' or '.' or ',')) return null;
            return Mentions.PersonNames.LooksLikeOrganisation(value) || words.Length <= 3 ? cell : null;
        }
        return null;
    }

    /// <summary>Cells split at column gaps (three spaces or more), bullets and row markers left out.</summary>
    private static List<TextSpan> Cells(string text, TextSpan row)
    {
        var cells = new List<TextSpan>();
        var start = row.Start;
        for (var i = row.Start; i <= row.End; i++)
        {
            var gap = i < row.End && text[i] == ' ' && i + 2 < row.End && text[i + 1] == ' ' && text[i + 2] == ' ';
            if (i < row.End && !gap) continue;
            var cell = TextSpan.Trimmed(text, start, i);
            while (cell.Length > 0 && text[cell.Start] is '●' or '○' or '•' or '·' or '-' or '*') cell = TextSpan.Trimmed(text, cell.Start + 1, cell.End);
            if (cell.Length > 0) cells.Add(cell);
            while (i < row.End && text[i] == ' ') i++;
            start = i;
        }
        return cells;
    }
}
