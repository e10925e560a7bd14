namespace Catalogue.Seeding.Extraction.Text;

/// <summary>Month names as whole words, full or abbreviated, for date patterns: "Mariupolis 2" and "Marathon" are not "March".</summary>
internal static class Months
{
    public const string Pattern = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string Weekday = @"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?";

    /// <summary>
    /// A line that is only a date: "TUESDAY 21 JANUARY", "Fri 7 Nov", "March 9, 2021", "21 January 2025". A programme
    /// heads its screenings with these; they are never titles.
    /// </summary>
    private static readonly System.Text.RegularExpressions.Regex DateOnly = new(
        @"^(?:" + Weekday + @",?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + Pattern + @"\.?|" + Pattern + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$|^" + Weekday + "$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static bool IsDate(string line) => DateOnly.IsMatch(line.Trim());
}

