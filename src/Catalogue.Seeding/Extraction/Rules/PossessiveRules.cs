using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// "X’s &lt;Title&gt;" names the director. Before the document's own title the apostrophe may be missing
/// ("Firas Fayyads Last Men in Aleppo" in text stripped of apostrophes); before any other title-cased phrase
/// it must be there, the sentence must talk about films, and the name must be a full name.
/// </summary>
internal static class PossessiveRules
{
    private static readonly Regex FilmWords = new(@"\b(?:film|films|documentary|documentaries|movie|movies|feature)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex FilmNoun = new(@"\G\s+(?:(?:new|latest|first|debut|acclaimed|british|american|danish|french|german|[\p{Ll}-]+-winning|oscar-nominated|remarkable|extraordinary|haunting|quiet|searing)\s+){0,3}(?:documentary|film|doc|debut|feature)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ListingWord = new(@"\b(?:includes|include|including|like|such\s+as|alongside|as\s+well\s+as)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex CalledAFilm = new(@"^\s*,?\s*(?:(?:another|a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:film|documentary|movie|feature)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static void Apply(ProseContext context)
    {
        var text = context.Text;
        var rule = context.Rule("possessive-title.director");
        foreach (var sentence in context.Sentences)
        {
            var words = Words.All(text, sentence);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var word = words[i].Of(text);
                if (!Names.IsNameWord(word) || !Words.OnlySpaceBetween(text, words[i].End, words[i + 1].Start)) continue;
                var withApostrophe = Words.WithoutPossessive(word);
                var bare = withApostrophe ?? (word.Length > 3 && word.EndsWith('s') ? word[..^1] : null);
                if (bare is null || Names.IsNotName(bare)) continue;
                // Without the apostrophe a sentence-initial "Thus" would read as "Thu's": ask for a name word before it.
                if (withApostrophe is null && Names.ReadBackward(text, words[i].Start, sentence.Start) is null) continue;

                if (StartsWithTitle(text, words, i + 1, context.Film.Title))
                {
                    AddDirector(context, context.Film, text, sentence, words[i], bare, rule);
                    continue;
                }
                if (withApostrophe is null) continue;
                // "Kapadia's Amy" in a round-up: the director of the entry it names.
                if (context.Siblings.FirstOrDefault(s => s.Title.Length > 2 && StartsWithTitle(text, words, i + 1, s.Title)) is { } sibling)
                {
                    AddDirector(context, sibling, text, sentence, words[i], bare, rule);
                    continue;
                }
                // "Tim Wardle's British documentary, 96 minutes": a full name's documentary, with no other title after it, is this film.
                if (FilmNoun.Match(text, words[i].End, Math.Min(sentence.End, words[i].End + 40) - words[i].End) is { Success: true } noun && noun.Index == words[i].End
                    && NameEndingWith(text, sentence, words[i], bare) is { } maker && maker.Contains(' ')
                    && Countries.Find(maker) is null && AwardEvents.FindIn(maker) is null && !Mentions.PersonNames.LooksLikeOrganisation(maker)
                    && !(TitleRuns.ReadForward(text, noun.Index + noun.Length, sentence.End) is { } after && after.Start - (noun.Index + noun.Length) <= 1))
                {
                    var span = new TextSpan(StartOf(text, sentence, words[i]), noun.Index + noun.Length);
                    context.Film.AddCredit(maker, CreditRoles.Director, null, null, span.Evidence(context.Rule("possessive-documentary.director")));
                    continue;
                }
                if (TitleRuns.ReadForward(text, words[i].End, sentence.End) is not { } titleSpan) continue;
                if (!ListedAsAFilm(text, sentence, StartOf(text, sentence, words[i]), titleSpan.End)) continue;
                var title = TitleRuns.Collapse(titleSpan.Of(text));
                if (title.Split(' ').Length < 2 || Countries.Find(title) is not null) continue;
                var name = NameEndingWith(text, sentence, words[i], bare);
                if (name is null || !name.Contains(' ')) continue;
                var film = context.OtherFilm(title, titleSpan);
                film.AddCredit(name, CreditRoles.Director, null, null, new TextSpan(StartOf(text, sentence, words[i]), titleSpan.End).Evidence(rule));
            }
        }
    }

    /// <summary>
    /// Another film is named only where the sentence lists films ("six films that includes Matthew Heinemann’s
    /// City of Ghosts") or calls the title one ("…City of Ghosts, another documentary"); "In the film, Bashar
    /// al-Assad’s Syrian Arab Army" is no film.
    /// </summary>
    private static bool ListedAsAFilm(string text, TextSpan sentence, int nameStart, int titleEnd)
    {
        const int Reach = 40;
        var before = Math.Max(sentence.Start, nameStart - Reach);
        var lead = text.AsSpan(before, nameStart - before);
        if (FilmWords.IsMatch(lead) && ListingWord.IsMatch(lead)) return true;
        return CalledAFilm.IsMatch(text.AsSpan(titleEnd, Math.Min(sentence.End, titleEnd + Reach) - titleEnd));
    }

    private static void AddDirector(ProseContext context, FilmAssembler film, string text, TextSpan sentence, TextSpan possessiveWord, string bare, string rule)
    {
        var name = NameEndingWith(text, sentence, possessiveWord, bare);
        if (name is null) return;
        var span = new TextSpan(StartOf(text, sentence, possessiveWord), possessiveWord.End);
        film.AddCredit(name, CreditRoles.Director, null, null, span.Evidence(rule));
    }

    private static string? NameEndingWith(string text, TextSpan sentence, TextSpan possessiveWord, string bare)
    {
        var before = Names.ReadBackward(text, possessiveWord.Start, sentence.Start, maxWords: 3, continuesName: true);
        var name = before is null ? bare : $"{before.Name} {bare}";
        return Names.CouldBePerson(name) ? name : null;
    }

    private static int StartOf(string text, TextSpan sentence, TextSpan possessiveWord) =>
        Names.ReadBackward(text, possessiveWord.Start, sentence.Start, maxWords: 3, continuesName: true)?.Span.Start ?? possessiveWord.Start;

    /// <summary>The words from <paramref name="index"/> spell the title (compared as text, so "9/11" and "U.S." stay whole).</summary>
    private static bool StartsWithTitle(string text, List<TextSpan> words, int index, string title)
    {
        if (index >= words.Count || title.Length == 0) return false;
        var at = words[index].Start;
        if (at + title.Length > text.Length || !text.AsSpan(at, title.Length).Equals(title, StringComparison.OrdinalIgnoreCase)) return false;
        var end = at + title.Length;
        return end == text.Length || !char.IsLetterOrDigit(text[end]);
    }

}
