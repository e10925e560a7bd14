using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>Parses listing field values; each parser returns the span of the words it read.</summary>
internal static class ValueParsers
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

    private static readonly Regex ScaledRating = new(
        @"(?<value>\d{1,3}(?:\.\d{1,2})?)\s*(?:/\s*(?<scale>\d{1,3})\b|out\s+of\s+(?<scale>\d{1,3})\b|(?<percent>%)|\s*stars?\b)", Options);

    private static readonly Regex LeadingNumber = new(@"^\D{0,30}?(?<value>[0-5]\.\d{1,2})\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex StarRun = new(@"[★☆✭✩⭐]+\s*½?|★*½", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex LetterGrade = new(@"(?:^|\bgrade:?\s*)(?<grade>[A-DF][+-]?)(?:\s|$|[.,;)])", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Letter grades on a twelve-step scale: F is 0, A+ is 12.</summary>
    private static readonly string[] Grades = ["F", "D-", "D", "D+", "C-", "C", "C+", "B-", "B", "B+", "A-", "A", "A+"];

    /// <summary>
    /// "7.4/10", "4 out of 5", "85%", "4 stars", "★★★★½", "B+", "8". Without a written scale a value up to 10 is out of 10 and
    /// up to 100 out of 100; anything larger is not read. Stars are out of five unless empty stars say otherwise.
    /// </summary>
    public static (string Raw, decimal Value, decimal Scale, int? Votes, TextSpan Span)? Rating(string text, TextSpan value)
    {
        var raw = value.Of(text);
        var votes = Votes.Match(raw) is { Success: true } v && int.TryParse(v.Groups["votes"].Value.Replace(",", "").Replace(".", ""), out var count) ? count : (int?)null;
        if (ScaledRating.Match(raw) is { Success: true } scaled)
        {
            var number = decimal.Parse(scaled.Groups["value"].Value, CultureInfo.InvariantCulture);
            decimal scale = scaled.Groups["scale"].Success ? int.Parse(scaled.Groups["scale"].Value) : scaled.Groups["percent"].Success ? 100 : 5;
            if (scale <= 0 || number > scale) return null;
            var span = TextSpan.Trimmed(text, value.Start + scaled.Index, value.Start + scaled.Index + scaled.Length);
            return (span.Of(text), number, scale, votes, span);
        }
        // "Average rating 3.6 1,482 ratings ★★★★☆": the number before the stars is the rating on the stars' scale.
        if (LeadingNumber.Match(raw) is { Success: true } lead && StarRun.IsMatch(raw) && decimal.Parse(lead.Groups["value"].Value, CultureInfo.InvariantCulture) is var average and <= 5)
        {
            var group = lead.Groups["value"];
            var span = new TextSpan(value.Start + group.Index, value.Start + group.Index + group.Length);
            return (span.Of(text), average, 5, votes, span);
        }
        if (StarRun.Match(raw) is { Success: true, Length: > 0 } stars)
        {
            var full = stars.Value.Count(c => c is '★' or '✭' or '⭐');
            var empty = stars.Value.Count(c => c is '☆' or '✩');
            var half = stars.Value.Contains('½') ? 0.5m : 0;
            if (full + half == 0) return null;
            var span = TextSpan.Trimmed(text, value.Start + stars.Index, value.Start + stars.Index + stars.Length);
            return (span.Of(text), full + half, empty > 0 ? full + empty + (half > 0 ? 1 : 0) : 5, votes, span);
        }
        if (LetterGrade.Match(raw) is { Success: true } letter && raw.Trim().Length <= 12)
        {
            var grade = letter.Groups["grade"];
            var span = new TextSpan(value.Start + grade.Index, value.Start + grade.Index + grade.Length);
            return (grade.Value, Array.IndexOf(Grades, grade.Value), Grades.Length - 1, votes, span);
        }
        var match = RatingValue.Match(raw);
        if (!match.Success) return null;
        var bare = decimal.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
        decimal inferred = bare <= 10 ? 10 : bare <= 100 ? 100 : 0;
        if (inferred <= 0) return null;
        var bareSpan = TextSpan.Trimmed(text, value.Start, value.Start + match.Length);
        return (bareSpan.Of(text), bare, inferred, votes, bareSpan);
    }

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
