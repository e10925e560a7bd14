using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class FilmClassificationKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string[]>(
                name: "country_keys",
                table: "films",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            migrationBuilder.AddColumn<string[]>(
                name: "genre_keys",
                table: "films",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'::text[]");

            // genre_keys and country_keys: what the genre and country filters match (slug or lower-case name; code or
            // lower-case name), kept exact by statement-level triggers on every table they are read from, ENABLE
            // ALWAYS so that bulk loads under session_replication_role = replica keep them too.
            migrationBuilder.Sql("""
                -- Set-based (one aggregate per table, joined on the films asked for), so a bulk load that writes every
                -- film's genres in one statement costs one pass, with or without the link tables' indexes.
                CREATE FUNCTION films_refresh_classification_keys(film_ids bigint[]) RETURNS void LANGUAGE sql AS $$
                    WITH ids AS (SELECT DISTINCT id FROM unnest(film_ids) id),
                    g AS (
                        SELECT fg.film_id, array_agg(DISTINCT k ORDER BY k) AS keys
                        FROM ids JOIN film_genres fg ON fg.film_id = ids.id JOIN genres ge ON ge.id = fg.genre_id,
                             LATERAL (VALUES (ge.slug::text), (lower(ge.name))) v(k)
                        GROUP BY fg.film_id),
                    c AS (
                        SELECT fc.film_id, array_agg(DISTINCT k ORDER BY k) AS keys
                        FROM ids JOIN film_countries fc ON fc.film_id = ids.id JOIN countries co ON co.code = fc.country_code,
                             LATERAL (VALUES (fc.country_code::text), (lower(co.name))) v(k)
                        GROUP BY fc.film_id)
                    UPDATE films f SET genre_keys = coalesce(g.keys, '{}'), country_keys = coalesce(c.keys, '{}')
                    FROM ids LEFT JOIN g ON g.film_id = ids.id LEFT JOIN c ON c.film_id = ids.id
                    WHERE f.id = ids.id
                      AND (f.genre_keys IS DISTINCT FROM coalesce(g.keys, '{}') OR f.country_keys IS DISTINCT FROM coalesce(c.keys, '{}'));
                $$;

                -- film_genres, film_countries: the films of the rows written.
                CREATE FUNCTION films_classification_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE ids bigint[] := '{}';
                BEGIN
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN ids := ids || ARRAY(SELECT DISTINCT film_id FROM new_rows); END IF;
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN ids := ids || ARRAY(SELECT DISTINCT film_id FROM old_rows); END IF;
                    PERFORM films_refresh_classification_keys(ids);
                    RETURN NULL;
                END $$;

                -- genres, countries: a renamed genre or country changes the keys of every film that has it.
                CREATE FUNCTION films_genres_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM films_refresh_classification_keys(ARRAY(
                        SELECT DISTINCT fg.film_id FROM film_genres fg JOIN new_rows n ON n.id = fg.genre_id));
                    RETURN NULL;
                END $$;
                CREATE FUNCTION films_countries_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM films_refresh_classification_keys(ARRAY(
                        SELECT DISTINCT fc.film_id FROM film_countries fc JOIN new_rows n ON n.code = fc.country_code));
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER tr_film_genres_keys_insert AFTER INSERT ON film_genres
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_classification_rows_changed();
                CREATE TRIGGER tr_film_genres_keys_update AFTER UPDATE ON film_genres
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_classification_rows_changed();
                CREATE TRIGGER tr_film_genres_keys_delete AFTER DELETE ON film_genres
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION films_classification_rows_changed();
                ALTER TABLE film_genres ENABLE ALWAYS TRIGGER tr_film_genres_keys_insert;
                ALTER TABLE film_genres ENABLE ALWAYS TRIGGER tr_film_genres_keys_update;
                ALTER TABLE film_genres ENABLE ALWAYS TRIGGER tr_film_genres_keys_delete;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER tr_film_countries_keys_insert AFTER INSERT ON film_countries
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_classification_rows_changed();
                CREATE TRIGGER tr_film_countries_keys_update AFTER UPDATE ON film_countries
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_classification_rows_changed();
                CREATE TRIGGER tr_film_countries_keys_delete AFTER DELETE ON film_countries
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION films_classification_rows_changed();
                ALTER TABLE film_countries ENABLE ALWAYS TRIGGER tr_film_countries_keys_insert;
                ALTER TABLE film_countries ENABLE ALWAYS TRIGGER tr_film_countries_keys_update;
                ALTER TABLE film_countries ENABLE ALWAYS TRIGGER tr_film_countries_keys_delete;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER tr_genres_keys_update AFTER UPDATE ON genres
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_genres_renamed();
                CREATE TRIGGER tr_countries_keys_update AFTER UPDATE ON countries
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_countries_renamed();
                ALTER TABLE genres ENABLE ALWAYS TRIGGER tr_genres_keys_update;
                ALTER TABLE countries ENABLE ALWAYS TRIGGER tr_countries_keys_update;

                SELECT films_refresh_classification_keys(ARRAY(
                    SELECT film_id FROM film_genres UNION SELECT film_id FROM film_countries));
                """);

            migrationBuilder.CreateIndex(
                name: "ix_films_country_keys",
                table: "films",
                column: "country_keys")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_films_genre_keys",
                table: "films",
                column: "genre_keys")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tr_film_genres_keys_insert ON film_genres;
                DROP TRIGGER tr_film_genres_keys_update ON film_genres;
                DROP TRIGGER tr_film_genres_keys_delete ON film_genres;
                DROP TRIGGER tr_film_countries_keys_insert ON film_countries;
                DROP TRIGGER tr_film_countries_keys_update ON film_countries;
                DROP TRIGGER tr_film_countries_keys_delete ON film_countries;
                DROP TRIGGER tr_genres_keys_update ON genres;
                DROP TRIGGER tr_countries_keys_update ON countries;
                DROP FUNCTION films_classification_rows_changed();
                DROP FUNCTION films_genres_renamed();
                DROP FUNCTION films_countries_renamed();
                DROP FUNCTION films_refresh_classification_keys(bigint[]);
                """);

            migrationBuilder.DropIndex(
                name: "ix_films_country_keys",
                table: "films");

            migrationBuilder.DropIndex(
                name: "ix_films_genre_keys",
                table: "films");

            migrationBuilder.DropColumn(
                name: "country_keys",
                table: "films");

            migrationBuilder.DropColumn(
                name: "genre_keys",
                table: "films");
        }
    }
}
