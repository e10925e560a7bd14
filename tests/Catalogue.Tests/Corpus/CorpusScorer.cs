using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Catalogue.Data;
using Catalogue.Seeding;
using Catalogue.Seeding.Documents;
using Catalogue.Seeding.Extraction;
using Catalogue.Tests.Infrastructure;
using Npgsql;

namespace Catalogue.Tests.Corpus;

/// <summary>
/// Seeds one half of the corpus into a real PostgreSQL, reads back what the API serves for every film each document
/// yielded (only facts cited to that document), and compares it with the document's truth file: precision and recall per
/// fact kind, films found, spurious films, traps taken.
/// </summary>
public static class CorpusScorer
{
    /// <summary>Fact kinds scored, with the truth-file keys that feed them.</summary>
    public static readonly IReadOnlyList<(string Kind, string TruthKey)> Kinds =
    [
        ("year", "year"), ("genre", "genres"), ("country", "countries"), ("language", "languages"), ("runtime", "runtimes"),
        ("director", "directors"), ("producer", "producers"), ("executive-producer", "executiveProducers"),
        ("cinematographer", "cinematographers"), ("editor", "editors"), ("composer", "composers"), ("writer", "writers"),
        ("narrator", "narrators"), ("subject", "subjects"), ("award", "awards"), ("company", "companies"), ("rating", "ratings"),
        ("external-id", "externalIds"),
    ];

