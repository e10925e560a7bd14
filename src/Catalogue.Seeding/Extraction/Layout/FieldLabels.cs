using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>What a field's value is. Credit and company kinds carry the role they give.</summary>
internal enum FieldKind
{
    Title, OriginalTitle, AlternateTitle, Year, ReleaseDate, Genre, Country, Language, Runtime,
    Credit, Subjects, Company, Rating, Synopsis, Views, Reviews, Awards, Festival, TechnicalSpecs, ExternalLink,
    /// <summary>A label the reader knows is not about the film's facts ("Posted by", "Price", "Venue"): the value is not prose.</summary>
    Ignored,
}

/// <param name="Role">For <see cref="FieldKind.Credit"/> a CreditRoles value, for <see cref="FieldKind.Company"/> a CompanyRoles value,
/// for <see cref="FieldKind.Rating"/> the rating's source.</param>
internal sealed record FieldLabel(FieldKind Kind, string Text, string? Role = null)
{
    /// <summary>A label the reader does not know, where the layout says it is one ("Student Project   No"): its value is no fact.</summary>
    public static FieldLabel Unknown(string written) => new(FieldKind.Ignored, written.Trim());

    /// <summary>The provenance rule of a fact read from this kind of field, e.g. <c>field.credit.director</c>.</summary>
    public string Rule => Role is null || Kind == FieldKind.Rating ? $"field.{Slug(Kind)}" : $"field.{Slug(Kind)}.{Role}";

    private static string Slug(FieldKind kind) => kind switch
    {
        FieldKind.OriginalTitle => "original-title",
        FieldKind.AlternateTitle => "alternate-title",
        FieldKind.ReleaseDate => "release-date",
        FieldKind.TechnicalSpecs => "technical-specs",
        FieldKind.ExternalLink => "external-link",
        _ => kind.ToString().ToLowerInvariant(),
    };
}

/// <summary>
/// The labels sites put before a film's facts, in their common spellings. A new site's field layout needs at most
/// a new label word here: the layout reader finds label and value whatever the punctuation between them.
/// </summary>
internal static class FieldLabels
{
    private static readonly Dictionary<string, FieldLabel> Known = new(StringComparer.OrdinalIgnoreCase);

    private static void Add(FieldKind kind, string? role, params string[] labels)
    {
        foreach (var label in labels) Known[label] = new FieldLabel(kind, label, role);
    }

