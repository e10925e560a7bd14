using System.Text.RegularExpressions;

namespace Catalogue.Seeding.Extraction.Text;

/// <summary>
/// Recognises page furniture that is not part of what the document says: comment forms, spam notices,
/// navigation, analytics ids, cookie and sharing prompts. Such lines never become excerpts, names or facts.
/// </summary>
internal static class Boilerplate
{
    // Each alternative is specific enough that ordinary review prose ("a cookie-cutter plot") does not match.
    private static readonly Regex Pattern = new(
        @"\bleave a (reply|comment)\b|\bemail address will not be published\b|\brequired fields are marked\b|\bakismet\b" +
        @"|\breduce spam\b|\bcomment data is processed\b|\bgo (to )?top\b|\bback to top\b|\bscroll to top\b|\bUA-\d{4,12}-\d{1,4}\b" +
        @"|\bG-[A-Z0-9]{8,12}\b|\b(this|our) (site|website) uses cookies\b|\bwe use cookies\b|\bcookie (policy|settings|preferences)\b" +
        @"|\baccept (all )?cookies\b|\bprivacy policy\b|\bterms of (use|service)\b|^\s*share (this|on)\b|\bfollow us on\b" +
        @"|\bsubscribe (to our|now)\b|\bsign up for our newsletter\b|\ball rights reserved\b|\bcopyright \d{4}\b|©" +
        @"|^\s*(related posts|read more|click here|skip to (main )?content|you may also like)\b|\blog ?in to (reply|comment)\b" +
        @"|\bpowered by wordpress\b|^\s*(posted (on|by|in)|filed under|tags?):",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static bool IsBoilerplate(string line) => Pattern.IsMatch(line);

    /// <summary>A comment form or footer: nothing after it belongs to the review.</summary>
    public static bool EndsContent(string line) => Footer.IsMatch(line);

    private static readonly Regex Footer = new(@"^\s*(leave a (reply|comment)|related posts|you may also like)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
}
