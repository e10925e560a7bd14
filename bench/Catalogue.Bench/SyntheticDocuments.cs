using System.Text;

namespace Catalogue.Bench;

/// <summary>
/// Writes documents in the five shapes the seeding job reads (listing page, labelled-sentence review, prose
/// review, feature article, synopsis page), five per film, from a fixed random seed so every run is the same.
/// </summary>
public static class SyntheticDocuments
{
    private static readonly string[] Adjectives = ["Silent", "Last", "Broken", "Distant", "Hidden", "Burning", "Frozen", "Forgotten", "Restless", "Open", "Quiet", "Iron", "Paper", "Salt", "Glass", "Northern", "Southern", "Empty", "Golden", "Bitter", "Wild", "Lost", "Long", "Final", "Narrow", "Hollow", "Bright", "Sleeping", "Crooked", "Little"];
    private static readonly string[] Nouns = ["Harbour", "Bridges", "Voices", "Rivers", "Gardens", "Streets", "Winters", "Borders", "Windows", "Fields", "Mountains", "Islands", "Doors", "Roads", "Towers", "Markets", "Orchards", "Valleys", "Shores", "Lanterns", "Kitchens", "Schools", "Songs", "Letters", "Wells", "Bells", "Trains", "Nights", "Mirrors", "Furnaces"];
    private static readonly string[] Places = ["Aleppo", "Mosul", "Sarajevo", "Kabul", "Gaza", "Lagos", "Manila", "Lima", "Tbilisi", "Odesa", "Havana", "Dhaka", "Quito", "Harar", "Tromso", "Kyiv", "Juba", "Accra", "Cusco", "Hue", "Agadez", "Herat", "Timbuktu", "Mostar", "Homs", "Jenin", "Goma", "Cali", "Mandalay", "Beirut"];
    private static readonly string[] FirstNames = ["Amira", "Yusuf", "Leila", "Omar", "Sara", "Karim", "Nadia", "Tariq", "Lina", "Hassan", "Maya", "Idris", "Rania", "Samir", "Dina", "Farid", "Hana", "Jamal", "Noor", "Ziad", "Elena", "Tomas", "Ingrid", "Pavel", "Marta", "Jonas", "Greta", "Anton", "Irena", "Lukas"];
    private static readonly string[] LastNames = ["Haddad", "Khoury", "Nasser", "Saleh", "Mansour", "Aziz", "Hamdan", "Rahman", "Qasim", "Darwish", "Lindqvist", "Novak", "Petrov", "Kowalski", "Jensen", "Moreau", "Costa", "Varga", "Horvat", "Berg"];
    private static readonly string[] Genres = ["War", "History", "Biography", "Music", "Sport", "Crime", "Family", "News"];
    private static readonly string[] Countries = ["Denmark", "Syria", "Norway", "France", "Germany", "Lebanon", "Brazil", "Japan", "Kenya", "Chile"];
    private static readonly string[] Labels = ["Very negative", "Negative", "Neutral", "Positive", "Very positive"];
    private static readonly string[] Programmes = ["Panorama", "Storyville", "Frontline", "Dispatches", "Unreported World"];

    public sealed record Film(string Title, int Year, string Director, string CoDirector, string Cinematographer, string[] Subjects, string Genre, string Country, int Runtime);

