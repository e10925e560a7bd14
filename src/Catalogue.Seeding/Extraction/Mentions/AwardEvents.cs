namespace Catalogue.Seeding.Extraction;

/// <summary>Festival and ceremony names as the catalogue stores them, whatever the short form in the text.</summary>
internal static class AwardEvents
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sundance"] = "Sundance Film Festival", ["Sundance Film Festival"] = "Sundance Film Festival",
        ["Oscar"] = "Academy Awards", ["Oscars"] = "Academy Awards", ["Academy Award"] = "Academy Awards", ["Academy Awards"] = "Academy Awards",
        ["Cinema Eye"] = "Cinema Eye Honors", ["Cinema Eye Honors"] = "Cinema Eye Honors", ["Cinema Eye Honours"] = "Cinema Eye Honors",
        ["Cannes"] = "Cannes Film Festival", ["Cannes Film Festival"] = "Cannes Film Festival",
        ["Berlinale"] = "Berlin International Film Festival", ["Berlin Film Festival"] = "Berlin International Film Festival",
        ["Venice"] = "Venice Film Festival", ["Venice Film Festival"] = "Venice Film Festival",
        ["Toronto"] = "Toronto International Film Festival", ["TIFF"] = "Toronto International Film Festival",
        ["IDFA"] = "International Documentary Film Festival Amsterdam", ["Hot Docs"] = "Hot Docs",
        ["Emmy"] = "Emmy Awards", ["Emmys"] = "Emmy Awards", ["Emmy Awards"] = "Emmy Awards",
        ["BAFTA"] = "British Academy Film Awards", ["BAFTAs"] = "British Academy Film Awards", ["BAFTA Awards"] = "British Academy Film Awards",
        ["British Academy Film Awards"] = "British Academy Film Awards", ["British Academy Film Award"] = "British Academy Film Awards",
        ["Golden Globe"] = "Golden Globe Awards", ["Golden Globes"] = "Golden Globe Awards",
        ["Peabody"] = "Peabody Awards", ["Peabody Awards"] = "Peabody Awards",
        ["Berlin"] = "Berlin International Film Festival", ["Berlin International Film Festival"] = "Berlin International Film Festival",
        ["Toronto International Film Festival"] = "Toronto International Film Festival", ["Toronto Film Festival"] = "Toronto International Film Festival",
        ["International Documentary Film Festival Amsterdam"] = "International Documentary Film Festival Amsterdam",
        ["Hot Docs Canadian International Documentary Festival"] = "Hot Docs",
        ["CPH:DOX"] = "CPH:DOX", ["CPH DOX"] = "CPH:DOX", ["DOK Leipzig"] = "DOK Leipzig", ["Sheffield DocFest"] = "Sheffield DocFest",
        ["Sheffield Doc/Fest"] = "Sheffield DocFest", ["Sheffield"] = "Sheffield DocFest", ["True/False"] = "True/False Film Fest",
        ["True/False Film Fest"] = "True/False Film Fest", ["SXSW"] = "SXSW Film Festival", ["South by Southwest"] = "SXSW Film Festival",
        ["Tribeca"] = "Tribeca Festival", ["Tribeca Film Festival"] = "Tribeca Festival", ["Tribeca Festival"] = "Tribeca Festival",
        ["Full Frame"] = "Full Frame Documentary Film Festival", ["Telluride"] = "Telluride Film Festival", ["Locarno"] = "Locarno Film Festival",
        ["Visions du Réel"] = "Visions du Réel", ["San Sebastian"] = "San Sebastián International Film Festival",
        ["San Sebastián"] = "San Sebastián International Film Festival", ["Busan"] = "Busan International Film Festival",
        ["New York Film Festival"] = "New York Film Festival", ["NYFF"] = "New York Film Festival", ["London Film Festival"] = "BFI London Film Festival",
        ["BFI London Film Festival"] = "BFI London Film Festival", ["Independent Spirit"] = "Independent Spirit Awards",
        ["Independent Spirit Award"] = "Independent Spirit Awards", ["Independent Spirit Awards"] = "Independent Spirit Awards",
        ["Spirit Awards"] = "Independent Spirit Awards", ["Gotham Awards"] = "Gotham Awards", ["Gotham"] = "Gotham Awards",
        ["IDA Award"] = "IDA Documentary Awards", ["IDA Awards"] = "IDA Documentary Awards", ["IDA Documentary Awards"] = "IDA Documentary Awards",
        ["Critics Choice Award"] = "Critics' Choice Documentary Awards", ["Critics Choice Documentary Awards"] = "Critics' Choice Documentary Awards",
        ["Critics' Choice Documentary Awards"] = "Critics' Choice Documentary Awards", ["Grierson"] = "Grierson Awards",
        ["Grierson Awards"] = "Grierson Awards", ["European Film Awards"] = "European Film Awards", ["Cinema Eye Honor"] = "Cinema Eye Honors",
        ["Academy"] = "Academy Awards", ["Emmy Award"] = "Emmy Awards", ["News and Documentary Emmy Awards"] = "News and Documentary Emmy Awards",
        ["News & Documentary Emmy Awards"] = "News and Documentary Emmy Awards", ["Sundance Festival"] = "Sundance Film Festival",
        ["Cannes Festival"] = "Cannes Film Festival", ["Festival de Cannes"] = "Cannes Film Festival", ["Venice International Film Festival"] = "Venice Film Festival",
        ["Golden Globe Awards"] = "Golden Globe Awards", ["Directors Guild of America Awards"] = "Directors Guild of America Awards",
        ["DGA Awards"] = "Directors Guild of America Awards", ["Producers Guild Awards"] = "Producers Guild of America Awards",
    };

    private static readonly string[] EventWords =
        ["Festival", "Awards", "Honors", "Honours", "Biennale", "Fest", "DocFest", "Docs", "Filmfest", "Festivals"];

    private static readonly (string Name, string Canonical)[] LongestFirst =
        Canonical.OrderByDescending(c => c.Key.Length).Select(c => (c.Key, c.Value)).ToArray();

    /// <summary>Every known event the text names as whole words, left to right, the longest name where two overlap.</summary>
    public static List<(int Index, int Length, string Canonical)> FindAll(string text)
    {
        var found = new List<(int Index, int Length, string Canonical)>();
        foreach (var (name, canonical) in LongestFirst)
        {
            var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var end = at + name.Length;
                if (IsWholeName(text, at, end, name) && !found.Any(f => at < f.Index + f.Length && f.Index < end))
                    found.Add((at, name.Length, canonical));
                at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }
        return found.OrderBy(f => f.Index).ToList();
    }

    private static bool IsWholeName(string text, int at, int end, string name)
    {
        var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
        var after = end == text.Length || !char.IsLetter(text[end]) || text[end] == 's' && (end + 1 == text.Length || !char.IsLetter(text[end + 1]));
        // Short names ("Hot", "IDA") count only as written, so "venice" in a sentence about a city trip is still a match but "ida" is not.
        return before && after && (name.Length > 4 || char.IsUpper(text[at])) && !NamesAnInstitution(text, end);
    }

    /// <summary>"Sundance Institute", "IDFA Bertha Fund", "Sundance Channel": the festival's organisation, fund or channel, not the festival.</summary>
    private static readonly string[] InstitutionWords = [" Institute", " Fund", " Foundation", " Lab", " Labs", " Channel", " Enterprises", " Talents", " Catalyst", " Bertha Fund"];

    private static bool NamesAnInstitution(string text, int end) =>
        InstitutionWords.Any(w => string.CompareOrdinal(text, end, w, 0, w.Length) == 0 && (end + w.Length == text.Length || !char.IsLetter(text[end + w.Length])));

    /// <summary>A known event named anywhere in <paramref name="text"/> as whole words: "Won the Oscar for Best Documentary" → Academy Awards.</summary>
    public static string? FindIn(string text)
    {
        foreach (var (name, canonical) in LongestFirst)
        {
            var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                if (IsWholeName(text, at, at + name.Length, name)) return canonical;
                at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }
        return null;
    }

    private static readonly string[] Ceremonies =
        ["Academy Awards", "Emmy Awards", "British Academy Film Awards", "Golden Globe Awards", "Peabody Awards", "Cinema Eye Honors", "Independent Spirit Awards",
         "Gotham Awards", "IDA Documentary Awards", "Critics' Choice Documentary Awards", "Grierson Awards", "European Film Awards",
         "News and Documentary Emmy Awards", "Directors Guild of America Awards", "Producers Guild of America Awards"];

    /// <summary>A festival screens films; a ceremony only honours them.</summary>
    public static bool IsFestival(string canonical) => !Ceremonies.Contains(canonical);

    /// <summary>The event's catalogue name, or null when the phrase does not look like an event at all.</summary>
    public static string? Normalise(string phrase)
    {
        var name = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;
        name = name.Trim();
        if (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal)) name = name[..^2];
        // "the 92nd Academy Awards", "the 35th Sundance Film Festival": the edition is not part of the name.
        var words0 = name.Split(' ');
        if (words0.Length > 1 && words0[0].Length > 2 && char.IsDigit(words0[0][0]) && words0[0][^2..] is "st" or "nd" or "rd" or "th") name = string.Join(' ', words0.Skip(1));
        if (Canonical.TryGetValue(name, out var canonical)) return canonical;
        var words = name.Split(' ');
        // "Award" or "Festival" alone names no event.
        if (words.Length < 2) return null;
        return words.Any(w => EventWords.Contains(w, StringComparer.OrdinalIgnoreCase)) ? name : null;
    }
}
