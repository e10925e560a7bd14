using System.Text.RegularExpressions;
using Catalogue.Data;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Films;

/// <summary>A string that may be a film's title, with how strongly one piece of evidence says it is.</summary>
internal sealed record TitleCandidate(string Title, TextSpan Span, string Rule, float Weight, int? Year = null, TextSpan? YearSpan = null);

/// <summary>
/// What can never be a film's title: people and organisations already read, countries, genres, labels, page chrome,
/// award and section names, and the site's own words around a title.
/// </summary>
internal static class NotTitles
{
    private static readonly Regex EventOrPrize = new(
        @"\b(?:festival|awards?|prize|prix|jury|competition|honou?rs|oscars?|emmys?|baftas?|nominees?|nominations?|winners?|section|programme|program|strand|sidebar|selection|category|laurels?|ceremony|edition|market|forum|panorama|spotlight|showcase|premieres?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly HashSet<string> PageWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "review", "reviews", "film review", "movie review", "synopsis", "credits", "crew", "cast", "cast & crew", "cast and crew", "details",
        "overview", "trailer", "trailers", "photos", "press", "press kit", "press notes", "contact", "contacts", "about", "about the film",
        "director's statement", "directors statement", "director’s statement", "biography", "director biography", "filmography", "technical specs",
        "technical specifications", "festivals", "awards", "accolades", "reception", "release", "production", "plot", "background", "legacy",
        "references", "external links", "see also", "notes", "where to watch", "watch now", "streaming", "reviews & ratings", "ratings",
        "critics consensus", "audience reviews", "user reviews", "movie info", "film info", "interview", "q&a", "news", "features", "home",
        "more like this", "similar titles", "related", "comments", "leave a reply", "showtimes", "tickets", "book now", "now showing",
        "coming soon", "whats on", "what's on", "documentary", "documentaries", "film", "films", "movie", "movies", "logline", "short synopsis",
        "long synopsis", "key crew", "main credits", "festival history", "world sales", "sales", "distribution", "screenings", "schedule",
        "menu", "search", "sign in", "log in", "holdings", "description", "summary", "subjects", "contents", "availability", "details & credits",
    };