    public static IEnumerable<(string FileName, string Text)> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var film = FilmNumber(i / 5, seed);
            var fileName = $"{i:D6}_{(i % 5) switch { 0 => "listing", 1 => "prose", 2 => "labelled", 3 => "article", _ => "synopsis" }}.txt";
            var text = (i % 5) switch
            {
                0 => Listing(film, random),
                1 => Prose(film, random),
                2 => Labelled(film, random),
                3 => Article(film, random),
                _ => Synopsis(film, random),
            };
            yield return (fileName, text);
        }
    }

    public static void WriteTo(string directory, int count, int seed = 42)
    {
        Directory.CreateDirectory(directory);
        foreach (var (fileName, text) in Generate(count, seed))
            File.WriteAllText(Path.Combine(directory, fileName), text);
    }

    /// <summary>The same film for every document about it: its people come from a generator seeded by its number.</summary>
    private static Film FilmNumber(int n, int seed)
    {
        var random = new Random(unchecked(seed * 1_000_003 + n));
        var title = $"{Adjectives[n % 30]} {Nouns[n / 30 % 30]} of {Places[n / 900 % 30]}";
        if (n >= 27000) title += $" Part {n / 27000 + 1}";
        string Person() => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
        return new Film(title, 1990 + n % 35, Person(), Person(), Person(),
            [FirstNames[random.Next(FirstNames.Length)], Person(), FirstNames[random.Next(FirstNames.Length)]],
            Genres[n % Genres.Length], Countries[n % Countries.Length], 70 + n % 60);
    }

    private static string Listing(Film f, Random random) => $"""
        {f.Title} {f.Year}

        {f.Title} {f.Year}

        Released: {f.Year}
        Genre: Documentary, Movie, {f.Genre}
        Starring: {f.Subjects[0]}, {f.Subjects[1]}, ,
        Run time: {f.Runtime} min
        IMDb: {random.Next(40, 90) / 10.0:0.0}/10
        Country: {f.Country}
        Views: {random.Next(1000, 99999)}


        In {f.Title}, {f.Subjects[0]} and {f.Subjects[1]} hold on to the city they love while the world looks away.
        User Reviews: This is not an easy film to watch. It stays with you for days. The camera never looks away from the people it follows. I give this {random.Next(1, 6)} stars (out of 5).

        Leave a Reply

        Your email address will not be published. Required fields are marked *

        This site uses Akismet to reduce spam. Learn how your comment data is processed.
        """;

    private static string Prose(Film f, Random random) => $"""
        {f.Title} is a patient, unflinching documentary about people who stay when everyone else leaves. We follow {f.Subjects[1]} through a year of small victories and large losses.

        The visual style of director {f.Director} is remarkable. The camera is always close, always listening. {f.Title} never tells the audience what to feel.

        Some scenes run long, and the middle third loses its way. Still, the film earns its ending.

        Go top UA-{random.Next(100000, 999999)}-1
        """;

    private static string Labelled(Film f, Random random)
    {
        var lines = new[]
        {
            $"{f.Director}s {f.Title} is a portrait of a city under pressure.",
            $"{f.Director}, co-director  {f.CoDirector}, and director of photography  {f.Cinematographer} stay close to their subjects.",
            "The film rarely explains itself.",
            "Some viewers will find it too slow.",
            "Others will not be able to look away.",
            $"{f.Title} understands the weight of what it shows.",
        };
        var builder = new StringBuilder();
        foreach (var line in lines)
            builder.Append(line).Append("\n  ").Append(Labels[random.Next(Labels.Length)]).Append('\n');
        return builder.ToString();
    }

    private static string Article(Film f, Random random) => $"""
        A group of volunteers forms the core of {f.Title}, the powerful film from director {f.Director}, which won the top prize for international documentary at Sundance and has qualified for Oscar consideration.

        “We wanted to stay with them as long as they would let us,” {f.Director.Split(' ')[1]} says.

        Northern Light Films

        The film was shot over {random.Next(2, 5)} years with a crew of three.

        Northern Light Films

        The version of {f.Title} that played in theaters earlier this year measured {f.Runtime + 15} minutes. An {f.Runtime}-minute version is currently streaming on Netflix.
        """;

    private static string Synopsis(Film f, Random random) => $"""
        {f.Title}

        Documentary, {f.Country}

        “{f.Title}” is a gripping documentary that follows ordinary people through extraordinary times.

        The story unfolds through the eyes of citizen journalists, commissioned by {Programmes[random.Next(Programmes.Length)]}, who risk their lives to document daily life.

        At the heart of the documentary is {f.Subjects[2]}, a volunteer nurse driven by a sense of duty.
        """;
}
