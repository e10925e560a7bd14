using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>
/// Lines copied from a page laid out in columns: "Project Title            Hale County …", "director     Michael Moore     1 reference   edit".
/// A label, a gap of three spaces or more, its value, and sometimes trailing columns that are page chrome.
/// </summary>
internal static class ColumnRows
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Gap = new(@"\s{3,}|\t+", Options);

    /// <summary>A label, a column gap, one value without another gap in it.</summary>
    public static readonly Regex LabelAndValue = new(@"^(?<label>\p{L}[\p{L} ()/&'’-]{1,38}?)\s{3,}(?<value>\S(?:(?!\s{3}).)*)$", Options);

    /// <summary>A structured record's columns after each value: its reference count and edit link.</summary>
    private static readonly Regex RecordChrome = new(@"^(?:\d[\d,.]*\s+(?:references?|sources?)|edit|\[\s*edit\s*\])$", Options | RegexOptions.IgnoreCase);

    /// <summary>The line without trailing columns that are a record's chrome ("1 reference", "edit"), or the line itself.</summary>
    private static TextSpan WithoutTrailingChrome(string text, TextSpan line)
    {
        var end = line.End;
        while (true)
        {
            var raw = text[line.Start..end];
            var gaps = Gap.Matches(raw);
            if (gaps.Count == 0) return new TextSpan(line.Start, end);
            var last = gaps[^1];
            var column = raw[(last.Index + last.Length)..].Trim();
            if (column.Length == 0 || !RecordChrome.IsMatch(column)) return new TextSpan(line.Start, end);
            end = line.Start + last.Index;
        }
    }

    /// <summary>
    /// Every line without its record chrome, and the lines in a run of three or more label-and-value rows where most
    /// labels are known ones: there an unknown label ("Student Project", "Country of Filming") is a label too, and its
    /// value is not a title or a heading.
    /// </summary>
    public static (TextSpan[] Content, HashSet<int> UnknownLabelRows) Read(string text, IReadOnlyList<TextLine> lines)
    {
        var content = lines.Select(l => l.IsBlank ? default : WithoutTrailingChrome(text, l.Trimmed(text))).ToArray();
        var unknown = new HashSet<int>();
        var run = new List<(int Line, bool Known)>();
        for (var i = 0; i <= lines.Count; i++)
        {
            var row = i < lines.Count && !lines[i].IsBlank ? Label(content[i].Of(text)) : null;
            if (row is not null) { run.Add((i, FieldLabels.Find(row) is not null)); continue; }
            if (run.Count >= 3 && run.Count(r => r.Known) * 2 >= run.Count)
                unknown.UnionWith(run.Where(r => !r.Known).Select(r => r.Line));
            run.Clear();
        }
        return (content, unknown);
    }

    private static string? Label(string line)
    {
        var match = LabelAndValue.Match(line);
        return match.Success && Lines.WordCount(match.Groups["label"].Value) <= FieldLabels.MaxLabelWords ? match.Groups["label"].Value : null;
    }
}
