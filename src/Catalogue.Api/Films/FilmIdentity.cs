using System.ComponentModel;
using System.Text.RegularExpressions;
using Catalogue.Data;
using Catalogue.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Api.Films;

/// <summary>
/// The film's id in each other catalogue the documents or curators named (at most one per catalogue); a catalogue
/// that has no id for the film is left out.
/// </summary>
public sealed record ExternalIdsEntry(
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] ExternalIdEntry? Imdb,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] ExternalIdEntry? Wikidata,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] ExternalIdEntry? Tmdb)
{
    public static readonly ExternalIdsEntry None = new(null, null, null);
}

[Infrastructure.OpenApi.StoredAs(typeof(FilmExternalId))]
public sealed record ExternalIdEntry(
    long Id,
    [property: Description("As that catalogue writes it: `tt6333072` (IMDb), `Q30897389` (Wikidata), `441709` (TMDB).")] string Value,
    [property: Description("The film's page in that catalogue.")] [property: Infrastructure.OpenApi.Text(100, Pattern = "^https://")] string Url) : FactEntry;

public sealed record LanguageEntry(
    long Id,
    [property: Description("ISO 639-1 code, lower case.")] [property: Infrastructure.OpenApi.Text(2, Pattern = "^[a-z]{2}$")] string Code,
    [property: Description("The language's English name.")] [property: Infrastructure.OpenApi.Text(100)] string Name,
    [property: Description("Whether the film was made in this language (otherwise it is spoken in it, dubbed or subtitled).")] bool Original) : FactEntry;

/// <summary>What each external catalogue's ids look like, and where its film pages are.</summary>
public static partial class ExternalIdFormats
{
    public static bool IsValid(string source, string value) => source switch
    {
        ExternalIdSources.Imdb => ImdbId().IsMatch(value),
        ExternalIdSources.Wikidata => WikidataId().IsMatch(value),
        ExternalIdSources.Tmdb => TmdbId().IsMatch(value),
        _ => false,
    };

    public static string Describe(string source) => source switch
    {
        ExternalIdSources.Imdb => "tt and 7 to 10 digits, e.g. tt6333072",
        ExternalIdSources.Wikidata => "Q and digits, e.g. Q30897389",
        _ => "digits, e.g. 441709",
    };

    public static string Url(string source, string value) => source switch
    {
        ExternalIdSources.Imdb => $"https://www.imdb.com/title/{value}/",
        ExternalIdSources.Wikidata => $"https://www.wikidata.org/wiki/{value}",
        _ => $"https://www.themoviedb.org/movie/{value}",
    };

    [GeneratedRegex("^tt[0-9]{7,10}$")]
    private static partial Regex ImdbId();

    [GeneratedRegex("^Q[1-9][0-9]{0,11}$")]
    private static partial Regex WikidataId();

    [GeneratedRegex("^[1-9][0-9]{0,11}$")]
    private static partial Regex TmdbId();
}

/// <summary>External ids and languages of a set of films, in two queries whatever the number of films.</summary>
public sealed record FilmIdentities(ILookup<long, FilmExternalId> ExternalIds, ILookup<long, FilmLanguage> Languages)
{
    public static async Task<FilmIdentities> LoadAsync(CatalogueDbContext db, IReadOnlyCollection<long> filmIds, CancellationToken cancellationToken)
    {
        var externalIds = await db.FilmExternalIds.AsNoTracking().Where(e => filmIds.Contains(e.FilmId)).ToListAsync(cancellationToken);
        var languages = await db.FilmLanguages.AsNoTracking().Where(l => filmIds.Contains(l.FilmId))
            .OrderByDescending(l => l.IsOriginal).ThenBy(l => l.LanguageCode).ToListAsync(cancellationToken);
        return new FilmIdentities(externalIds.ToLookup(e => e.FilmId), languages.ToLookup(l => l.FilmId));
    }

    public IEnumerable<(string Kind, long Id)> FactsOf(long filmId) =>
        ExternalIds[filmId].Select(e => (FactKinds.ExternalId, e.Id)).Concat(Languages[filmId].Select(l => (FactKinds.Language, l.Id)));

    public ExternalIdsEntry ExternalIdsOf(long filmId, FactSources? sources)
    {
        var ids = ExternalIds[filmId].ToDictionary(e => e.Source);
        ExternalIdEntry? Of(string source) => ids.TryGetValue(source, out var id) ? ToEntry(id).WithSources(sources, FactKinds.ExternalId, id.Id) : null;
        return new ExternalIdsEntry(Of(ExternalIdSources.Imdb), Of(ExternalIdSources.Wikidata), Of(ExternalIdSources.Tmdb));
    }

    public IReadOnlyList<LanguageEntry> LanguagesOf(long filmId, FactSources? sources) =>
        Languages[filmId].Select(l => ToEntry(l).WithSources(sources, FactKinds.Language, l.Id)).ToList();

    public static ExternalIdEntry ToEntry(FilmExternalId id) => new(id.Id, id.Value, ExternalIdFormats.Url(id.Source, id.Value));

    public static LanguageEntry ToEntry(FilmLanguage language) =>
        new(language.Id, language.LanguageCode, Iso639.Find(language.LanguageCode)?.Name ?? language.LanguageCode, language.IsOriginal);
}
