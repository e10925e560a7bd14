using System.Text;
using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Finds the film a prose document is about when nothing labels it: a quoted title that "is a documentary",
/// else the most frequent title-cased phrase, counted case-insensitively ("Last men in Aleppo" counts for
/// "Last Men in Aleppo"). Phrases that behave like common nouns or organisations are not titles: those
/// written after a determiner ("the White Helmets") or a role noun ("director Firas Fayyad").
/// </summary>
internal static class TitleFinder
{
    private const int MaxPhraseWords = 12;

    private static readonly HashSet<string> Disqualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "whose",
        "director", "filmmaker", "producer", "cinematographer", "editor", "president", "minister", "by", "mr", "mrs", "ms", "dr",
    };

    private static readonly Regex QuotedTitle = new(
        @"[“""](?<title>[^“”""\n]{2,150})[”""]\s+(?:is|was)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}(?:documentary|film|movie|feature|docuseries|series)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>“Under Siege: Voices from Aleppo” is a gripping documentary → that title.</summary>
    public static Sourced<string>? Quoted(string text, IReadOnlyList<TextSpan> sentences, string rule)
    {
        foreach (var sentence in sentences)
        {
            var match = QuotedTitle.Match(sentence.Of(text));
            if (!match.Success) continue;
            var group = match.Groups["title"];
            var span = TextSpan.Trimmed(text, sentence.Start + group.Index, sentence.Start + group.Index + group.Length);
            var title = span.Of(text);
            if (TitleRuns.IsTitleWord(title)) return new Sourced<string>(TitleRuns.Collapse(title), span.Evidence(rule));
        }
        return null;
    }

    private sealed class Candidate
    {
        public int Count;
        public int IsAFilm;
        public bool Disqualified;
        public int FirstStart = int.MaxValue;
        public readonly Dictionary<string, (int Count, TextSpan First)> Forms = new(StringComparer.Ordinal);
    }

    public static Sourced<string>? MostFrequentPhrase(string text, IReadOnlyList<TextSpan> sentences, IEnumerable<string> excluded, string rule)
    {
        var excludedKeys = new HashSet<string>(excluded.Select(e => e.ToLowerInvariant()));
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var sentenceWords = sentences.Select(s => Words.All(text, s)).ToList();

        // Pass 1: properly title-cased phrases are the candidates.
        foreach (var words in sentenceWords)
            for (var i = 0; i < words.Count; i++)
            {
                if (!TitleRuns.IsTitleWord(words[i].Of(text))) continue;
                if (Names.IsNameWord(words[i].Of(text)) && !Names.IsNotName(words[i].Of(text)))
                    AddForm(words[i].Of(text).ToLowerInvariant(), words[i]);
                var key = new StringBuilder(words[i].Of(text).ToLowerInvariant());
                for (var j = i + 1; j < words.Count && j - i < MaxPhraseWords && Joined(text, words, j); j++)
                {
                    var word = words[j].Of(text);
                    if (Words.WithoutPossessive(words[j - 1].Of(text)) is not null) break;
                    if (!TitleRuns.IsTitleWord(word) && !TitleRuns.FunctionWords.Contains(word)) break;
                    key.Append(' ').Append(word.ToLowerInvariant());
                    if (!TitleRuns.IsTitleWord(word) || Words.WithoutPossessive(word) is not null) continue;
                    var keyText = key.ToString();
                    if (excludedKeys.Contains(keyText) || excludedKeys.Contains(TitleRuns.WithoutLeadingThe(keyText))) continue;
                    AddForm(keyText, new TextSpan(words[i].Start, words[j].End));
                }
            }
        if (candidates.Count == 0) return null;

        void AddForm(string keyText, TextSpan span)
        {
            var candidate = candidates.TryGetValue(keyText, out var found) ? found : candidates[keyText] = new Candidate();
            var form = TitleRuns.Collapse(span.Of(text));
            candidate.Forms[form] = candidate.Forms.TryGetValue(form, out var f) ? (f.Count + 1, f.First) : (1, span);
        }

        // Pass 2: count every occurrence whatever its capitalisation, and note disqualifying contexts.
        var firstWords = new HashSet<string>(candidates.Keys.Select(k => k.Split(' ')[0]), StringComparer.Ordinal);
        foreach (var words in sentenceWords)
            for (var i = 0; i < words.Count; i++)
            {
                var first = words[i].Of(text).ToLowerInvariant();
                if (!firstWords.Contains(first)) continue;
                var key = new StringBuilder(first);
                for (var j = i; j < words.Count && j - i < MaxPhraseWords && (j == i || Joined(text, words, j)); j++)
                {
                    if (j > i) key.Append(' ').Append(words[j].Of(text).ToLowerInvariant());
                    if (!candidates.TryGetValue(key.ToString(), out var candidate)) continue;
                    candidate.Count++;
                    candidate.FirstStart = Math.Min(candidate.FirstStart, words[i].Start);
                    if (i > 0 && Joined(text, words, i) && Disqualifiers.Contains(words[i - 1].Of(text))) candidate.Disqualified = true;
                    // "the White Helmets" in lower case: "The" is not part of a title there.
                    if (first == "the" && words[i].Of(text) == "the" && i > 0) candidate.Disqualified = true;
                    // Only a phrase standing on its own is called a film: not "Aleppo" inside "Last Men in Aleppo is a ...".
                    var standsAlone = i == 0 || !Joined(text, words, i) || !IsPhraseWord(words[i - 1].Of(text));
                    if (standsAlone && IsCalledAFilm(text, words, j)) candidate.IsAFilm++;
                }
            }

        // A single word is usually a person or a place; it is a title only where the text calls it a film.
        var best = candidates
            .Where(c => !c.Value.Disqualified && c.Value.Count >= 2 && (c.Key.Contains(' ') || c.Value.IsAFilm > 0))
            .OrderByDescending(c => c.Value.Count + 2 * c.Value.IsAFilm)
            .ThenByDescending(c => c.Key.Count(ch => ch == ' '))
            .ThenBy(c => c.Value.FirstStart)
            .Select(c => c.Value)
            .FirstOrDefault();
        if (best is null) return null;
        var (formText, (_, firstSpan)) = best.Forms.OrderByDescending(f => f.Value.Count).ThenBy(f => f.Value.First.Start).Select(f => (f.Key, f.Value)).First();
        return new Sourced<string>(formText, firstSpan.Evidence(rule));
    }

    private static readonly HashSet<string> FilmNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "documentary", "movie", "feature", "portrait", "story", "docuseries", "drama", "comedy", "thriller", "debut",
    };

    private static bool IsPhraseWord(string word) => TitleRuns.IsTitleWord(word) || TitleRuns.FunctionWords.Contains(word);

    /// <summary>"X is a brutal, emotionally overwhelming true story", "X is a 2019 documentary".</summary>
    private static bool IsCalledAFilm(string text, List<TextSpan> words, int last)
    {
        if (last + 2 >= words.Count || words[last + 1].Of(text) != "is" || words[last + 2].Of(text) is not ("a" or "an")) return false;
        for (var k = last + 3; k < words.Count && k <= last + 8; k++)
            if (FilmNouns.Contains(words[k].Of(text))) return true;
        return false;
    }

    /// <summary>Words belong to one phrase only when nothing but spaces separates them.</summary>
    private static bool Joined(string text, List<TextSpan> words, int index) =>
        Words.OnlySpaceBetween(text, words[index - 1].End, words[index].Start);
}
