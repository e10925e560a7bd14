using System.Text.Json;
using Catalogue.Api.Films;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Data;

namespace Catalogue.Api.Curation;

/// <summary>A film as GET /v1/films/{id} shows it, with the ETag that GET gives it: what If-Match is checked against.</summary>
public sealed record CurrentFilm(FilmDetail Detail, string ETag)
{
    public static async Task<CurrentFilm?> LoadAsync(CatalogueDbContext db, long filmId, JsonSerializerOptions json, CancellationToken cancellationToken) =>
        await FilmDetailLoader.LoadAsync(db, filmId.ToString(System.Globalization.CultureInfo.InvariantCulture), withProvenance: false, cancellationToken) is { } detail
            ? new CurrentFilm(detail, EntityTags.For(JsonSerializer.SerializeToUtf8Bytes(detail, json)))
            : null;
}
