using System.Text.RegularExpressions;
using Catalogue.Data;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Films;

/// <summary>
/// A feed of posts copied from an account's page: every post opens on the same byline and its date ("Magnolia Pictures ·
/// April 22, 2021 · 🌐"). A distributor's feed is about several films, one a post, each named in capitals ("COLLECTIVE has
/// won …"); a post is then the section of the film it names. A feed about one film is left to the page's reading.
/// </summary>
internal static class Posts
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Byline = new(
        @"^(?<author>\p{L}[^·|@\n]{1,60}?)\s*(?:@[\w.]+\s*)?[·•|]\s*(?:" + Months.Pattern + @"\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + Months.Pattern + @"\.?\s+\d{4})\b",
        Options);

    /// <summary>"ENRON: THE SMARTEST GUYS IN THE ROOM (2005)", "FOOD, INC. (2008)", "Alexander Nanau's COLLECTIVE".</summary>
    private static readonly Regex CapitalsTitle = new(
        @"(?<![\p{L}#@])(?<title>" + TitleRuns.CapitalsPattern + @"(?:,\s+" + TitleRuns.CapitalsPattern + @")?)(?!\p{L})(?:\s+\((?<year>(?:18|19|20)\d\d)\))?",
        RegexOptions.CultureInvariant);

    /// <summary>Words a post shouts that are not titles.</summary>
    private static readonly HashSet<string> Shouted = new(StringComparer.OrdinalIgnoreCase)
    {
        "today", "tonight", "tomorrow", "now", "new", "out", "out now", "out today", "history", "breaking", "watch", "live", "two", "three",
        "and", "or", "the", "omg", "tbt", "wow", "yes", "free", "final", "last", "win", "winner", "news", "update", "us", "uk", "usa", "tv", "dvd", "vod",
    };

    public static List<FilmSection> Sections(DocumentLayout layout)
    {
        var text = layout.Text;
        var bylines = layout.Blocks.Select((b, i) => (Block: b, Index: i))
            .Where(x => x.Block.Kind is BlockKind.Heading or BlockKind.Line && !x.Block.InAside)
            .Select(x => (x.Index, Byline: Byline.Match(x.Block.Value.Of(text))))
            .Where(x => x.Byline.Success)
            .Select(x => (x.Index, Author: x.Byline.Groups["author"].Value.Trim()))
            .ToList();
        var author = bylines.GroupBy(b => b.Author, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (author is null || author.Count() < 3) return [];
        var starts = author.Select(b => b.Index).ToList();

        var ends = starts.Skip(1).Append(layout.Blocks.Count).ToList();
        // A title one post makes sure of ("Nanau's COLLECTIVE") is the same film where another post only shouts it.
        var sure = starts.Select((s, p) => TitleOf(layout, s + 1, ends[p], new HashSet<string>())).Where(t => t is not null).Select(t => t!.Value.Title.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sections = new List<FilmSection>();
        for (var p = 0; p < starts.Count; p++)
        {
            var end = ends[p];
            if (TitleOf(layout, starts[p] + 1, end, sure) is not { } title) continue;
            if (sections.Count > 0 && sections[^1].Title.Value == title.Title.Value && sections[^1].To == starts[p])
                sections[^1] = sections[^1] with { To = end };
            else if (sections.All(s => s.Title.Value != title.Title.Value))
                sections.Add(new FilmSection(title.Title, title.Year, starts[p], end));
        }
        // An account named for a film posts about that film, whatever else it names.
        if (sections.Any(s => NameKeys.Key(s.Title.Value) == NameKeys.Key(Titles.Clean(author.Key)))) return [];
        return sections.Select(s => s.Title.Value).Distinct().Count() >= 2 ? sections : [];
    }

    private static (Sourced<string> Title, Sourced<int>? Year)? TitleOf(DocumentLayout layout, int from, int to, IReadOnlySet<string> sure)
    {
        var text = layout.Text;
        var found = new List<(Match Match, int Offset)>();
        for (var b = from; b < to; b++)
        {
            var block = layout.Blocks[b];
            if (block.InAside || block.Kind is BlockKind.Chrome) continue;
            foreach (Match match in CapitalsTitle.Matches(block.Value.Of(text)))
            {
                var run = match.Groups["title"].Value;
                var title = run[ShoutedLead(run)..];
                var surelyAWork = match.Groups["year"].Success || AfterPossessive(text, block.Value.Start + match.Index) || sure.Contains(Titles.Clean(title));
                if (IsTitle(title, surelyAWork)) found.Add((match, block.Value.Start));
            }
        }
        // A title with its year, or after its maker's possessive, is surest; else the first one the post shouts.
        var best = found.FirstOrDefault(f => f.Match.Groups["year"].Success);
        if (best.Match is null) best = found.FirstOrDefault(f => AfterPossessive(text, f.Offset + f.Match.Index));
        if (best.Match is null) best = found.FirstOrDefault();
        if (best.Match is null) return null;
        var group = best.Match.Groups["title"];
        var skip = ShoutedLead(group.Value);
        var span = new TextSpan(best.Offset + group.Index + skip, best.Offset + group.Index + group.Length);
        var named = new Sourced<string>(Titles.Clean(group.Value[skip..]), span.Evidence("entry.post-title"));
        var year = best.Match.Groups["year"] is { Success: true } y
            ? new Sourced<int>(int.Parse(y.Value), new TextSpan(best.Offset + y.Index, best.Offset + y.Index + 4).Evidence("entry.year"))
            : null;
        return (named, year);
    }

    /// <summary>"OUT TODAY: COLLECTIVE", "TODAY. ALL THE BEAUTY …": how many characters of shouting open the run.</summary>
    private static int ShoutedLead(string run)
    {
        var words = run.Split(' ');
        var at = 0;
        for (var w = 0; w < words.Length - 1; w++)
        {
            var pair = w + 1 < words.Length - 1 ? (words[w] + " " + words[w + 1]).TrimEnd('.', '!', ':', '?', ',') : null;
            if (pair is not null && Shouted.Contains(pair)) { at += words[w].Length + words[w + 1].Length + 2; w++; }
            else if (Shouted.Contains(words[w].TrimEnd('.', '!', ':', '?', ','))) at += words[w].Length + 1;
            else break;
        }
        return at;
    }

    private static bool AfterPossessive(string text, int at) =>
        at >= 3 && text[at - 1] == ' ' && text[at - 2] == 's' && text[at - 3] is '\'' or '’';

    /// <summary>"FOOD, INC. (2008)" and "Nanau's COLLECTIVE" read like companies but for the year and the maker before them.</summary>
    private static bool IsTitle(string capitals, bool surelyAWork)
    {
        var trimmed = capitals.Trim().TrimEnd('.', '!', ':', '-');
        return trimmed.Count(char.IsLetter) >= 4 && !Shouted.Contains(trimmed) && FilmFinder.IsTitleShaped(Titles.Clean(trimmed))
               && (surelyAWork || !Mentions.PersonNames.LooksLikeOrganisation(trimmed));
    }
}
