using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Shapes;

/// <summary>Parses listing field values; each parser returns the span of the words it read.</summary>
internal static class FieldValues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex HoursAndMinutes = new(
        @"^(?<hours>\d{1,2})\s*(?:hours?|hrs|hr|h)\.?\s*(?:(?<minutes>\d{1,2})\s*(?:minutes?|mins|min|m)?\.?)?", Options);
    private static readonly Regex ClockTime = new(@"^(?<hours>\d{1,2}):(?<minutes>\d{2})\b", Options);
    private static readonly Regex MinutesOnly = new(@"^(?<minutes>\d{1,3})\s*(?:minutes?|mins|min|m)?\.?(?:$|\s)", Options);

    private static readonly Regex RatingValue = new(
        @"^(?<value>\d{1,3}(?:\.\d{1,2})?)\s*(?:/\s*(?<scale>\d{1,3})|out\s+of\s+(?<scale>\d{1,3})|(?<percent>%))?", Options);
    private static readonly Regex Votes = new(@"(?<votes>\d{1,3}(?:[,.]\d{3})+|\d+)\s+votes?\b", Options);

    private static readonly Regex Year = new(@"\b(?:18|19|20)\d\d\b", Options);

    /// <summary>"83 min", "100 min", "107", "1h 45m", "1 hr 30 min", "1:45" → minutes.</summary>
    public static (int Minutes, TextSpan Span)? Runtime(string text, TextSpan value)
    {
        var raw = value.Of(text);
        foreach (var pattern in new[] { HoursAndMinutes, ClockTime, MinutesOnly })
        {
            var match = pattern.Match(raw);
            if (!match.Success) continue;
            var hours = match.Groups["hours"].Success ? int.Parse(match.Groups["hours"].Value) : 0;
            var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value) : 0;
            var total = hours * 60 + minutes;
            if (total is < 1 or > 900) return null;
            return (total, TextSpan.Trimmed(text, value.Start, value.Start + match.Length));
        }
        return null;
    }

    /// <summary>
    /// "7.4/10", "4 out of 5", "85%", "8". Without a written scale a value up to 10 is out of 10 and up to 100
    /// out of 100; anything larger is not read.
    /// </summary>
    public static (string Raw, decimal Value, decimal Scale, int? Votes, TextSpan Span)? Rating(string text, TextSpan value)
    {
        var raw = value.Of(text);
        var match = RatingPattern(raw);
        if (!match.Success) return null;
        var number = decimal.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        decimal scale = match.Groups["scale"].Success ? int.Parse(match.Groups["scale"].Value)
            : match.Groups["percent"].Success ? 100
            : number <= 10 ? 10
            : number <= 100 ? 100 : 0;
        if (scale <= 0 || number > scale) return null;
        var votes = Votes.Match(raw) is { Success: true } v && int.TryParse(v.Groups["votes"].Value.Replace(",", "").Replace(".", ""), out var count) ? count : (int?)null;
        var span = TextSpan.Trimmed(text, value.Start, value.Start + match.Length);
        return (span.Of(text), number, scale, votes, span);
    }

    private static Match RatingPattern(string raw) => RatingValue.Match(raw);

    public static (int Year, TextSpan Span)? FirstYear(string text, TextSpan value)
    {
        var match = Year.Match(value.Of(text));
        return match.Success ? (int.Parse(match.Value), new TextSpan(value.Start + match.Index, value.Start + match.Index + match.Length)) : null;
    }

    /// <summary>"32108", "32,108" or "32 108" views.</summary>
    public static long? Count(string raw)
    {
        var digits = raw.Trim().Replace(",", "").Replace(" ", "").Replace("\u00A0", "");
        return digits.Length is > 0 and <= 15 && digits.All(char.IsDigit) ? long.Parse(digits) : null;
    }

    /// <summary>The items of a list value ("Documentary, Movie, War") with their spans; empty items are dropped.</summary>
    public static List<TextSpan> Items(string text, TextSpan value, bool splitOnAnd = false)
    {
        var items = new List<TextSpan>();
        var start = value.Start;
        for (var i = value.Start; i <= value.End; i++)
        {
            var separator = i == value.End || text[i] is ',' or '/' or '|' or ';';
            var and = splitOnAnd && !separator && i + 5 <= value.End && text.AsSpan(i, 5).SequenceEqual(" and ");
            if (!separator && !and) continue;
            var item = TextSpan.Trimmed(text, start, i);
            if (item.Length > 0) items.Add(item);
            start = and ? i + 5 : i + 1;
            if (and) i += 4;
        }
        return items;
    }
}
