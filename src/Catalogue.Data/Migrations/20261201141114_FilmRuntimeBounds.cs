using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class FilmRuntimeBounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_films_primary_runtime_minutes_id",
                table: "films");

            migrationBuilder.AddColumn<int>(
                name: "longest_runtime_minutes",
                table: "films",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "shortest_runtime_minutes",
                table: "films",
                type: "integer",
                nullable: true);

            // shortest_runtime_minutes and longest_runtime_minutes: the bounds of each film's runtimes, kept exact by
            // triggers ENABLE ALWAYS (bulk loads under session_replication_role = replica keep them too): a
            // statement-level trigger on runtimes for every write, and one on films for films inserted
            // after their runtimes (a bulk load that writes runtimes first, with its foreign keys off).
            migrationBuilder.Sql("""
                CREATE FUNCTION films_refresh_runtime_bounds(film_ids bigint[]) RETURNS void LANGUAGE sql AS $$
                    WITH ids AS (SELECT DISTINCT id FROM unnest(film_ids) id),
                    b AS (
                        SELECT r.film_id, min(r.minutes) AS shortest, max(r.minutes) AS longest
                        FROM ids JOIN runtimes r ON r.film_id = ids.id GROUP BY r.film_id)
                    UPDATE films f SET shortest_runtime_minutes = b.shortest, longest_runtime_minutes = b.longest
                    FROM ids LEFT JOIN b ON b.film_id = ids.id
                    WHERE f.id = ids.id
                      AND (f.shortest_runtime_minutes IS DISTINCT FROM b.shortest OR f.longest_runtime_minutes IS DISTINCT FROM b.longest);
                $$;

                CREATE FUNCTION films_runtime_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE ids bigint[] := '{}';
                BEGIN
                    IF TG_OP IN ('INSERT', 'UPDATE') THEN ids := ids || ARRAY(SELECT DISTINCT film_id FROM new_rows); END IF;
                    IF TG_OP IN ('DELETE', 'UPDATE') THEN ids := ids || ARRAY(SELECT DISTINCT film_id FROM old_rows); END IF;
                    PERFORM films_refresh_runtime_bounds(ids);
                    RETURN NULL;
                END $$;

                -- Set-based like the runtimes trigger: a bulk load of every film, with or without the indexes of
                -- runtimes, costs one aggregate over runtimes, not a lookup per film.
                CREATE FUNCTION films_runtime_bounds_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM films_refresh_runtime_bounds(ARRAY(SELECT id FROM new_rows));
                    RETURN NULL;
                END $$;

                CREATE TRIGGER tr_runtimes_bounds_insert AFTER INSERT ON runtimes
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_runtime_rows_changed();
                CREATE TRIGGER tr_runtimes_bounds_update AFTER UPDATE ON runtimes
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_runtime_rows_changed();
                CREATE TRIGGER tr_runtimes_bounds_delete AFTER DELETE ON runtimes
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION films_runtime_rows_changed();
                CREATE TRIGGER tr_films_runtime_bounds_insert AFTER INSERT ON films
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION films_runtime_bounds_on_insert();
                ALTER TABLE runtimes ENABLE ALWAYS TRIGGER tr_runtimes_bounds_insert;
                ALTER TABLE runtimes ENABLE ALWAYS TRIGGER tr_runtimes_bounds_update;
                ALTER TABLE runtimes ENABLE ALWAYS TRIGGER tr_runtimes_bounds_delete;
                ALTER TABLE films ENABLE ALWAYS TRIGGER tr_films_runtime_bounds_insert;

                UPDATE films f SET shortest_runtime_minutes = b.shortest, longest_runtime_minutes = b.longest
                FROM (SELECT film_id, min(minutes) AS shortest, max(minutes) AS longest FROM runtimes GROUP BY film_id) b
                WHERE b.film_id = f.id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_films_primary_runtime_minutes_id_bounds",
                table: "films",
                columns: new[] { "primary_runtime_minutes", "id", "shortest_runtime_minutes", "longest_runtime_minutes" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tr_runtimes_bounds_insert ON runtimes;
                DROP TRIGGER tr_runtimes_bounds_update ON runtimes;
                DROP TRIGGER tr_runtimes_bounds_delete ON runtimes;
                DROP TRIGGER tr_films_runtime_bounds_insert ON films;
                DROP FUNCTION films_runtime_rows_changed();
                DROP FUNCTION films_runtime_bounds_on_insert();
                DROP FUNCTION films_refresh_runtime_bounds(bigint[]);
                """);

            migrationBuilder.DropIndex(
                name: "ix_films_primary_runtime_minutes_id_bounds",
                table: "films");

            migrationBuilder.DropColumn(
                name: "longest_runtime_minutes",
                table: "films");

            migrationBuilder.DropColumn(
                name: "shortest_runtime_minutes",
                table: "films");

            migrationBuilder.CreateIndex(
                name: "ix_films_primary_runtime_minutes_id",
                table: "films",
                columns: new[] { "primary_runtime_minutes", "id" });
        }
    }
}
