using Catalogue.Data.Entities;
using Catalogue.Api.Infrastructure;
using Npgsql;

namespace Catalogue.Api.Films;

/// <summary>
/// GET /v1/films/{id} without provenance: one connection, one round trip. Every section of the film is its own small
/// statement keyed by the film's id or slug, sent together as one batch and prepared on first use per connection
/// (the pool's auto-prepare), so PostgreSQL plans each once. Rows are shaped into the same <see cref="FilmDetail"/>
/// that <see cref="FilmDetailLoader"/> builds with EF Core, so both give the same bytes.
/// </summary>
public sealed class FilmDetailReader(NpgsqlDataSource dataSource)
{
    // Every section ends in the film's id, so one set of statements reads one film or a batch of them.
    private static readonly string[] Sections =
    [
        "SELECT f.id, f.slug, f.title, f.year, f.synopsis, f.view_count, f.primary_runtime_minutes, f.average_rating FROM films f WHERE {0} ORDER BY f.id",
        "SELECT t.id, t.title, t.kind, f.id FROM films f JOIN film_titles t ON t.film_id = f.id WHERE {0} ORDER BY t.id",
        "SELECT fg.id, g.slug, g.name, f.id FROM films f JOIN film_genres fg ON fg.film_id = f.id JOIN genres g ON g.id = fg.genre_id WHERE {0} ORDER BY g.name",
        "SELECT fc.id, c.code, c.name, f.id FROM films f JOIN film_countries fc ON fc.film_id = f.id JOIN countries c ON c.code = fc.country_code WHERE {0} ORDER BY c.name",
        "SELECT r.id, r.minutes, r.version, r.platform, f.id FROM films f JOIN runtimes r ON r.film_id = f.id WHERE {0}",
        "SELECT r.id, r.source, r.raw_value, r.value, r.scale, r.normalized, r.vote_count, f.id FROM films f JOIN ratings r ON r.film_id = f.id WHERE {0} ORDER BY r.source, r.id",
        "SELECT c.id, c.role, c.person_id, p.slug, p.name, c.description, c.billing_order, f.id FROM films f JOIN credits c ON c.film_id = f.id " +
            "JOIN people p ON p.id = c.person_id WHERE {0} ORDER BY c.billing_order IS NULL, c.billing_order, c.id",
        "SELECT fc.id, fc.company_id, co.slug, co.name, fc.role, f.id FROM films f JOIN film_companies fc ON fc.film_id = f.id " +
            "JOIN companies co ON co.id = fc.company_id WHERE {0} ORDER BY co.name, fc.id",
        "SELECT a.id, a.event, a.category, a.outcome, a.year, f.id FROM films f JOIN awards a ON a.film_id = f.id WHERE {0} ORDER BY a.year, a.event, a.id",
        "SELECT count(*)::int, f.id FROM films f JOIN reviews r ON r.film_id = f.id WHERE {0} GROUP BY f.id",
        "SELECT e.sentiment, count(*)::int, f.id FROM films f JOIN reviews r ON r.film_id = f.id JOIN review_excerpts e ON e.review_id = r.id " +
            "WHERE {0} GROUP BY f.id, e.sentiment",
        "SELECT x.id, x.film_id, x.source, x.value FROM films f JOIN film_external_ids x ON x.film_id = f.id WHERE {0}",
        "SELECT l.id, l.film_id, l.language_code, l.is_original FROM films f JOIN film_languages l ON l.film_id = f.id WHERE {0} " +
            "ORDER BY l.is_original DESC, l.language_code",
    ];

    private static readonly string[] ById = Sections.Select(s => string.Format(s, "f.id = $1")).ToArray();
    private static readonly string[] BySlug = Sections.Select(s => string.Format(s, "f.slug = $1")).ToArray();
    // The films after an id, in id order: the export's batches (films inserted meanwhile are outside its snapshot).
    private static readonly string[] Batch = Sections
        .Select(s => string.Format(s, "f.id IN (SELECT b.id FROM films b WHERE b.id > $1 ORDER BY b.id LIMIT $2)")).ToArray();

