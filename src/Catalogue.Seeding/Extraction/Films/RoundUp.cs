using System.Text.RegularExpressions;
using Catalogue.Data;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Films;

/// <summary>
/// Documents about several films (festival round-ups, schedules, list articles) open each film's part with an entry:
/// "3. Senna (2010)", "SENNA | Dir. Asif Kapadia | UK | 2010", a heading followed by the film's fields, or a quoted title
/// with its director or year in parentheses. Two or more distinct entries make the document a round-up; each film's
/// section runs from its entry to the next.
/// </summary>
internal static class RoundUp
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>
    /// A title followed by a parenthesis holding its year or director: "Senna (2010)", "‘Flee’ (Jonas Poher Rasmussen, Denmark)",
    /// also after a short label, as syllabi and programmes cite films: "Screening: Titicut Follies (Frederick Wiseman, 1967, USA, 84 min)".
    /// </summary>
    private static readonly Regex TitleWithParenthesis = new(
        @"^(?:(?<label>\p{L}[\p{L}\d ]{2,20}):\s+)?[“""‘']?(?<title>[^“”""‘’()\[\]|:]{2,90}?)[”""’']?\s*[(\[](?<inner>[^)\]]{1,90})[)\]]", Options);

    private static readonly Regex YearInside = new(@"\b(?<year>(?:18|19|20)\d\d)\b", Options);

    private static readonly Regex DirectorInside = new(@"\b(?:dir\.?|directed by|director|by)\s+\p{Lu}", RegexOptions.IgnoreCase | Options);

    /// <summary>"2017 · LAST MEN IN ALEPPO": a year, then the title.</summary>
    /// <remarks>A filmography spaces its columns instead: "2020   City Hall   as Director".</remarks>
    private static readonly Regex YearThenTitle = new(
        @"^(?<year>(?:18|19|20)\d\d)(?:\s*[·|•:–—-]\s*|\s{2,}|\t+)(?<title>\S.{0,90}?)(?:(?:\s{3,}|\t+)(?<tail>\S.{0,60}))?$", RegexOptions.CultureInvariant);

    private static readonly Regex CapitalsWithYear = new(
        @"(?:^|(?<=[\p{Ll}\p{P}]\s))(?<title>" + TitleRuns.CapitalsPattern + @")\s+\((?<year>(?:18|19|20)\d\d)\)", RegexOptions.CultureInvariant);

    /// <summary>A quoted title opening a paragraph: "“Fire of Love” follows…", "‘Navalny’, Daniel Roher’s…".</summary>
    private static readonly Regex QuotedOpening = new(@"^[“""‘'](?<title>[^“”""‘’'\n]{2,90}?)[”""’']\s*(?:[(,:—–-]|$)", Options);

    public static List<FilmSection> Entries(DocumentLayout layout, IReadOnlyCollection<string> excluded)
    {
        var text = layout.Text;
        var found = new List<(int Block, Sourced<string> Title, Sourced<int>? Year)>();
        var patterns = new List<HashSet<string>>();
        var content = layout.Content().ToList();
        var sinceSeparator = int.MaxValue;
        int? filmColumn = null;
        for (var c = 0; c < content.Count; c++)
        {
            var (block, index) = content[c];
            var raw = block.Span.Of(text);
            // A table whose header names a film column ("wk | dates | screening | read before Wed"): each row cites its film there.
            if (TableHeader(raw) is { } column) { filmColumn = column; continue; }
            // A short line without a bar is a cell's text the layout split off ("PDF on Moodle)"); running text ends the table.
            if (filmColumn is not null && !raw.Contains('|') && raw.Length > 40) filmColumn = null;
            if (IsSeparator(raw)) { sinceSeparator = 0; continue; }
            sinceSeparator++;
            var entry = filmColumn is { } k ? TableRow(text, block, k) : Entry(text, block, content, c) ?? (sinceSeparator <= 2 ? SectionHeading(text, block, content, c) : null);
            if (entry is null || NotTitles.Is(entry.Value.Title.Value, excluded)) continue;
            if (found.Count > 0 && NameKeys.Key(found[^1].Title.Value) == NameKeys.Key(entry.Value.Title.Value)) continue;
            found.Add((index, entry.Value.Title, entry.Value.Year));
            // "Screening: …" lines and paragraphs cite films one way, whatever block they were read into.
            var label = CitationLabel(text, block);
            // A title with its year in parentheses is one pattern whatever the block and the words around it
            // ("1. HOOP DREAMS (1994) TURNS THIRTY", "STREAMING PICK: THREE IDENTICAL STRANGERS (2018)").
            var rule = entry.Value.Title.Evidence.Rule;
            var opening = new HashSet<string>(StringComparer.Ordinal)
            {
                rule == "entry.title-with-year" && (label is not null || entry.Value.Year is not null && block.Kind != BlockKind.Paragraph) ? rule
                    : rule + (block.Kind == BlockKind.Item ? ".item" : block.Kind == BlockKind.Paragraph ? ".paragraph" : ""),
            };
            // "FROM THE ARCHIVE: AMY (2015)" above its line of facts opens an entry the way "ALL THAT BREATHES" above its own does.
            if (block.Kind == BlockKind.Heading && FactsFollow(text, block, content, c) >= 1) opening.Add("entry.heading");
            patterns.Add(opening);
        }
        // A round-up opens every film the same way: entries of the commonest pattern are its films; a stray heading
        // of another pattern (a credits block, a filmography line) is not a film of its own.
        if (found.Count >= 2)
        {
            var pattern = patterns.SelectMany(p => p).GroupBy(p => p).OrderByDescending(g => g.Count()).First().Key;
            found = found.Where((_, i) => patterns[i].Contains(pattern)).ToList();
        }
        if (found.Select(f => NameKeys.Key(f.Title.Value)).Distinct().Count() < 2)
            return found.Take(1).Select(f => new FilmSection(f.Title, f.Year, 0, layout.Blocks.Count)).ToList();

        var starts = found.Select((f, i) => LeadLine(layout, f.Block, i == 0 ? -1 : found[i - 1].Block) ?? f.Block).ToList();
        var sections = new List<FilmSection>();
        for (var i = 0; i < found.Count; i++)
        {
            var end = i + 1 < found.Count ? starts[i + 1] : layout.Blocks.Count;
            // The same film may open two entries (a schedule listing it twice): its facts join one film.
            sections.Add(new FilmSection(found[i].Title, found[i].Year, starts[i], end));
        }
        return sections;
    }

    /// <summary>
    /// The short line right above an entry, set apart from what precedes it by a blank line ("March 7, 2021 / Documentary",
    /// "TUESDAY 21 JANUARY", "Films of 2014 — 87th Academy Awards"), heads that entry, not the film before it.
    /// </summary>
    private static int? LeadLine(DocumentLayout layout, int entry, int previousEntry)
    {
        var lead = entry - 1;
        if (lead <= previousEntry || lead < 0) return null;
        var block = layout.Blocks[lead];
        if (block.Kind is not (BlockKind.Heading or BlockKind.Line) || block.InAside || block.InTable || block.Span.Length > 100) return null;
        var text = layout.Text;
        var apart = lead == 0 || BlankBetween(text, layout.Blocks[lead - 1].Span.End, block.Span.Start);
        return apart && !BlankBetween(text, block.Span.End, layout.Blocks[entry].Span.Start) ? lead : null;
    }

    private static bool BlankBetween(string text, int from, int to)
    {
        var newlines = 0;
        for (var i = from; i < to && i < text.Length; i++)
            if (text[i] == '\n') newlines++;
            else if (!char.IsWhiteSpace(text[i])) newlines = 0;
        return newlines >= 2;
    }

    private static (Sourced<string> Title, Sourced<int>? Year)? Entry(string text, Block block, List<(Block Block, int Index)> content, int position)
    {
        if (block.Kind == BlockKind.Chrome || block.Kind == BlockKind.Field) return null;
        var value = block.Value;
        var raw = value.Of(text);
        var numbered = block.Kind == BlockKind.Item && char.IsDigit(text[block.Span.Start] == '#' ? text[block.Span.Start + 1] : text[block.Span.Start]);

        // "SENNA | Dir. Asif Kapadia | UK | 2010 | 106 min": a title segment and facts after it.
        if (block.Kind is BlockKind.Line or BlockKind.Heading or BlockKind.Item && raw.Contains('|'))
        {
            var segments = SpecRules.Segments(text, value);
            if (segments.Count >= 3 && Title(text, segments[0], "entry.title-with-specs") is { } specTitle)
            {
                var probe = new FilmAssembler(specTitle);
                var facts = segments.Skip(1).Count(s => SpecRules.TryApply(text, s, probe) || Recognised(text, s));
                if (facts >= 2) return (specTitle, YearOf(text, value));
            }
        }

        if (block.Kind is BlockKind.Heading or BlockKind.Line or BlockKind.Item && YearThenTitle.Match(raw) is { Success: true } yearFirst)
        {
            var group = yearFirst.Groups["title"];
            var span = TextSpan.Trimmed(text, value.Start + group.Index, value.Start + group.Index + group.Length);
            if (Title(text, span, "entry.year-then-title") is { } title)
            {
                var yearGroup = yearFirst.Groups["year"];
                return (title, new Sourced<int>(int.Parse(yearGroup.Value), new TextSpan(value.Start + yearGroup.Index, value.Start + yearGroup.Index + 4).Evidence("entry.year")));
            }
        }

        // "In SALESMAN (1969), which they directed with …": a retrospective's paragraph about one film names it in capitals with its year.
        if (block.Kind == BlockKind.Paragraph && CapitalsWithYear.Match(raw) is { Success: true } capitals)
        {
            var group = capitals.Groups["title"];
            if (Title(text, new TextSpan(value.Start + group.Index, value.Start + group.Index + group.Length), "entry.capitals-with-year") is { } title
                && group.Value.Count(char.IsLetter) >= 4 && !Mentions.PersonNames.LooksLikeOrganisation(group.Value))
            {
                var yearGroup = capitals.Groups["year"];
                return (title, new Sourced<int>(int.Parse(yearGroup.Value), new TextSpan(value.Start + yearGroup.Index, value.Start + yearGroup.Index + 4).Evidence("entry.year")));
            }
        }

        if (TitleWithParenthesis.Match(raw) is { Success: true } withParenthesis && !IsFieldLabel(withParenthesis))
        {
            var inner = withParenthesis.Groups["inner"].Value;
            var hasYear = YearInside.IsMatch(inner);
            var hasDirector = DirectorInside.IsMatch(inner) || inner.Contains(',') && PersonNamesInside(inner);
            var strongBlock = block.Kind is BlockKind.Heading || numbered || block.Kind == BlockKind.Line;
            if ((hasYear && strongBlock) || hasDirector || hasYear && block.Kind == BlockKind.Paragraph && position > 0)
            {
                var group = withParenthesis.Groups["title"];
                var span = TextSpan.Trimmed(text, value.Start + group.Index, value.Start + group.Index + group.Length);
                if (Title(text, span, "entry.title-with-year") is { } title && title.Value.Split(' ').Length <= 10
                    && !(block.Kind == BlockKind.Paragraph && (title.Value.Contains("'s ") || title.Value.Contains("’s "))))
                {
                    Sourced<int>? year = null;
                    if (YearInside.Match(inner) is { Success: true } y)
                    {
                        var at = value.Start + withParenthesis.Groups["inner"].Index + y.Index;
                        year = new Sourced<int>(int.Parse(y.Value), new TextSpan(at, at + 4).Evidence("entry.year"));
                    }
                    return (title, year);
                }
            }
        }

        if (block.Kind is BlockKind.Paragraph or BlockKind.Item or BlockKind.Line && QuotedOpening.Match(raw) is { Success: true } quoted)
        {
            var group = quoted.Groups["title"];
            var span = new TextSpan(value.Start + group.Index, value.Start + group.Index + group.Length);
            if (Title(text, span, "entry.quoted-opening") is { } title) return (title, null);
        }

        // "3. Jiro Dreams of Sushi": a numbered entry that is only a title.
        if (numbered && raw.Length <= 80 && ".!?".IndexOf(raw[^1]) < 0 && Title(text, value, "entry.numbered") is { } numberedTitle
            && numberedTitle.Value.Split(' ').Length <= 8)
            return (numberedTitle, null);

        // A heading whose next blocks are the film's fields: "HONEYLAND" then "Director: …", "Country: …".
        if (block.Kind is BlockKind.Heading || numbered)
        {
            if (FactsFollow(text, block, content, position) >= 1 && FilmFinder.FromHeading(text, value) is { } heading && FilmFinder.IsTitleShaped(heading.Title))
                return (new Sourced<string>(heading.Title, heading.Span.Evidence("entry.heading")),
                    heading.Year is { } hy && heading.YearSpan is { } ys ? new Sourced<int>(hy, ys.Evidence("entry.year")) : null);
        }
        return null;
    }

    /// <summary>The film's fields or lines of facts right under a heading: "Director: …", "Shaunak Sen — India — 2022".</summary>
    private static int FactsFollow(string text, Block block, List<(Block Block, int Index)> content, int position)
    {
        var following = content.Skip(position + 1).Take(3).Select(c => c.Block).ToList();
        return following.TakeWhile(b => b.Kind != BlockKind.Heading || b == following[0])
            .Count(b => b.Kind == BlockKind.Field && b.Label!.Kind is FieldKind.Credit or FieldKind.Runtime or FieldKind.Country or FieldKind.Year
                || b.Kind is BlockKind.Line or BlockKind.Heading && b != block && SpecRules.Facts(text, b.Value) >= 2);
    }

    /// <summary>"Producer: Atanas Georgiev (Trice Films)" is a field, not a film cited after a label.</summary>
    private static bool IsFieldLabel(Match citation) =>
        citation.Groups["label"].Success && (FieldLabels.Find(citation.Groups["label"].Value.Trim()) is not null || IsTitlePart(citation.Groups["label"].Value));

    /// <summary>"The Last Truck: Closing of a GM Plant (2009)": a title-cased phrase before the colon is the title's first half, not a label.</summary>
    private static bool IsTitlePart(string label)
    {
        var words = label.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || TitleRuns.FunctionWords.Contains(w)) && !words.All(w => w.All(c => !char.IsLower(c)));
    }

    private static string? CitationLabel(string text, Block block) =>
        TitleWithParenthesis.Match(block.Value.Of(text)) is { Success: true } m && m.Groups["label"].Success ? m.Groups["label"].Value.Trim().ToLowerInvariant() : null;

    /// <summary>The parenthesis of a cited film, "(Frederick Wiseman, 1967, USA, 84 min)", when the block cites <paramref name="title"/>.</summary>
    public static TextSpan? Citation(string text, Block block, string title)
    {
        if (block.Kind is not (BlockKind.Line or BlockKind.Heading or BlockKind.Item or BlockKind.Paragraph)) return null;
        var cells = block.Span.Of(text).Contains(" | ") ? Tables.Cells(text, block.Span, '|') : [TextSpan.Trimmed(text, block.Span.Start, block.Span.End)];
        foreach (var cell in cells)
        {
            var cellRaw = cell.Of(text);
            if (TitleWithParenthesis.Match(cellRaw) is { Success: true } m && NameKeys.Key(Titles.Clean(m.Groups["title"].Value)) == NameKeys.Key(title))
            {
                var inner = m.Groups["inner"];
                return new TextSpan(cell.Start + inner.Index, cell.Start + inner.Index + inner.Length);
            }
            // "I Am Not Your Negro — Raoul Peck — 2016 — 1h 33m."
            if (cellRaw.IndexOf(" — ", StringComparison.Ordinal) is > 0 and var dash && NameKeys.Key(Titles.Clean(cellRaw[..dash])) == NameKeys.Key(title))
                return TextSpan.Trimmed(text, cell.Start + dash + 3, cell.End);
        }
        return null;
    }


    private static readonly Regex FilmColumnHeader = new(@"^(?:screening|screenings|film|films|title|movie|feature|documentary|programme|program|what'?s\s+on)$", RegexOptions.IgnoreCase | Options);

    private static int? TableHeader(string raw)
    {
        if (raw.Count(c => c == '|') < 2) return null;
        var cells = raw.Split('|').Select(c => c.Trim()).ToList();
        // "Icarus | USA, 2017 | Documentary | 121 min" is a line of facts, not a header.
        if (cells.Any(c => c.Any(char.IsDigit) || c.Length > 25)) return null;
        var column = cells.FindIndex(c => FilmColumnHeader.IsMatch(c));
        return column >= 0 ? column : null;
    }

    /// <summary>A table row's film: its film column cited as "Title (Director, Year, …)" or "Title — Director — Year — …".</summary>
    private static (Sourced<string> Title, Sourced<int>? Year)? TableRow(string text, Block block, int column)
    {
        if (TableCell(text, block, column) is not { } cell || Words.Next(text, cell.Start, cell.End) is null) return null;
        // "|   |   | Academy Award for …" continues the row above.
        if (block.Span.Of(text).TrimStart().StartsWith('|')) return null;
        var raw = cell.Of(text);
        var titleEnd = raw.IndexOf(" (", StringComparison.Ordinal) is > 0 and var open ? open : raw.IndexOf(" — ", StringComparison.Ordinal) is > 0 and var dash ? dash : -1;
        if (titleEnd < 0) return null;
        var span = TextSpan.Trimmed(text, cell.Start, cell.Start + titleEnd);
        if (Title(text, span, "entry.table-row") is not { } title || title.Value.Split(' ').Length > 10) return null;
        var inner = new TextSpan(cell.Start + titleEnd, cell.End);
        return SpecRules.Facts(text, inner) >= 1 || YearInside.IsMatch(inner.Of(text)) ? (title, null) : null;
    }

    private static TextSpan? TableCell(string text, Block block, int column)
    {
        var cells = Tables.Cells(text, block.Span, '|');
        return column < cells.Count ? cells[column] : null;
    }

    /// <summary>A rule between the items of a newsletter or a digest: "*****", "-----", "═════", "• • •".</summary>
    private static bool IsSeparator(string raw)
    {
        var trimmed = raw.Trim();
        return trimmed.Length >= 5 && !trimmed.Any(char.IsLetterOrDigit) && trimmed.Distinct().Count() <= 3;
    }

    private static readonly Regex HeadingTail = new(@"\s+[—–-]\s+.*$", Options);

    /// <summary>
    /// The heading that opens an item after a rule ("RESTORED: GREY GARDENS", "Virunga — streaming on Netflix"): the title
    /// without its label or tail, taken only when the item's text names it again.
    /// </summary>
    private static (Sourced<string> Title, Sourced<int>? Year)? SectionHeading(string text, Block block, List<(Block Block, int Index)> content, int position)
    {
        if (block.Kind is not (BlockKind.Heading or BlockKind.Line) || block.InAside) return null;
        var raw = block.Value.Of(text);
        if (raw.Length > 90) return null;
        var start = block.Value.Start;
        var colon = raw.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && colon <= 25 && !IsTitlePart(raw[..colon])) start += colon + 2;
        var rest = text[start..block.Value.End];
        var end = HeadingTail.Match(rest) is { Success: true } tail ? start + tail.Index : block.Value.End;
        var span = TextSpan.Trimmed(text, start, end);
        if (Title(text, span, "entry.section-heading") is not { } title || title.Value.Split(' ').Length > 8) return null;
        var following = content.Skip(position + 1).TakeWhile(c => !IsSeparator(c.Block.Span.Of(text))).Take(6)
            .Select(c => c.Block.Span.Of(text)).ToList();
        return following.Any(f => f.Contains(title.Value, StringComparison.OrdinalIgnoreCase)) ? (title, null) : null;
    }

    private static bool Recognised(string text, TextSpan segment) =>
        segment.Of(text).StartsWith("Dir", StringComparison.OrdinalIgnoreCase);

    private static bool PersonNamesInside(string inner) =>
        inner.Split(',')[0].Trim().Split(' ') is { Length: >= 2 and <= 4 } words && words.All(w => w.Length > 1 && char.IsUpper(w[0]));

    private static Sourced<string>? Title(string text, TextSpan span, string rule)
    {
        var title = Titles.Clean(span.Of(text));
        return FilmFinder.IsTitleShaped(title) ? new Sourced<string>(title, span.Evidence(rule)) : null;
    }

    private static Sourced<int>? YearOf(string text, TextSpan value)
    {
        foreach (var segment in SpecRules.Segments(text, value))
        {
            var raw = segment.Of(text).Trim();
            if (raw.Length == 4 && int.TryParse(raw, out var year) && year is >= 1880 and <= 2100)
                return new Sourced<int>(year, segment.Evidence("entry.year"));
        }
        return null;
    }
}
