using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>A person named in a field value, in natural order and normal case, with the span of what was written.</summary>
internal sealed record FieldPerson(string Name, TextSpan Span, string? Company, TextSpan? CompanySpan);

/// <summary>
/// Reads the people of a field value: "Tamara Kotevska, Ljubomir Stefanov", "KOTEVSKA Tamara / STEFANOV Ljubomir",
/// "Atanas Georgiev (Trice Films)", "Khaled Umar Harah, Mahmoud, ," and one name per line. Catalogue conventions put
/// the surname first in capitals; the catalogue stores names in natural order.
/// </summary>
internal static class PersonNames
{
    private static readonly HashSet<string> NotPeopleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "films", "film", "pictures", "productions", "production", "media", "studios", "studio", "entertainment", "company", "documentary",
        "documentaries", "channel", "tv", "television", "network", "netflix", "hbo", "bbc", "pbs", "amazon", "hulu", "apple", "disney",
        "foundation", "institute", "fund", "council", "festival", "award", "awards", "prize", "jury", "competition", "section", "ltd", "inc",
        "llc", "gmbh", "sa", "ab", "as", "aps", "bv", "srl", "oy", "doo", "collective", "group", "agency", "distribution", "sales", "releasing",
        "news", "magazine", "times", "post", "review", "reviews", "more", "view", "see", "all", "others", "et", "al", "various", "uncredited",
        "unknown", "anonymous", "n/a", "tba", "tbc", "none", "himself", "herself", "themselves", "self", "narrator", "voice", "archive", "footage", "share",
        "menu", "home", "university", "school", "museum", "centre", "center", "society", "association", "lab", "labs", "house", "works",
        "republic", "kingdom", "states", "union", "ministry", "agency", "bureau", "department", "office", "cinema", "cinemas", "theatre",
        "radio", "press", "books", "records", "music", "sound", "post-production", "vfx", "animation", "arts", "art", "broadcasting",
        "screening", "screenings", "special", "midnight", "premiere", "premieres", "spotlight", "panorama", "forum", "showcase", "gala", "galas",
        "strand", "sidebar", "selection", "official", "programme", "program", "day", "night", "week", "weekend", "tickets", "sold", "hall",
        "room", "screen", "theater", "theatre", "auditorium", "venue", "stage", "live", "online", "q&a", "intro", "introduction",
        "featuring", "starring", "with", "cast", "crew", "directed", "produced", "written", "edited", "music", "by", "and", "jr", "sr",
    };

    /// <summary>Words after which a name is not a person's but the role's: "Mahmoud (as himself)".</summary>
    private static readonly HashSet<string> RoleNotes = new(StringComparer.OrdinalIgnoreCase)
    {
        "himself", "herself", "themselves", "self", "as himself", "as herself", "narrator", "voice", "archival", "archive footage", "uncredited",
        "producer", "director", "co-director", "executive producer", "p.g.a.", "p.g.a", "pga", "a.c.e.", "asc", "a.s.c.", "bsc", "b.s.c.",
    };

    public static List<FieldPerson> Read(string text, TextSpan value)
    {
        var people = new List<FieldPerson>();
        foreach (var item in Items(text, value))
        {
            var (nameSpan, note, noteSpan) = SplitParenthesis(text, item);
            if (RoleNotes.Contains(nameSpan.Of(text).Trim().TrimEnd('.'))) continue;
            if (Normalise(nameSpan.Of(text)) is not { } name) continue;
            var company = note is not null && !RoleNotes.Contains(note) && LooksLikeOrganisation(note) ? note : null;
            people.Add(new FieldPerson(name, nameSpan, company, company is null ? null : noteSpan));
        }
        return people;
    }

    /// <summary>Separators between names: commas, semicolons, slashes, "&amp;", " and ", line breaks, runs of spaces.</summary>
    public static List<TextSpan> Items(string text, TextSpan value) => Items(text, value, splitOnAmpersand: true);

    /// <summary>Companies: "Sant &amp; Usant", "Doc &amp; Film International" keep their ampersand.</summary>
    public static List<TextSpan> CompanyItems(string text, TextSpan value) => Items(text, value, splitOnAmpersand: false);

    private static List<TextSpan> Items(string text, TextSpan value, bool splitOnAmpersand)
    {
        var items = new List<TextSpan>();
        var start = value.Start;
        var depth = 0;
        for (var i = value.Start; i <= value.End; i++)
        {
            var end = i == value.End;
            if (!end && text[i] == '(') depth++;
            if (!end && text[i] == ')') depth = Math.Max(0, depth - 1);
            var separator = end || depth == 0 && ((text[i] is ',' or ';' or '/' or '\n' or '|' or '•' or '·' || splitOnAmpersand && text[i] == '&')
                                                   || text[i] == ' ' && i + 1 < value.End && text[i + 1] == ' ' && i > start && text[i - 1] != ' ');
            var andWord = !separator && depth == 0 && i + 5 <= value.End && (text.AsSpan(i, 5).Equals(" and ", StringComparison.OrdinalIgnoreCase));
            if (!separator && !andWord) continue;
            var item = TextSpan.Trimmed(text, start, i);
            if (item.Length > 0) items.Add(item);
            start = andWord ? i + 5 : i + 1;
            if (andWord) i += 4;
        }
        return items;
    }

    private static (TextSpan Name, string? Note, TextSpan NoteSpan) SplitParenthesis(string text, TextSpan item)
    {
        var raw = item.Of(text);
        var open = raw.IndexOf('(');
        if (open < 0) return (TrimRole(text, item), null, default);
        var close = raw.IndexOf(')', open);
        var noteSpan = TextSpan.Trimmed(text, item.Start + open + 1, close > open ? item.Start + close : item.End);
        return (TrimRole(text, TextSpan.Trimmed(text, item.Start, item.Start + open)), TitleRuns.Collapse(noteSpan.Of(text)), noteSpan);
    }

    /// <summary>"Atanas Georgiev - producer", "Khaled … as himself" lose their role notes.</summary>
    private static TextSpan TrimRole(string text, TextSpan item)
    {
        var raw = item.Of(text);
        foreach (var marker in new[] { " as ", " – ", " — ", " - ", "..." })
        {
            var at = raw.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0) return TextSpan.Trimmed(text, item.Start, item.Start + at);
        }
        return item;
    }

    /// <summary>The name in natural order and normal case, or null when the words cannot be a person's name.</summary>
    public static string? Normalise(string written)
    {
        var words = TitleRuns.Collapse(written.Trim().Trim('.', ',', ':', '*', '"', '“', '”')).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count is 0 or > 5) return null;
        if (words.Any(w => w.Any(char.IsDigit) || w.Contains('@') || w.Contains("http") || NotPeopleWords.Contains(w.Trim('.', ',')))) return null;
        if (words.Any(w => !char.IsLetter(w[0]) && w[0] is not '\'' and not '’')) return null;
        if (!words.All(w => char.IsUpper(w[0]) || Names.IsParticle(w) || IsParticlePrefixed(w))) return null;
        // "A Danish", "Norwegian", "English": articles, nationalities and languages are not names.
        if (words.Any(w => Names.IsNotName(w) && w.Length <= 5 || Countries.FromDemonym(w) is not null && words.Count <= 2 || Languages.Find(w) is not null && words.Count == 1)) return null;
        if (Countries.Find(string.Join(' ', words)) is not null) return null;

        var caps = words.Select(IsAllCaps).ToList();
        if (caps.All(c => c)) return words.Count == 1 && words[0].Length <= 3 ? null : string.Join(' ', words.Select(TitleCase));
        // "KOTEVSKA Tamara": surnames in capitals first, given names after.
        var leadingCaps = caps.TakeWhile(c => c).Count();
        if (leadingCaps > 0 && leadingCaps < words.Count && caps.Skip(leadingCaps).All(c => !c))
            return string.Join(' ', words.Skip(leadingCaps).Concat(words.Take(leadingCaps).Select(TitleCase)));
        return string.Join(' ', words.Select((w, i) => caps[i] ? TitleCase(w) : w));
    }

    private static bool IsParticlePrefixed(string word)
    {
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && Names.IsParticle(word[..hyphen]);
    }

    private static bool IsAllCaps(string word) => word.Count(char.IsLetter) >= 2 && word.Where(char.IsLetter).All(char.IsUpper);

    private static string TitleCase(string word)
    {
        if (!IsAllCaps(word)) return word;
        var lower = word.ToLowerInvariant();
        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (i == 0 || chars[i - 1] is '-' or '\'' or '’' || (i >= 2 && chars[i - 2] == 'm' && chars[i - 1] == 'c' && i == 2))
                chars[i] = char.ToUpperInvariant(chars[i]);
        return new string(chars);
    }

    private static readonly string[] OrganisationCues =
        ["Films", "Film", "Pictures", "Productions", "Production", "Media", "Studios", "Studio", "Entertainment", "Company", "Documentaries",
         "Doc", "Docs", "Ltd", "Ltd.", "Inc", "Inc.", "LLC", "GmbH", "AB", "AS", "ApS", "B.V.", "BV", "SA", "S.A.", "SRL", "Oy", "DOO",
         "Foundation", "Fund", "Institute", "Channel", "Television", "TV", "Broadcasting", "Network", "Distribution", "Releasing", "Sales",
         "Group", "Collective", "House", "Works", "Lab", "Labs", "Agency", "Partners", "Co.", "Corporation", "Corp", "Ventures", "Originals",
         "Netflix", "HBO", "BBC", "PBS", "Arte", "ARTE", "ZDF", "NHK", "CNN", "Hulu", "Amazon", "Apple", "Disney+", "Participant", "Neon", "NEON",
         "A24", "Dogwoof", "Magnolia", "Kino", "Grasshopper", "Submarine", "Cinephil", "Autlook", "Taskovski", "Cat&Docs", "Storyville", "POV",
         "Sundance", "ITVS", "CNN", "Vice", "Showtime", "Imagine", "Plan", "Higher", "Participant", "National", "Geographic",
         "Mubi", "MUBI", "Criterion", "Kanopy", "Tubi", "Peacock", "Letterboxd", "IMDb", "Curzon", "BFI", "Channel 4", "Max",
         "Associates", "Audio", "Lounge", "Podcast", "Podcasts", "Radio", "Records", "Orchestra", "Ensemble", "Quartet", "Choir"];

    /// <summary>"Netflix", "CNN Films", "Mubi": a name made only of organisation words.</summary>
    public static bool IsOnlyOrganisationWords(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } words
        && words.All(w => OrganisationCues.Contains(w.Trim(',', '.'), StringComparer.OrdinalIgnoreCase)) && !words.All(w => w is "Film" or "Films" or "Doc" or "Docs" or "House" or "Works");

    public static bool LooksLikeOrganisation(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => OrganisationCues.Contains(w.Trim(',', '.'), StringComparer.OrdinalIgnoreCase))
        || name.Length > 1 && name.Where(char.IsLetter).All(char.IsUpper) && name.Count(char.IsLetter) <= 6;
}
