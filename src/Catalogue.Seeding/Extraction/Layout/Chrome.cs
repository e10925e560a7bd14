using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>
/// Page furniture: menus, buttons, share rows, cookie prompts, sign-in nags, counters. A chrome line is never read
/// for facts and never names a film or a person.
/// </summary>
internal static class Chrome
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Words and phrases that make up menus and buttons.</summary>
    private static readonly HashSet<string> ControlPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "films", "film", "movies", "tv", "tv shows", "shows", "series", "reviews", "review", "news", "features", "feature", "interviews",
        "about", "about us", "contact", "contact us", "search", "menu", "login", "log in", "log out", "sign in", "sign up", "sign out",
        "register", "join", "subscribe", "newsletter", "watchlist", "my list", "share", "tweet", "pin", "pin it", "email", "e-mail", "print",
        "facebook", "twitter", "x", "instagram", "whatsapp", "reddit", "linkedin", "tumblr", "pinterest", "youtube", "tiktok", "bluesky",
        "threads", "copy link", "link", "view more", "read more", "see more", "see all", "show more", "load more", "more", "next",
        "previous", "prev", "back", "close", "accept", "accept all", "reject", "reject all", "decline", "settings", "manage", "preferences",
        "buy tickets", "tickets", "book now", "book", "book tickets", "add to watchlist", "add to my schedule", "add to calendar",
        "add to list", "download", "download press kit", "press kit", "play trailer", "watch trailer", "trailer", "watch now", "rent",
        "buy", "stream", "free trial", "start free trial", "try free", "go", "ok", "skip", "skip to content", "skip to main content", "top",
        "back to top", "reply", "like", "likes", "helpful", "report", "permalink", "edit", "delete", "follow", "unfollow", "following",
        "followers", "notifications", "sold out", "few tickets left", "on sale", "gift cards", "membership", "members", "donate",
        "support us", "shop", "store", "cart", "basket", "checkout", "help", "faq", "faqs", "privacy", "terms", "cookies", "cookie settings",
        "advertise", "careers", "jobs", "press", "sitemap", "rss", "podcast", "podcasts", "video", "videos", "photos", "gallery",
        "festivals", "events", "programme", "program", "schedule", "calendar", "whats on", "what's on", "coming soon", "now showing",
        "archive", "catalogue", "catalog", "industry", "market", "lists", "list", "members' area", "my account", "account", "profile",
        "upgrade", "pro", "spoilers", "spoiler", "hide spoilers", "show spoilers", "sort by", "filter", "filters", "all", "clear",
        "apply", "submit", "send", "post comment", "post", "cancel", "yes", "no", "was this review helpful", "place hold", "add to cart",
        "request", "save", "saved", "bookmark", "rate", "rate this", "your rating", "log", "add", "remove", "open", "expand", "collapse",
        "loading", "advertisement", "ad", "sponsored", "promoted", "trending", "popular", "latest", "most read", "most popular", "top stories",
        "watch", "listen", "play", "pause", "mute", "subtitles", "cc", "hd", "4k", "sd", "en", "fr", "de", "es", "english", "français",
        "music", "docs", "awards", "global", "world", "culture", "politics", "business", "lifestyle", "industry news", "what to watch", "box office",
        "television", "streaming", "awards circuit", "opinion", "arts", "books", "science", "sport", "sports", "travel", "style", "magazine",
        "issues", "archive", "shop", "events", "education", "learning", "discover", "browse", "free", "leaving soon", "new releases", "genres",
        "collections", "kids", "family", "originals", "channels", "live tv", "guide", "my stuff", "library", "catalog", "catalogue search",
    };

    private static readonly Regex Counter = new(
        @"^\s*[\d.,]+\s*[kKmM]?\s+(?:comments?|replies|likes?|shares?|views|reviews?|ratings?|votes?|followers|fans|members|watched|lists?)\s*$",
        Options);

    private static readonly Regex Prompt = new(
        @"\b(?:sign (?:in|up) (?:to|for)|log ?in to|create (?:an|a free) account|already a member|don'?t have an account|forgot (?:your )?password" +
        @"|by continuing you agree|you agree to our|we (?:and our partners )?use cookies|this (?:site|website) uses|manage (?:your )?(?:cookie|consent)" +
        @"|your privacy|advertisement|skip (?:this )?ad|continue reading|subscribe to (?:read|continue|our)|get (?:our|the) newsletter" +
        @"|enter your email|your email address|all rights reserved|no results found|nothing (?:matched|found)|page not found|try (?:another|a different) search" +
        @"|sort by|showing \d+ (?:of|results)|\d+ results? for|was this review helpful|helpful\?|report (?:this|abuse)|permalink" +
        @"|javascript|enable cookies|upgrade your browser|add to (?:watchlist|my schedule|calendar|cart)|download (?:the )?press kit|\d+\s+min(?:ute)?s?\s+read|read time)\b|🔍|[▾▼☰⌕]", Options);

    private static readonly char[] Separators = ['|', '·', '•', '/', '>', '»', '›', ','];

    private static readonly Regex Reference = new(@"^\s*(?:\d{1,3}\.\s*)?\^|^\s*\[\d{1,3}\]\s|\bRetrieved\s+\d{1,2}\s+\p{L}+\s+\d{4}|\bArchived from the original\b", Options);

    /// <summary>Bylines and datelines: who wrote the page and when, never facts of the film.</summary>
    private static readonly Regex MoreCredits = new(@"\s[·|•]\s+(?:[\p{L}]+\s+){0,2}?(?:directed|edited|produced|shot|scored|music|cinematography|photography|editor|director|producer)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex Byline = new(
        @"^\s*(?:labels|tags|tagged|categories|filed under)\s*:|^\s*(?:posted|published|updated|last updated|written|words|text|filed)\b(?:\s+(?:on|by|in|at))?\s*:?\s|^\s*reviewed\s+(?:by|on|in)\b|^\s*by\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:$|[|·•,–—-])|^\s*\d+\s+(?:thoughts|comments|responses|replies)\s+on\b",
        Options);

    /// <summary>"▸ 2 references": a structured record's count of the sources under a value.</summary>
    private static readonly Regex RecordReferences = new(@"^\s*[▸►▶]?\s*\d+\s+references?\b", Options);

    public static bool IsRecordReferences(string line) => RecordReferences.IsMatch(line);

    public static bool IsChrome(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return false;
        if (Boilerplate.IsBoilerplate(trimmed) || Counter.IsMatch(trimmed) || RecordReferences.IsMatch(trimmed)) return true;
        // "Written by Mark Monroe  ·  Edited by Davis Coombe": a line of credits opens like a byline but is not one.
        if (trimmed.Length <= 160 && Byline.IsMatch(trimmed) && !MoreCredits.IsMatch(trimmed)) return true;
        // Reference lists: "1. ^ "Sundance 2019 award winners announced". Retrieved 3 February 2019."
        if (Reference.IsMatch(trimmed)) return true;
        if (trimmed.Length <= 200 && Prompt.IsMatch(trimmed)) return true;
        if (trimmed.Length > 160) return false;
        var parts = MenuItems(trimmed);
        if (parts.Length == 0) return true;
        var controls = parts.Count(p => IsControl(p));
        // "Home | Films | Reviews" and "Share  Tweet  Email": every item a control word.
        if (parts.Length >= 2 && controls == parts.Length) return true;
        if (parts.Length >= 4 && controls * 10 >= parts.Length * 5 && trimmed.Length <= 200) return true;
        if (parts.Length == 1 && IsControl(trimmed)) return true;
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && parts.Length == 1 && words.All(w => IsControl(w.Trim('.', ':', '!', '(', ')', '[', ']')));
    }

    /// <summary>A menu's items: split on separators and on runs of two or more spaces.</summary>
    private static string[] MenuItems(string line) =>
        Regex.Split(line, @"\s{2,}|\s*[|·•/>»›,]\s*").Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();

    private static bool IsControl(string phrase)
    {
        var clean = phrase.Trim().Trim('.', ':', '!', '(', ')', '[', ']', '+', '→', '←', '»', '«', '▶', '★', '☆', '♥', '✓', '×', '-', '#');
        return clean.Length == 0 || ControlPhrases.Contains(clean);
    }

    /// <summary>
    /// Headings that open a region about other things: related lists, comments, recommendations. What follows them is
    /// not about the document's film, though it may name other films.
    /// </summary>
    private static readonly Regex AsideHeading = new(
        @"^\s*(?:\d+\s+)?(?:related(?: posts| articles| stories| reviews| content| news)?|you may also like|you might also like|more like this|similar (?:titles|films|movies|to this)" +
        @"|also showing|also on|read next|read more|more from|more reviews|more news|recommended(?: for you)?|people also (?:watched|liked)|more to explore" +
        @"|popular (?:now|this week|reviews|lists)|most read|trending(?: now)?|latest (?:news|reviews|stories)|comments?|responses?|replies|join the (?:discussion|conversation)" +
        @"|leave a (?:reply|comment)|what people are saying|user comments|discussion|more films|other films|see also|coming up(?: next)?|next on|up next" +
        @"|further viewing|you may have missed|songs(?: in the film| featured)?|soundtrack|music cues|track ?list(?:ing)?|[\p{L} ]{0,40}\balso\s+(?:shortlisted|watched|liked|viewed|bought|saw|enjoyed|searched)|don'?t miss|editor'?s picks|top picks|more in|more documentaries|similar documentaries)\b[^.!?]{0,40}$",
        Options);

    /// <summary>Comment sections and footers run to the end of the page.</summary>
    private static readonly Regex RestOfPage = new(
        @"^\s*(?:\d+\s+)?(?:comments?|responses?|replies|join the (?:discussion|conversation)|leave a (?:reply|comment)|user comments|discussion|what people are saying)\b",
        Options);

    public static bool OpensAside(string line) => line.Trim().Length <= 80 && AsideHeading.IsMatch(line);

    public static bool OpensRestOfPage(string line) => line.Trim().Length <= 80 && RestOfPage.IsMatch(line);
}