    public async Task<FilmDetail?> LoadAsync(IdOrSlug name, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = connection.CreateBatch();
        foreach (var sql in name.Id is null ? BySlug : ById)
        {
            var command = new NpgsqlBatchCommand(sql);
            if (name.Id is { } id) command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            else command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name.Slug! });
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return (await ReadAsync(reader, cancellationToken)).SingleOrDefault();
    }

    /// <summary>
    /// Up to <paramref name="count"/> whole films with ids above <paramref name="afterId"/>, in id order, in one round
    /// trip on <paramref name="connection"/> (inside whatever transaction it has open), without provenance.
    /// </summary>
    public static async Task<IReadOnlyList<FilmDetail>> LoadBatchAsync(
        NpgsqlConnection connection, long afterId, int count, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        foreach (var sql in Batch)
        {
            var command = new NpgsqlBatchCommand(sql);
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterId });
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        return await ReadAsync(reader, cancellationToken);
    }

    private sealed record FilmColumns(long Id, string Slug, string Title, int? Year, string? Synopsis, long? ViewCount, int? PrimaryRuntime, decimal? AverageRating);

    private static async Task<List<FilmDetail>> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var films = new List<FilmColumns>();
        while (await reader.ReadAsync(cancellationToken))
            films.Add(new FilmColumns(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), NullableInt(reader, 3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt64(5), NullableInt(reader, 6),
                reader.IsDBNull(7) ? null : reader.GetDecimal(7)));

        var titles = await ByFilmAsync(reader, r => new AlternateTitleEntry(r.GetInt64(0), r.GetString(1), r.GetString(2)), cancellationToken);
        var genres = await ByFilmAsync(reader, r => new GenreEntry(r.GetInt64(0), r.GetString(1), r.GetString(2)), cancellationToken);
        var countries = await ByFilmAsync(reader, r => new CountryEntry(r.GetInt64(0), r.GetString(1), r.GetString(2)), cancellationToken);
        var runtimes = await ByFilmAsync(reader, r => new RuntimeEntry(r.GetInt64(0), r.GetInt32(1), r.GetString(2), NullableString(r, 3), false), cancellationToken);
        var ratings = await ByFilmAsync(reader, r => new RatingEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetDecimal(3), r.GetDecimal(4),
            r.GetDecimal(5), NullableInt(r, 6)), cancellationToken);
        var credits = await ByFilmAsync(reader, r => new CreditEntry(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4),
            NullableString(r, 5), NullableInt(r, 6)), cancellationToken);
        var companies = await ByFilmAsync(reader, r => new CompanyEntry(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4)), cancellationToken);
        var awards = await ByFilmAsync(reader, r => new AwardEntry(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), NullableInt(r, 4)), cancellationToken);
        var reviewCounts = await ByFilmAsync(reader, r => r.GetInt32(0), cancellationToken);
        var sentiments = await ByFilmAsync(reader, r => (NullableString(r, 0), r.GetInt32(1)), cancellationToken);
        var externalIds = await ListAsync(reader, r => new FilmExternalId { Id = r.GetInt64(0), FilmId = r.GetInt64(1), Source = r.GetString(2), Value = r.GetString(3) }, cancellationToken);
        var languages = await ListAsync(reader, r => new FilmLanguage { Id = r.GetInt64(0), FilmId = r.GetInt64(1), LanguageCode = r.GetString(2), IsOriginal = r.GetBoolean(3) }, cancellationToken);
        var identities = new FilmIdentities(externalIds.ToLookup(e => e.FilmId), languages.ToLookup(l => l.FilmId));

        return films.Select(f =>
        {
            var row = new FilmDetailLoader.FilmDetailRow(f.Id, f.Slug, f.Title, f.Year, f.Synopsis, f.ViewCount, f.PrimaryRuntime, f.AverageRating,
                titles[f.Id].ToList(), genres[f.Id].ToList(), countries[f.Id].ToList(), runtimes[f.Id].ToList(), ratings[f.Id].ToList(),
                credits[f.Id].ToList(), companies[f.Id].ToList(), awards[f.Id].ToList(), reviewCounts[f.Id].SingleOrDefault());
            return FilmDetailLoader.Build(row, sentiments[f.Id].ToList(), sources: null) with
            {
                ExternalIds = identities.ExternalIdsOf(f.Id, null),
                Languages = identities.LanguagesOf(f.Id, null),
            };
        }).ToList();
    }

    /// <summary>The next section's rows by film (its last column), each film's in the order they came.</summary>
    private static async Task<ILookup<long, T>> ByFilmAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var rows = new List<(long FilmId, T Item)>();
        var filmColumn = reader.FieldCount - 1;
        while (await reader.ReadAsync(cancellationToken)) rows.Add((reader.GetInt64(filmColumn), read(reader)));
        return rows.ToLookup(r => r.FilmId, r => r.Item);
    }

    private static async Task<List<T>> ListAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        var items = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) items.Add(read(reader));
        return items;
    }

    private static int? NullableInt(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
