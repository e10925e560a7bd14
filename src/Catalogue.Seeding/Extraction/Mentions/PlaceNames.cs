namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>Capitalised names that are places, peoples, events or things, never a person, whatever their shape.</summary>
internal static class PlaceNames
{
    /// <summary>"San Diego", "Cape Town", "European Jews", "Cold War", "Formula One": words that make a name a place's, a people's, an event's or a thing's.</summary>
    private static readonly HashSet<string> Markers = new(StringComparer.Ordinal)
    {
        "San", "Santa", "New", "Cape", "Fort", "Port", "Saint", "St.", "Mount", "Town", "City", "Island", "Islands",
        "Valley", "County", "Street", "Coast", "Beach", "Hills", "Mountains", "Sea", "Ocean", "Gulf", "Desert",
        "Upper", "Lower", "Heights", "Springs", "Falls", "Harbour", "Harbor", "Square", "Avenue", "Road",
        "Los", "Las", "Hong", "Tel", "Rio", "Buenos", "Kuala", "European", "African", "Asian", "Arab", "Latin", "Jewish", "Muslim",
        "Jews", "People", "Peoples", "Tribe", "Nation", "Empire", "Kingdom", "Republic", "War", "Revolution", "Movement",
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Hundred", "Thousand",
    };

    // Words that are also common names ("Michael Bay", "River Phoenix", "Park Chan-wook", "Kanye West") are left out.
    public static bool IsPlaceOrGroup(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(Markers.Contains);
}