    static FieldLabels()
    {
        Add(FieldKind.Title, null, "title", "film title", "film", "english title", "international title", "main title", "movie title", "movie", "title of the film", "programme title", "feature title");
        Add(FieldKind.OriginalTitle, null, "original title", "title in original language", "original", "orig. title");
        Add(FieldKind.AlternateTitle, null, "alternative title", "alternative titles", "alternate title", "also known as", "aka", "a.k.a.",
            "other titles", "variant title", "uniform title");
        Add(FieldKind.Year, null, "year", "released", "release year", "year of production", "production year", "year of release",
            "completed", "completion date", "movie release year", "film release year", "year released");
        Add(FieldKind.ReleaseDate, null, "release date", "release dates", "release", "premiere", "world premiere", "first aired",
            "original release", "publication date", "release date (theaters)", "release date (streaming)", "original air date", "broadcast date");
        Add(FieldKind.Genre, null, "genre", "genres", "category", "categories", "type", "form", "genre/form");
        Add(FieldKind.Country, null, "country", "countries", "country of origin", "production country", "production countries",
            "countries of production", "origin", "nationality", "country of production");
        Add(FieldKind.Language, null, "language", "languages", "original language", "spoken language", "spoken languages", "dialogue", "original language of film or tv show",
            "language(s)", "audio", "spoken", "original languages", "audio language", "audio languages");
        Add(FieldKind.Runtime, null, "runtime", "run time", "running time", "length", "duration", "total running time",
            "running length", "run-time", "physical description", "extent");

        Add(FieldKind.Credit, CreditRoles.Director, "director", "directors", "directed by", "dir", "dir.", "direction", "a film by", "film by",
            "filmmaker", "filmmakers", "director(s)", "directed", "written and directed by", "writer/director", "writer-director", "director/writer",
            "writer / director", "directed and written by", "directed and produced by", "filmed and directed by");
        Add(FieldKind.Credit, CreditRoles.CoDirector, "co-director", "co-directors", "co-directed by", "codirector");
        Add(FieldKind.Credit, CreditRoles.Producer, "producer", "producers", "produced by", "producer(s)", "prod.", "producing");
        Add(FieldKind.Credit, CreditRoles.ExecutiveProducer, "executive producer", "executive producers", "exec. producer",
            "exec producer", "executive produced by", "executive producer(s)");
        Add(FieldKind.Credit, CreditRoles.Cinematographer, "cinematography", "cinematographer", "cinematographers", "director of photography",
            "dop", "d.o.p.", "camera", "photography", "shot by", "cinematography by", "camera operator", "dp", "image");
        Add(FieldKind.Credit, CreditRoles.Editor, "editor", "editors", "editing", "edited by", "film editing", "film editor", "montage",
            "editor(s)", "picture editor", "co-editor", "co-editors", "co-edited by");
        Add(FieldKind.Credit, CreditRoles.Composer, "music", "music by", "composer", "composers", "original music", "score", "original score",
            "original music by", "score by");
        Add(FieldKind.Credit, CreditRoles.Writer, "writer", "writers", "written by", "screenplay", "screenplay by", "script", "writer(s)", "screenwriter", "screenwriters", "co-writer", "co-writers", "co-written by", "writing", "written", "screenplay and direction");
        Add(FieldKind.Credit, CreditRoles.Narrator, "narrator", "narrated by", "narration", "voice", "narrated");
        Add(FieldKind.Subjects, null, "cast", "starring", "stars", "featuring", "with", "subjects", "participants", "protagonists",
            "characters", "appearing", "cast member", "key cast", "cast & crew", "principal cast", "cast members", "people", "featured");
        Add(FieldKind.Ignored, null, "instance of", "main subject", "described by source", "point in time", "applies to jurisdiction", "place of publication",
            "statement is subject of", "conferred by", "stated in", "imported from", "reference url", "retrieved");

        Add(FieldKind.Company, CompanyRoles.Producer, "production company", "production companies", "production co", "production", "studio", "co-production",
            "co-production company", "co-producing company",
            "studios", "produced in association with", "in association with", "production co.", "company", "companies", "producing company",
            "production house");
        Add(FieldKind.Company, CompanyRoles.Distributor, "distributor", "distributors", "distributed by", "distribution", "released by",
            "us distributor", "uk distributor", "u.s. distribution", "theatrical distributor", "publisher");
        Add(FieldKind.Company, CompanyRoles.SalesAgent, "world sales", "international sales", "sales", "sales agent", "sales company",
            "sales contact", "worldwide sales");
        Add(FieldKind.Company, CompanyRoles.Broadcaster, "broadcaster", "broadcasters", "channel", "network", "tv channel", "original network");
        Add(FieldKind.Company, CompanyRoles.StreamingPlatform, "streaming on", "stream on", "watch on", "available on", "streaming",
            "where to watch", "now streaming on", "platform");
        Add(FieldKind.Company, CompanyRoles.Commissioner, "commissioned by", "commissioning editor", "supported by", "commissioner");

        Add(FieldKind.Rating, "imdb", "imdb", "imdb rating", "imdb score");
        Add(FieldKind.Rating, "rotten-tomatoes", "tomatometer", "rotten tomatoes", "critics score", "tomatometer score");
        Add(FieldKind.Rating, "audience", "audience score", "popcornmeter", "audience rating", "user score", "users");
        Add(FieldKind.Rating, "metacritic", "metascore", "metacritic");
        Add(FieldKind.Rating, "letterboxd", "letterboxd", "average rating", "avg rating", "weighted average");
        Add(FieldKind.Rating, "tmdb", "tmdb", "tmdb score", "user score (tmdb)");
        Add(FieldKind.Rating, "listing", "rating", "score", "our rating", "verdict", "grade", "our score", "rated", "review score");

        Add(FieldKind.Synopsis, null, "synopsis", "plot", "storyline", "summary", "logline", "description", "about", "about the film",
            "short synopsis", "long synopsis", "overview", "the film", "story", "abstract", "content", "log line");
        Add(FieldKind.Views, null, "views", "view count", "plays");
        Add(FieldKind.Reviews, null, "user reviews", "reviews", "user review", "critic reviews");
        Add(FieldKind.Awards, null, "awards", "award", "nominee", "nomination", "nominations", "award received", "awards received", "nominated for", "awards and nominations", "accolades", "prizes", "laurels", "honours", "honors", "awards & festivals",
            "festivals & awards", "festivals and awards", "festival history", "festivals", "selected festivals", "awards & recognition");
        Add(FieldKind.Festival, null, "section", "programme", "program", "competition", "strand", "sidebar", "selection", "screening section",
            "festival screenings", "festival selections", "screenings", "venue", "screened at", "world premiere");
        Add(FieldKind.TechnicalSpecs, null, "format", "formats", "technical specs", "tech specs", "technical details", "specs", "screening format",
            "aspect ratio", "sound", "sound mix", "colour", "color", "ratio", "camera format", "exhibition format", "shooting format");
        Add(FieldKind.ExternalLink, null, "imdb link", "more at", "external links", "links", "website", "official site", "official website", "url",
            "imdb id", "wikidata", "wikidata id", "wikidata item", "tmdb id");

        Add(FieldKind.Ignored, null, "posted by", "posted on", "posted in", "by", "author", "published by", "filed under", "tags", "tagged",
            "share", "venue", "price", "tickets", "time and place", "screenings", "showtimes", "date and time", "contact", "email", "phone", "tel",
            "press", "press contact", "certificate", "cert", "age rating", "rated pg", "classification", "call number", "isbn", "upc", "location",
            "status", "holdings", "barcode", "edition", "series", "notes", "subject", "topics", "keywords", "age", "access", "updated", "last updated", "comments", "reply", "source", "photo", "image credit", "credit", "website address", "subtitles", "subtitled", "captions",
            "country of filming", "countries of filming", "filming location", "filming locations", "shooting location", "shooting locations",
            "locations", "location(s)", "budget", "production budget", "first-time filmmaker", "student project", "special thanks", "thanks",
            "performed by", "courtesy of", "recordings courtesy of", "footage courtesy of", "songs", "song", "music cues", "soundtrack", "completion status",
            "project status", "stage", "support", "grant", "funding", "funded by", "backers", "pledged", "goal", "followers");
    }

