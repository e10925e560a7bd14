using System.Text.RegularExpressions;

namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>Age ratings as pages print them ("PG", "12A", "Cert 15", "TV-MA"): never a title, and "PG" in a line of facts is not Papua New Guinea.</summary>
internal static class Certificates
{
    private static readonly Regex Certificate = new(@"^(?:rated|cert\.?|certificate|classification|age rating)\b|^(?:PG|PG-13|R|G|NC-17|U|12A|12|15|18|TV-MA|TV-14|TV-PG|NR|Unrated)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static bool IsCertificate(string text) => Certificate.IsMatch(text.Trim());
}