    /// <summary>Words of page sections and controls: a short heading holding one is a section, not a film.</summary>
    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "credits", "credit", "information", "info", "infobox", "facts", "details", "specs", "specifications", "screenwriters", "reviews",
        "discussions", "search", "rent", "buy", "rated", "presents", "statement", "biography", "filmography", "contact", "contacts",
        "synopsis", "cast", "crew", "production", "trailer", "streaming", "providers", "showtimes", "tickets",
        "screenings", "schedule", "programme", "program", "menu", "sign", "login", "newsletter", "subscribe", "related", "comments", "share",
        "interview", "q&a", "photos", "gallery", "downloads", "press", "awards", "festivals", "accolades", "reception", "references",
        "links", "sources", "bibliography", "footnotes", "categories", "tags", "ratings", "scores", "consensus", "availability", "formats",
        "technical", "distribution", "sales", "summary", "overview", "cookies", "privacy", "results", "filters", "shortlisted",
        "languages", "language", "audio", "subtitles", "runtime", "genres", "genre", "director", "directors", "providers", "services",
        "highlights", "extras", "bonus", "features", "episode", "episodes", "chapters", "transcript", "timestamps", "sponsors", "syllabus",
        "readings", "assignments", "grading", "module", "course", "week", "pledge", "donate", "rewards", "backers", "updates",
    };

    /// <summary>"Produced and directed by Barbara Kopple", "Originally released by Cinema 5": a credit, not a title.</summary>
    private static readonly Regex CreditPhrase = new(@"\b(?:directed|produced|released|distributed|written|edited|presented|narrated|photographed|shot|scored)\s+by\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"October 16", "16 October 2020", "FLM2047", "Doc 340": dates and course or catalogue codes ("Mariupolis 2" is neither: months are whole words).</summary>
    private static readonly Regex DateOrCode = new(
        $@"^(?:{Months.Pattern}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+{Months.Pattern}\.?(?:\s+\d{{4}})?|\p{{L}}{{2,5}}\s?\d{{3,4}}[a-z]?)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"Ep. 88", "Part 2", "Vol. 3": the numbering of a series' instalment, not its title.</summary>
    private static readonly Regex Numbering = new(@"^(?:ep|eps|episode|part|pt|chapter|ch|no|vol|volume|season|series|track|issue|week|wk|day|session)\.?\s*#?\d+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly HashSet<string> Interjections = new(StringComparer.OrdinalIgnoreCase)
        { "yes", "no", "nope", "yeah", "yep", "well", "ok", "okay", "oh", "honestly", "also", "edit", "update", "lol", "agreed", "this", "same" };

    public static bool Is(string title, IEnumerable<string> peopleAndOrganisations)
    {
        var trimmed = Rules.Titles.Clean(title);
        if (CreditPhrase.IsMatch(trimmed) || DateOrCode.IsMatch(trimmed) || Numbering.IsMatch(trimmed)) return true;
        if (Mentions.PersonNames.IsOnlyOrganisationWords(trimmed)) return true;
        // "Sundance", "Hot Docs": an event's name, however short.
        if (AwardEvents.Normalise(trimmed) is not null && trimmed.Split(' ').Length <= 3 || AwardEvents.FindIn(trimmed) is { } named && named.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)) return true;
        // "Bill Nichols, Introduction to Documentary", "Nope, Jodorowsky made El Topo", "Level 5 · 20 credits": a citation, a reply, a line of facts.
        if (trimmed.Contains(" · ") || trimmed.Contains(" than ", StringComparison.Ordinal)) return true;
        if (trimmed.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma
            && (Interjections.Contains(trimmed[..comma]) || trimmed[..comma].Split(' ').Length is 2 or 3 && Mentions.PersonNames.Normalise(trimmed[..comma]) == trimmed[..comma]
                && trimmed[(comma + 2)..].Split(' ').Length >= 2)) return true;
        // "Region : Region 2", "Run Time (minutes): 86": a product page's fields.
        if (trimmed.Contains(" : ") || trimmed.IndexOf(':') is > 0 and var colon && FieldLabels.Find(Regex.Replace(trimmed[..colon], @"\s*\([^)]*\)\s*$", "")) is not null) return true;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 5 && words.Any(w => SectionWords.Contains(w.Trim(',', ':', '.', '&', '/')))) return true;
        // "In Indonesian with English subtitles", "English, Mandarin": languages are not titles.
        if (words.Any(w => w.StartsWith("subtitle", StringComparison.OrdinalIgnoreCase) || w.StartsWith("dubbed", StringComparison.OrdinalIgnoreCase))) return true;
        if (words.Length <= 4 && words.All(w => Mentions.Languages.Find(w.Trim(',')) is not null || w is "and" or "&" or "In" or "in")) return true;
        if (Regex.IsMatch(trimmed, @"\b(?:production|co-production|presents|release|releasing)$", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)) return true;
        if (Regex.IsMatch(trimmed, @"\.(?:com|net|org|db|io|co|tv|fm)\b|www\.|https?:", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)) return true;
        if (Mentions.Certificates.IsCertificate(trimmed) || trimmed.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || trimmed.Contains(" / ") && words.Length <= 4) return true;
        if (trimmed.Any(char.IsDigit) && words.Length >= 3 && words.Count(w => w.Any(char.IsDigit)) * 2 >= words.Length) return true;
        if (trimmed.Length < 2 || trimmed.Count(char.IsLetter) < 2) return true;
        var bare = Regex.Replace(trimmed, @"^(?:the|our|this\s+week'?s?)\s+", "", RegexOptions.IgnoreCase);
        if (PageWords.Contains(trimmed) || PageWords.Contains(bare) || FieldLabels.Find(trimmed) is not null || Chrome.IsChrome(trimmed)) return true;
        if (Countries.Find(trimmed) is not null || Genres.FindKnown(trimmed) is not null || Genres.IsSiteCategory(trimmed)) return true;
        if (EventOrPrize.IsMatch(trimmed) && !trimmed.Contains(':')) return true;
        // "8/10", "★★★★": a rating; "Fahrenheit 9/11" holds one only by accident.
        if (Mentions.ValueParsers.Rating(trimmed, new Text.TextSpan(0, trimmed.Length)) is { } rating && rating.Raw.Any(c => c is '%' or '/' or '★')
            && trimmed.Count(char.IsLetter) - rating.Raw.Count(char.IsLetter) <= 8) return true;
        // A film may be named after its subject ("Navalny", "Amy"): only a full name someone is credited under rules a title out.
        var key = NameKeys.Key(trimmed);
        return peopleAndOrganisations.Any(p => NameKeys.Key(p) == key && (p.Contains(' ') || words.Length > 1));
    }
}
