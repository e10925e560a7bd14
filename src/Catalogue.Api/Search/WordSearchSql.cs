namespace Catalogue.Api.Search;

/// <summary>
/// The search box's matching of titles and names, word by word, so that a common word ("the", "portrait") or a
/// misspelling costs a few small index lookups instead of a trigram scan of every title:
/// <list type="number">
/// <item>The query's words (lower-case, accent-free) are each widened to the closest words of the catalogue's
/// vocabulary (<c>search_words</c>, a trigram index over a few thousand words): "portrat" → portrait, "fayad" → fayyad.</item>
/// <item>Candidates are the entries whose text starts with the whole query (exact titles first, a btree range on
/// <c>search_key</c>), and the entries holding every query word or one of its close words (a GIN index on the
/// words of <c>search_key</c>). Only when these give fewer than the page does it also take entries holding any
/// of the query's words that are not English stop words ("the great soldier of detroit city" → great | soldier | ...).</item>
/// <item>Each branch stops at a fixed number of candidates before anything is scored; the candidates are then
/// ranked: the exact title, then titles that begin with the query, then by trigram similarity (the best of word
/// and whole-text similarity; ties go to the owner's own title or name over an alternate one, then to the higher
/// whole-text similarity, so shorter titles win).</item>
/// </list>
/// The search text travels only as the parameter <c>@search_text</c> and the page size as <c>@limit</c>.
/// </summary>
public static class WordSearchSql
{
    /// <summary>Candidates taken from the start-of-text range of each table.</summary>
    public const int PrefixCandidates = 20;

    /// <summary>Candidates taken from each word lookup of each table.</summary>
    public const int WordCandidates = 40;

    /// <summary>How many vocabulary words one query word may stand for.</summary>
    public const int CloseWordsPerWord = 8;

    /// <summary>
    /// Shorter query words are taken as written: a two- or three-letter word is close to too many others for
    /// trigrams to say which was meant.
    /// </summary>
    public const int MinFuzzyWordLength = 4;

    /// <summary>
    /// When no entry holds every word, the entries holding any one word are taken, but not for words this short
    /// ("de", "la", "al" in names): like English stop words, they would pick a sample of half the catalogue.
    /// </summary>
    public const int MinLooseWordLength = 3;

    private const string Key = "lower(f_unaccent(@search_text))";

    /// <summary>
    /// Rows (owner_id, text = the title or name that matched best, score, ord = the rank) of the best-matching owners,
    /// each once, best first, at most @limit. Both tables have the columns <c>search_key</c> and the named text.
    /// </summary>
    public static string Ranked(string ownerTable, string ownerText, string otherTable, string otherOwner, string otherText)
    {
        // own: the row is the owner's own title or name, not an alternate one; it wins ties.
        string Prefix(string table, string owner, string text) =>
            $"(SELECT {owner} AS owner_id, {text} AS text, search_key, {(table == ownerTable ? "true" : "false")} AS own FROM {table} " +
            $"WHERE search_key ~>=~ {Key} AND search_key ~<~ ({Key} || chr(1114111)) ORDER BY search_key USING ~<~ LIMIT {PrefixCandidates})";
        string Words(string table, string owner, string text, string query) =>
            $"(SELECT {owner} AS owner_id, {text} AS text, search_key, {(table == ownerTable ? "true" : "false")} AS own FROM {table}, tsq " +
            $"WHERE to_tsvector('simple', search_key) @@ tsq.{query} LIMIT {WordCandidates})";

        return $"""
            WITH qwords AS MATERIALIZED (
                SELECT DISTINCT w AS qw FROM unnest(tsvector_to_array(to_tsvector('simple', {Key}))) w),
            expanded AS MATERIALIZED (
                SELECT qw, string_agg(DISTINCT quote_literal(v), ' | ') AS alts FROM (
                    SELECT qw, qw AS v FROM qwords
                    UNION ALL
                    SELECT qw, close.word FROM qwords
                        CROSS JOIN LATERAL (SELECT word FROM search_words WHERE word % qw ORDER BY word <-> qw LIMIT {CloseWordsPerWord}) close
                    WHERE length(qw) >= {MinFuzzyWordLength}
                ) alternatives GROUP BY qw),
            tsq AS MATERIALIZED (
                SELECT to_tsquery('simple', coalesce(string_agg('(' || alts || ')', ' & '), '')) AS every_word,
                       to_tsquery('simple', coalesce(string_agg('(' || alts || ')', ' | ')
                           FILTER (WHERE cardinality(ts_lexize('english_stem', qw)) > 0 AND length(qw) >= {MinLooseWordLength}), '')) AS any_word
                FROM expanded),
            strict AS MATERIALIZED (
                {Prefix(ownerTable, "id", ownerText)}
                UNION ALL {Prefix(otherTable, otherOwner, otherText)}
                UNION ALL {Words(ownerTable, "id", ownerText, "every_word")}
                UNION ALL {Words(otherTable, otherOwner, otherText, "every_word")}),
            loose AS (
                {Words(ownerTable, "id", ownerText, "any_word")}
                UNION ALL {Words(otherTable, otherOwner, otherText, "any_word")}),
            measured AS (
                SELECT c.owner_id, c.text, c.own, c.search_key = {Key} AS exact, starts_with(c.search_key, {Key}) AS prefix,
                       word_similarity({Key}, c.search_key) AS words, similarity({Key}, c.search_key) AS whole
                FROM (SELECT * FROM strict UNION SELECT * FROM loose WHERE (SELECT count(*) FROM strict) < @limit) c),
            scored AS (
                SELECT DISTINCT ON (m.owner_id) m.owner_id, m.text, m.own, m.exact, m.prefix, greatest(m.words, m.whole) AS score, m.whole
                FROM measured m
                ORDER BY m.owner_id, m.exact DESC, m.prefix DESC, score DESC, m.own DESC, m.whole DESC)
            SELECT s.owner_id, s.text, s.score,
                   row_number() OVER (ORDER BY s.exact DESC, s.prefix DESC, s.score DESC, s.own DESC, s.whole DESC, s.owner_id) AS ord
            FROM scored s
            ORDER BY ord
            LIMIT @limit
            """;
    }
}