    private static readonly System.Text.RegularExpressions.Regex PropertyId = new(@"\s+\(P\d{1,6}\)$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"Project Title", "Film Type", "Movie Genre": a word naming what the page is about, before a label that means the same without it.</summary>
    private static readonly string[] SubjectQualifiers = ["project ", "film ", "movie ", "programme ", "program ", "documentary ", "the "];

    /// <summary>"Additional Editors", "Assistant Director": a lesser credit, not the role itself.</summary>
    private static readonly string[] LesserQualifiers = ["additional ", "assistant ", "second unit ", "2nd unit ", "associate ", "archival ", "archive "];

    /// <summary>The role of an ignored label that is a lesser credit: its value is a list of names like any credit's.</summary>
    public const string LesserCredit = "lesser-credit";

    public static FieldLabel? Find(string label)
    {
        var collapsed = TitleRuns.Collapse(label.Trim().TrimEnd(':', '.', '-', '–', '—').Trim());
        // "director (P57)": a structured record's property id after its label.
        if (PropertyId.Match(collapsed) is { Success: true } id) collapsed = collapsed[..id.Index];
        if (collapsed.Length == 0) return null;
        if (Known.GetValueOrDefault(collapsed) is { } known) return known;
        foreach (var qualifier in SubjectQualifiers)
            if (collapsed.StartsWith(qualifier, StringComparison.OrdinalIgnoreCase) && Known.GetValueOrDefault(collapsed[qualifier.Length..]) is { Kind: not FieldKind.Ignored } qualified)
                return qualified with { Text = collapsed };
        foreach (var qualifier in LesserQualifiers)
            if (collapsed.StartsWith(qualifier, StringComparison.OrdinalIgnoreCase) && Known.GetValueOrDefault(collapsed[qualifier.Length..]) is { Kind: FieldKind.Credit })
                return new FieldLabel(FieldKind.Ignored, collapsed, LesserCredit);
        if (WithoutTerritory(collapsed) is { } market && Known.GetValueOrDefault(market) is { Kind: FieldKind.Company } company)
            return company with { Text = collapsed };
        // "Produced and directed by", "Directed, produced and edited by": credits joined before one "by" read as the first.
        if (!collapsed.EndsWith(" by", StringComparison.OrdinalIgnoreCase)) return null;
        var verbs = RolesBeforeBy(collapsed);
        return verbs.Count >= 2 && verbs.All(v => Known.GetValueOrDefault(v + " by") is { Kind: FieldKind.Credit }) ? Known[verbs[0] + " by"] : null;
    }

    /// <summary>"Directed, produced and edited by" → directed, produced, edited.</summary>
    public static List<string> RolesBeforeBy(string label) =>
        label.Trim()[..^3].Split([", ", " and ", " & ", ","], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static readonly string[] Markets = ["north american ", "international ", "worldwide ", "world ", "domestic ", "foreign ", "theatrical ", "european ", "latin american "];

    /// <summary>"North American distribution", "US Distribution", "German broadcaster": the territory a company has the film in.</summary>
    private static string? WithoutTerritory(string label)
    {
        foreach (var market in Markets)
            if (label.StartsWith(market, StringComparison.OrdinalIgnoreCase)) return label[market.Length..];
        var space = label.IndexOf(' ');
        if (space <= 0) return null;
        var first = label[..space];
        return Countries.Find(first) is not null || Countries.FromDemonym(first) is not null ? label[(space + 1)..] : null;
    }

    public const int MaxLabelWords = 5;
}