    public static async Task<CorpusScore> ScoreAsync(string half)
    {
        var documents = CorpusFiles.Half(half);
        var connectionString = await TestServer.CreateDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("catalogue-corpus-");
        try
        {
            foreach (var document in documents) File.Copy(document.Path, Path.Combine(folder.FullName, document.SeedName));
            var seeder = new Seeder(new SeedingSettings(connectionString), new DocumentExtractor(), TimeProvider.System);
            var report = await seeder.RunAsync(new SeedOptions(folder.FullName), null, CancellationToken.None);
            await using var api = new ApiFactory(connectionString);
            using var client = api.CreateClient();
            var score = new CorpusScore(half, report);
            foreach (var document in documents) await ScoreDocumentAsync(score, document, connectionString, client);
            return score;
        }
        finally
        {
            folder.Delete(recursive: true);
            await TestServer.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task ScoreDocumentAsync(CorpusScore score, CorpusDocument document, string connectionString, HttpClient client)
    {
        var (documentId, slugs) = await FilmsCitedByAsync(connectionString, document.SeedName);
        var served = new List<(string Slug, JsonElement Film)>();
        foreach (var slug in slugs)
            served.Add((slug, await client.GetFromJsonAsync<JsonElement>($"/v1/films/{slug}?include=provenance")));

        var outcome = new DocumentOutcome(document);
        score.Documents.Add(outcome);
        var matched = new HashSet<string>();
        foreach (var truthFilm in document.Truth.Films)
        {
            var film = served.FirstOrDefault(s => !matched.Contains(s.Slug) && SameTitle(truthFilm, s.Film));
            if (film.Slug is null) { outcome.MissedFilms.Add(truthFilm.Title); }
            else matched.Add(film.Slug);
            var truthFacts = TruthFacts(truthFilm.Facts);
            var servedFacts = film.Slug is null ? [] : ServedFacts(film.Film, documentId);
            foreach (var (kind, _) in Kinds)
                score.Count(kind, truthFacts.Where(t => t.Kind == kind).ToList(), servedFacts.Where(s => s.Kind == kind).ToList(), outcome, truthFilm.Title);
            foreach (var trap in document.Truth.Traps.OtherFilmFacts)
                if (OtherFilmFact(trap) is { } other && servedFacts.Any(s => s.Kind == other.Kind && Matches(other, s))
                    && !truthFacts.Any(t => t.Kind == other.Kind && Matches(t, other)))
                    outcome.Traps.Add($"{truthFilm.Title} took {other.Kind}={other.Value} of another film");
        }

        foreach (var (slug, film) in served.Where(s => !matched.Contains(s.Slug)))
        {
            var title = film.GetProperty("title").GetString()!;
            var mentioned = document.Truth.MentionedFilms.Any(m => NameKeys.Key(m) == NameKeys.Key(title));
            if (mentioned) outcome.MentionedFilmsCreated.Add(title);
            else outcome.SpuriousFilms.Add(title);
            foreach (var fact in ServedFacts(film, documentId)) score.Count(fact.Kind, [], [fact], outcome, title);
            if (document.Truth.Traps.NotFilms.Any(n => NameKeys.Key(n) == NameKeys.Key(title))) outcome.Traps.Add($"film made of \"{title}\"");
        }

        foreach (var (_, film) in served)
            foreach (var person in ServedFacts(film, documentId).Where(f => f.Person))
                if (document.Truth.Traps.NotPeople.Any(n => NameKeys.Key(n) == NameKeys.Key(person.Value)))
                    outcome.Traps.Add($"person made of \"{person.Value}\"");
    }

    private static async Task<(long? DocumentId, List<string> Slugs)> FilmsCitedByAsync(string connectionString, string fileName)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT d.id, f.slug FROM source_documents d
            LEFT JOIN fact_sources s ON s.document_id = d.id AND s.fact_kind = 'film.title'
            LEFT JOIN films f ON f.id = s.fact_id
            WHERE d.file_name = @name ORDER BY f.id
            """, connection);
        command.Parameters.AddWithValue("name", fileName);
        long? id = null;
        var slugs = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            id = reader.GetInt64(0);
            if (!reader.IsDBNull(1)) slugs.Add(reader.GetString(1));
        }
        return (id, slugs.Distinct().ToList());
    }

    /// <summary>
    /// The served title names the truth's film: the same words, with or without a leading article, or without the
    /// parenthesised subtitle some titles carry ("Summer of Soul (...Or, When the Revolution Could Not Be Televised)").
    /// </summary>
    private static bool SameTitle(TruthFilm truth, JsonElement film)
    {
        var keys = truth.AlternateTitles.Append(truth.Title).Append(WithoutParenthesis(truth.Title)).Select(NameKeys.Key).ToHashSet();
        var served = new List<string> { film.GetProperty("title").GetString()! };
        served.AddRange(film.GetProperty("alternateTitles").EnumerateArray().Select(t => t.GetProperty("title").GetString()!));
        return served.Any(s => keys.Contains(NameKeys.Key(s)) || keys.Contains(NameKeys.Key(WithoutArticle(s))) || keys.Any(k => WithoutArticle(k) == NameKeys.Key(s)));
    }

    private static string WithoutParenthesis(string title) =>
        title.IndexOf(" (", StringComparison.Ordinal) is var open and > 0 ? title[..open] : title;

    private static string WithoutArticle(string title) =>
        title.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? title[4..] : title;

    /// <summary>A fact as compared: its kind, its value, and the parts the matcher needs.</summary>
    public sealed record Fact(string Kind, string Value, string? Role = null, int? Year = null, decimal? Number = null, decimal? Scale = null, bool Person = false);

    private static List<Fact> TruthFacts(JsonElement facts)
    {
        var list = new List<Fact>();
        if (facts.ValueKind != JsonValueKind.Object) return list;
        foreach (var (kind, key) in Kinds)
        {
            if (!facts.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null) continue;
            switch (kind)
            {
                case "year": list.Add(new Fact(kind, value.ToString())); break;
                case "external-id":
                    foreach (var id in value.EnumerateObject()) list.Add(new Fact(kind, $"{id.Name}:{id.Value}".ToLowerInvariant()));
                    break;
                case "award":
                    foreach (var award in value.EnumerateArray())
                        list.Add(new Fact(kind, Str(award, "event"), Str(award, "outcome"), award.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null));
                    break;
                case "company":
                    foreach (var company in value.EnumerateArray()) list.Add(new Fact(kind, Str(company, "name"), Str(company, "role")));
                    break;
                case "rating":
                    foreach (var rating in value.EnumerateArray()) list.Add(Rating(rating.GetProperty("value"), rating.GetProperty("scale")));
                    break;
                default:
                    foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
                        list.Add(new Fact(kind, item.ToString(), Person: IsPersonKind(kind)));
                    break;
            }
        }
        return list;
    }

    private static Fact Rating(JsonElement value, JsonElement scale) =>
        value.ValueKind == JsonValueKind.Number && scale.ValueKind == JsonValueKind.Number
            ? new Fact("rating", $"{value.GetDecimal():0.##}/{scale.GetDecimal():0.##}", Number: value.GetDecimal(), Scale: scale.GetDecimal())
            : new Fact("rating", value.ToString(), Role: scale.ToString());

    private static Fact? OtherFilmFact(JsonElement trap)
    {
        if (!trap.TryGetProperty("kind", out var kindElement) || !trap.TryGetProperty("value", out var value)) return null;
        var kind = Kinds.FirstOrDefault(k => k.TruthKey == kindElement.GetString() || k.Kind == kindElement.GetString()).Kind;
        if (kind is null) return null;
        return kind switch
        {
            "award" when value.ValueKind == JsonValueKind.Object => new Fact(kind, Str(value, "event"), Str(value, "outcome")),
            "company" when value.ValueKind == JsonValueKind.Object => new Fact(kind, Str(value, "name"), Str(value, "role")),
            "rating" when value.ValueKind == JsonValueKind.Object => Rating(value.GetProperty("value"), value.GetProperty("scale")),
            "award" or "company" or "rating" => null,
            _ => new Fact(kind, value.ToString(), Person: IsPersonKind(kind)),
        };
    }

    private static bool IsPersonKind(string kind) =>
        kind is "director" or "producer" or "executive-producer" or "cinematographer" or "editor" or "composer" or "writer" or "narrator" or "subject";

    private static string Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    /// <summary>The facts the API serves for a film that cite <paramref name="documentId"/>.</summary>
    private static List<Fact> ServedFacts(JsonElement film, long? documentId)
    {
        var facts = new List<Fact>();
        bool Cited(JsonElement entry) =>
            entry.TryGetProperty("sources", out var sources) && sources.EnumerateArray().Any(s => s.TryGetProperty("documentId", out var d) && d.ValueKind == JsonValueKind.Number && d.GetInt64() == documentId);

        if (film.TryGetProperty("provenance", out var provenance) && provenance.TryGetProperty("year", out var yearSources)
            && yearSources.EnumerateArray().Any(s => s.TryGetProperty("documentId", out var d) && d.ValueKind == JsonValueKind.Number && d.GetInt64() == documentId)
            && film.GetProperty("year").ValueKind == JsonValueKind.Number)
            facts.Add(new Fact("year", film.GetProperty("year").GetInt32().ToString(CultureInfo.InvariantCulture)));
        foreach (var genre in Array(film, "genres").Where(Cited)) facts.Add(new Fact("genre", Str(genre, "name")));
        foreach (var country in Array(film, "countries").Where(Cited)) facts.Add(new Fact("country", Str(country, "code")));
        foreach (var language in Array(film, "languages").Where(Cited))
            facts.Add(new Fact("language", Str(language, "code") is { Length: > 0 } code ? code : Str(language, "languageCode")));
        foreach (var runtime in Array(film, "runtimes").Where(Cited)) facts.Add(new Fact("runtime", runtime.GetProperty("minutes").GetInt32().ToString(CultureInfo.InvariantCulture)));
        if (film.TryGetProperty("credits", out var credits))
            foreach (var role in credits.EnumerateObject())
                foreach (var credit in role.Value.EnumerateArray().Where(Cited))
                    facts.Add(new Fact(role.Name == "co-director" ? "director" : role.Name == "cast" ? "subject" : role.Name, Str(credit, "name"), Person: true));
        if (film.TryGetProperty("subjects", out var subjects))
            foreach (var person in Array(subjects, "people").Where(Cited)) facts.Add(new Fact("subject", Str(person, "name"), Person: true));
        foreach (var award in Array(film, "awards").Where(Cited))
            facts.Add(new Fact("award", Str(award, "event"), Str(award, "outcome"), award.GetProperty("year").ValueKind == JsonValueKind.Number ? award.GetProperty("year").GetInt32() : null));
        foreach (var company in Array(film, "companies").Where(Cited)) facts.Add(new Fact("company", Str(company, "name"), Str(company, "role")));
        foreach (var rating in Array(film, "ratings").Where(Cited))
        {
            var raw = Str(rating, "rawValue");
            facts.Add(raw.Any(char.IsDigit)
                ? new Fact("rating", $"{rating.GetProperty("value").GetDecimal():0.##}/{rating.GetProperty("scale").GetDecimal():0.##}", Number: rating.GetProperty("value").GetDecimal(), Scale: rating.GetProperty("scale").GetDecimal())
                : new Fact("rating", raw, Role: "letter"));
        }
        if (film.TryGetProperty("externalIds", out var ids))
        {
            if (ids.ValueKind == JsonValueKind.Object)
                foreach (var id in ids.EnumerateObject().Where(i => i.Value.ValueKind is JsonValueKind.String or JsonValueKind.Object))
                {
                    var value = id.Value.ValueKind == JsonValueKind.String ? id.Value.GetString() : Str(id.Value, "value");
                    var cited = id.Value.ValueKind != JsonValueKind.Object || Cited(id.Value);
                    if (cited && value is { Length: > 0 }) facts.Add(new Fact("external-id", $"{id.Name}:{value}".ToLowerInvariant()));
                }
            else if (ids.ValueKind == JsonValueKind.Array)
                foreach (var id in ids.EnumerateArray().Where(Cited)) facts.Add(new Fact("external-id", $"{Str(id, "source")}:{Str(id, "value")}".ToLowerInvariant()));
        }
        return facts;
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    public static bool Matches(Fact truth, Fact served) => truth.Kind switch
    {
        "award" => served.Role == truth.Role && SameEvent(truth.Value, served.Value) && (truth.Year is null || served.Year is null || truth.Year == served.Year),
        "company" => served.Role == truth.Role && NameKeys.Key(WithoutArticle(truth.Value)) == NameKeys.Key(WithoutArticle(served.Value)),
        "rating" => truth.Number is { } n && served.Number is { } m ? Math.Abs(n / truth.Scale!.Value - m / served.Scale!.Value) < 0.006m && truth.Scale == served.Scale
                    : string.Equals(truth.Value, served.Value, StringComparison.OrdinalIgnoreCase),
        "genre" => NameKeys.Key(truth.Value) == NameKeys.Key(served.Value),
        "country" or "language" or "external-id" or "year" or "runtime" => string.Equals(truth.Value, served.Value, StringComparison.OrdinalIgnoreCase),
        _ => SamePerson(truth.Value, served.Value),
    };

    private static bool SamePerson(string a, string b) =>
        NameKeys.Tokens(a).Order().SequenceEqual(NameKeys.Tokens(b).Order());

    /// <summary>"Sundance" and "Sundance Film Festival" name one event; the catalogue's canonical name need not be the page's.</summary>
    private static bool SameEvent(string a, string b)
    {
        var x = EventTokens(a);
        var y = EventTokens(b);
        if (x.Count == 0 || y.Count == 0) return NameKeys.Key(a) == NameKeys.Key(b);
        return x.IsSubsetOf(y) || y.IsSubsetOf(x);
    }

    /// <summary>An event's distinctive words, each alias written one way ("Oscars" is "academy"; the British Academy is "bafta").</summary>
    private static HashSet<string> EventTokens(string name)
    {
        var tokens = NameKeys.Tokens(name).Where(t => t is not ("the" or "film" or "festival" or "international" or "awards" or "award")).ToHashSet();
        if (tokens.Remove("british")) { tokens.Remove("academy"); tokens.Add("bafta"); }
        foreach (var set in Aliases)
            if (tokens.Overlaps(set)) { tokens.ExceptWith(set); tokens.Add(set[0]); }
        return tokens;
    }

    private static readonly string[][] Aliases =
    [
        ["academy", "oscars", "oscar"], ["berlin", "berlinale"], ["amsterdam", "idfa"], ["toronto", "tiff"], ["bafta", "baftas"],
        ["emmy", "emmys"], ["southwest", "sxsw"],
    ];
}
