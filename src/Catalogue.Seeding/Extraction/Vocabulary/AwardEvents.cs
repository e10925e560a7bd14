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
        ["BAFTA"] = "BAFTA Awards", ["BAFTAs"] = "BAFTA Awards", ["BAFTA Awards"] = "BAFTA Awards",
        ["Golden Globe"] = "Golden Globe Awards", ["Golden Globes"] = "Golden Globe Awards",
        ["Peabody"] = "Peabody Awards", ["Peabody Awards"] = "Peabody Awards",
    };

    private static readonly string[] EventWords =
        ["Festival", "Awards", "Award", "Honors", "Honours", "Prize", "Prizes", "Ceremony", "Biennale", "Fest", "Gala", "Academy"];

    /// <summary>The event's catalogue name, or null when the phrase does not look like an event at all.</summary>
    public static string? Normalise(string phrase)
    {
        var name = phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? phrase[4..] : phrase;
        if (Canonical.TryGetValue(name, out var canonical)) return canonical;
        var words = name.Split(' ');
        return words.Any(w => EventWords.Contains(w, StringComparer.OrdinalIgnoreCase)) ? name : null;
    }
}
