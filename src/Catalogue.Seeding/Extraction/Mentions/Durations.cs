using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>
/// Running times in every common spelling: "85 min", "85 mins.", "85 MIN.", "85 mn", "85'", "85 minutes", "1h 25m",
/// "1 hr 25 min", "1h25", "1:25", "1:56:00", and a bare "85" where a runtime label already said what it is.
/// </summary>
internal static class Durations
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Regex HoursMinutes = new(
        @"\b(?<hours>\d{1,2})\s*(?:hours|hour|hrs|hr|h)\.?\s*(?:(?:and|,)\s*)?(?:(?<minutes>\d{1,2})\s*(?:minutes|minute|mins|min|mn|m)?\b\.?|\b)", Options);

    private static readonly Regex Minutes = new(
        @"\b(?<minutes>\d{1,3})(?:\s*(?:'|’|′|´)|\s*-?\s*(?:minutes?|mins?|mn|m)\b\.?)", Options);

    private static readonly Regex Clock = new(@"\b(?<hours>\d{1,2}):(?<minutes>[0-5]\d)(?::[0-5]\d)?\b", Options);

    private static readonly Regex Bare = new(@"^\s*(?:approx\.?\s*|ca\.?\s*|c\.\s*)?(?<minutes>\d{2,3})\s*$", Options);

    /// <summary>The first running time in <paramref name="span"/>. <paramref name="labelled"/>: a runtime label said what the value is,
    /// so a bare number or a clock time counts.</summary>
    public static (int Minutes, TextSpan Span)? Find(string text, TextSpan span, bool labelled)
    {
        var raw = span.Of(text);
        var candidates = new List<(int Minutes, int Index, int Length)>();
        foreach (Match m in HoursMinutes.Matches(raw))
        {
            var hours = int.Parse(m.Groups["hours"].Value);
            var minutes = m.Groups["minutes"].Success ? int.Parse(m.Groups["minutes"].Value) : 0;
            // "1h 25m" but not the "h" of a word: the match must carry an hours unit right after the number.
            candidates.Add((hours * 60 + minutes, m.Index, m.Length));
        }
        foreach (Match m in Minutes.Matches(raw))
            candidates.Add((int.Parse(m.Groups["minutes"].Value), m.Index, m.Length));
        if (labelled)
        {
            foreach (Match m in Clock.Matches(raw))
                candidates.Add((int.Parse(m.Groups["hours"].Value) * 60 + int.Parse(m.Groups["minutes"].Value), m.Index, m.Length));
            if (Bare.Match(raw) is { Success: true } bare)
                candidates.Add((int.Parse(bare.Groups["minutes"].Value), bare.Groups["minutes"].Index, bare.Groups["minutes"].Length));
        }
        var best = candidates.Where(c => c.Minutes is >= 1 and <= 900).OrderBy(c => c.Index).ThenByDescending(c => c.Length).FirstOrDefault();
        if (best.Length == 0) return null;
        return (best.Minutes, TextSpan.Trimmed(text, span.Start + best.Index, span.Start + best.Index + best.Length));
    }

    private static readonly Regex HoursAndMinutes = new(@"\b\d{1,2}\s*(?:hours|hour|hrs|hr|h)\.?\s*(?:and|,)\s*\d{1,2}\s*(?:minutes|minute|mins|min|m)\b", Options);

    /// <summary>"1 hour and 27 minutes": one running time, though it holds an "and".</summary>
    public static bool IsCompound(string text, TextSpan span) => HoursAndMinutes.IsMatch(span.Of(text));

    /// <summary>Every running time in a span, for spec lines that name one per version.</summary>
    public static bool Mentions(string text, TextSpan span) => Find(text, span, labelled: false) is not null;
}
