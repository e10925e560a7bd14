using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction;

/// <summary>
/// What kind of page a document is, said for the report and for whether its sentences are a review. The kind never
/// decides whether the document is read: every kind is read by the same blocks and rules.
/// </summary>
public static class DocumentKinds
{
    public const string Listing = "listing";
    public const string LabelledReview = "labelled-review";
    public const string ProseReview = "prose-review";
    public const string Article = "article";
    public const string Synopsis = "synopsis";
    public const string RoundUp = "round-up";
    public const string Page = "page";
    public const string Unreadable = "unreadable";

    /// <summary>Reported speech: a closing quote followed by who said it ("…,” Fayyad tells Deadline).</summary>
    private static readonly Regex Attribution = new(
        @"[”""’]\s*,?\s*(?:\p{Lu}[\p{L}-]+|\p{Ll}{1,3}-\p{Lu}[\p{L}-]+|he|she|they|the\s+(?:director|filmmaker|producer))\s+" +
        @"(?:says|said|tells|told|notes|noted|insists|insisted|observes|observed|explains|explained|concedes|conceded|adds|added|recalls|recalled|believes|maintains|continues|argues)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex QuotedFilm = new(@"^\s*[“""][^”""\n]{2,150}[”""]\s+(?:is|was)\s+(?:a|an)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    internal static string Describe(DocumentLayout layout, int filmCount)
    {
        if (filmCount > 1) return RoundUp;
        var text = layout.Text;
        var content = layout.Content().Select(c => c.Block).ToList();
        if (content.Count(b => b.Kind == BlockKind.LabelledSentence) >= 3) return LabelledReview;
        var fields = content.Where(b => b.Kind == BlockKind.Field && b.Label!.Kind is not (FieldKind.Ignored or FieldKind.Reviews)).Select(b => b.Label!.Kind).Distinct().Count();
        var proseChars = content.Where(b => b.Kind == BlockKind.Paragraph).Sum(b => b.Span.Length);
        var allChars = Math.Max(1, content.Sum(b => b.Span.Length));
        var paragraphs = content.Count(b => b.Kind == BlockKind.Paragraph);
        if (fields >= 3 && (paragraphs <= 2 || proseChars * 10 < allChars * 6 || content.Any(b => b.Kind == BlockKind.Field && b.Label!.Kind == FieldKind.Reviews))) return Listing;
        if (content.Count > 2 && content[0].Kind == BlockKind.Heading
            && (ContentLines.IsTagLine(content[1].Value.Of(text)) || QuotedFilm.IsMatch(content[1].Value.Of(text))) && fields < 2)
            return Synopsis;
        if (proseChars * 2 < allChars) return fields >= 3 ? Listing : Page;
        if (Attribution.Matches(text).Count >= 2 || content.Any(b => b.Kind == BlockKind.Caption)) return Article;
        return ProseReview;
    }
}

/// <summary>Tells English text from other languages by how often the commonest English words occur.</summary>
internal static class EnglishText
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "a", "in", "is", "it", "that", "for", "with", "as", "was", "on", "his", "her", "by", "from", "at", "this",
        "an", "are", "be", "their", "who", "film", "has", "which", "about", "into", "its", "but", "not", "or", "they", "he", "she", "we",
    };

    public static bool IsOtherLanguage(DocumentLayout layout)
    {
        var words = layout.Content()
            .Where(c => c.Block.Kind is BlockKind.Paragraph or BlockKind.LabelledSentence)
            .SelectMany(c => c.Block.Value.Of(layout.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '“', '”', '(', ')'))
            .Where(w => w.Length > 0).ToList();
        if (words.Count < 40) return false;
        return words.Count(CommonWords.Contains) * 100 < words.Count * 8;
    }
}
