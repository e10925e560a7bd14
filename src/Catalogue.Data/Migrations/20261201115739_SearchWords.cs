using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The vocabulary of titles and names: every word of a search_key, lower-case and accent-free. The search
            // box widens each query word to the vocabulary's closest words (trigram index), then finds the entries
            // holding them through the GIN index on each table's words. Statement-level triggers add the words of
            // every inserted or updated row, ENABLE ALWAYS so that bulk loads under session_replication_role =
            // replica fill it too. Words are never removed: a word no entry holds any more only widens a query to a
            // word that finds nothing.
            migrationBuilder.Sql("""
                CREATE TABLE search_words (word text PRIMARY KEY);
                CREATE INDEX ix_search_words_word_trgm ON search_words USING gin (word gin_trgm_ops);

                CREATE FUNCTION search_words_add() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO search_words (word)
                    SELECT DISTINCT w FROM added, unnest(tsvector_to_array(to_tsvector('simple', added.search_key))) w
                    ON CONFLICT (word) DO NOTHING;
                    RETURN NULL;
                END $$;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX ix_films_search_words ON films USING gin (to_tsvector('simple', search_key));
                CREATE INDEX ix_films_search_key_prefix ON films (search_key text_pattern_ops);
                CREATE TRIGGER tr_films_search_words_insert AFTER INSERT ON films
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                CREATE TRIGGER tr_films_search_words_update AFTER UPDATE ON films
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                ALTER TABLE films ENABLE ALWAYS TRIGGER tr_films_search_words_insert;
                ALTER TABLE films ENABLE ALWAYS TRIGGER tr_films_search_words_update;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX ix_film_titles_search_words ON film_titles USING gin (to_tsvector('simple', search_key));
                CREATE INDEX ix_film_titles_search_key_prefix ON film_titles (search_key text_pattern_ops);
                CREATE TRIGGER tr_film_titles_search_words_insert AFTER INSERT ON film_titles
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                CREATE TRIGGER tr_film_titles_search_words_update AFTER UPDATE ON film_titles
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                ALTER TABLE film_titles ENABLE ALWAYS TRIGGER tr_film_titles_search_words_insert;
                ALTER TABLE film_titles ENABLE ALWAYS TRIGGER tr_film_titles_search_words_update;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX ix_people_search_words ON people USING gin (to_tsvector('simple', search_key));
                CREATE INDEX ix_people_search_key_prefix ON people (search_key text_pattern_ops);
                CREATE TRIGGER tr_people_search_words_insert AFTER INSERT ON people
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                CREATE TRIGGER tr_people_search_words_update AFTER UPDATE ON people
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                ALTER TABLE people ENABLE ALWAYS TRIGGER tr_people_search_words_insert;
                ALTER TABLE people ENABLE ALWAYS TRIGGER tr_people_search_words_update;
                """);
            migrationBuilder.Sql("""
                CREATE INDEX ix_person_aliases_search_words ON person_aliases USING gin (to_tsvector('simple', search_key));
                CREATE INDEX ix_person_aliases_search_key_prefix ON person_aliases (search_key text_pattern_ops);
                CREATE TRIGGER tr_person_aliases_search_words_insert AFTER INSERT ON person_aliases
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                CREATE TRIGGER tr_person_aliases_search_words_update AFTER UPDATE ON person_aliases
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION search_words_add();
                ALTER TABLE person_aliases ENABLE ALWAYS TRIGGER tr_person_aliases_search_words_insert;
                ALTER TABLE person_aliases ENABLE ALWAYS TRIGGER tr_person_aliases_search_words_update;
                """);
            migrationBuilder.Sql("""
                INSERT INTO search_words (word)
                SELECT DISTINCT w FROM (
                    SELECT search_key FROM films UNION ALL SELECT search_key FROM film_titles
                    UNION ALL SELECT search_key FROM people UNION ALL SELECT search_key FROM person_aliases) keys,
                    unnest(tsvector_to_array(to_tsvector('simple', keys.search_key))) w
                ON CONFLICT (word) DO NOTHING;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER tr_films_search_words_insert ON films;
                DROP TRIGGER tr_films_search_words_update ON films;
                DROP INDEX ix_films_search_words;
                DROP INDEX ix_films_search_key_prefix;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER tr_film_titles_search_words_insert ON film_titles;
                DROP TRIGGER tr_film_titles_search_words_update ON film_titles;
                DROP INDEX ix_film_titles_search_words;
                DROP INDEX ix_film_titles_search_key_prefix;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER tr_people_search_words_insert ON people;
                DROP TRIGGER tr_people_search_words_update ON people;
                DROP INDEX ix_people_search_words;
                DROP INDEX ix_people_search_key_prefix;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER tr_person_aliases_search_words_insert ON person_aliases;
                DROP TRIGGER tr_person_aliases_search_words_update ON person_aliases;
                DROP INDEX ix_person_aliases_search_words;
                DROP INDEX ix_person_aliases_search_key_prefix;
                """);
            migrationBuilder.Sql("DROP FUNCTION search_words_add(); DROP TABLE search_words;");
        }
    }
}
