using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>
/// Reads any document into blocks: headings, label/value fields (on one line or two, several to a line), list items,
/// paragraphs, other short lines and page chrome. Regions that are about other things (related lists, comments)
/// are marked as asides. No block kind depends on a particular site: a new field layout needs a label word at most.
/// </summary>
internal static class LayoutReader
{
    /// <summary>Between two fields on one line: "Country: UK | Year: 2019", "Director: X  ·  85 min".</summary>
    private static readonly string[] SegmentSeparators = [" | ", "|", " · ", " • ", "\t", "   ", " / ", " ; "];

    public static DocumentLayout Read(string text)
    {
        var lines = Lines.Split(text);
        var captions = Captions(text, lines);
        var blocks = new List<Block>();
        var asides = new List<(int From, int To)>();
        int? asideStart = null;
        var restOfPage = false;
        var seenParagraph = false;
        var itemControls = RecurringLines(text, lines);
        var inContents = false;
        var (columnContent, unknownLabelRows) = ColumnRows.Read(text, lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            var span = columnContent[i];
            var lineText = span.Of(text);
            var before = blocks.Count;

            // An encyclopedia's table of contents ("Contents [hide]", "1 Winners", "2 See also") repeats the headings below it.
            inContents = ContentsHeading.IsMatch(lineText) || inContents && ContentsEntry.IsMatch(lineText);
            if (inContents)
                blocks.Add(new Block(BlockKind.Chrome, span, i, null, span));
            else if (Tables.Read(text, lines, i) is { } table)
            {
                blocks.AddRange(table.Blocks);
                i = table.LastLine;
            }
            else if (LabelledSentence(text, lines, i) is { } labelled)
            {
                blocks.Add(labelled.Block);
                i = labelled.LabelLine;
            }
            else if (TwoLineField(text, lines, i) is { } twoLine)
            {
                blocks.Add(twoLine.Block);
                i = twoLine.LastLine;
            }
            else if (itemControls.Contains(lineText))
                blocks.Add(new Block(BlockKind.Chrome, span, i, null, span));
            else if (!restOfPage && Chrome.OpensAside(lineText) || Chrome.OpensRestOfPage(lineText))
            {
                restOfPage |= Chrome.OpensRestOfPage(lineText);
                asideStart ??= blocks.Count;
                blocks.Add(new Block(BlockKind.Heading, span, i, null, span));
                continue;
            }
            else if (Chrome.IsChrome(lineText))
                blocks.Add(new Block(BlockKind.Chrome, span, i, null, span));
            else if (captions.Contains(lineText) && seenParagraph)
                blocks.Add(new Block(BlockKind.Caption, span, i, null, span));
            else
                blocks.AddRange(OneLine(text, span, i, unknownLabelRows.Contains(i)));

            seenParagraph |= blocks.Skip(before).Any(b => b.Kind == BlockKind.Paragraph);
            // A related list ends where the page's own running text or fields resume; comments run to the end.
            if (asideStart is { } start && !restOfPage && blocks.Skip(before).Any(EndsAside))
            {
                asides.Add((start, before));
                asideStart = null;
            }
        }
        if (asideStart is { } open) asides.Add((open, blocks.Count));
        asides.AddRange(MusicCues.Of(text, blocks));
        var marked = blocks.Select((b, i) => asides.Any(a => i >= a.From && i < a.To) ? b with { InAside = true } : b).ToList();
        var merged = MergeContinuations(text, lines, marked);
        return new DocumentLayout(Unwrapped(text, merged), merged);
    }

    /// <summary>
    /// The text with the line breaks inside hard-wrapped paragraphs made spaces, so a name or a phrase that the wrap cut
    /// ("Edited by Eileen Meyer and Andrew" / "Gersh.") reads whole. Same length, so every span stays valid in the original.
    /// </summary>
    private static string Unwrapped(string text, IReadOnlyList<Block> blocks)
    {
        char[]? copy = null;
        foreach (var block in blocks.Where(b => b.Kind == BlockKind.Paragraph))
            for (var i = block.Span.Start; i < block.Span.End; i++)
                if (text[i] is '\n' or '\r')
                    (copy ??= text.ToCharArray())[i] = ' ';
        return copy is null ? text : new string(copy);
    }

    /// <summary>Photo and image credits: the same short line standing alone more than once ("Grasshopper Film" under every still).</summary>
    private static HashSet<string> Captions(string text, IReadOnlyList<TextLine> lines) => ContentLines.RepeatedStandaloneLines(lines);

    /// <summary>
    /// Lines right under a list-valued field that hold only names continue its value ("Executive Producers ..... DAN COGAN" /
    /// "GERALYN WHITE DREYFOUS"); a name line right above a role label is that role's value ("Sarah Polley" / "Writer / Director").
    /// </summary>
    private static List<Block> MergeContinuations(string text, IReadOnlyList<TextLine> lines, List<Block> blocks)
    {
        var merged = new List<Block>();
        foreach (var block in blocks)
        {
            if (block.InTable || merged.Count > 0 && merged[^1].InTable)
            {
                merged.Add(block);
                continue;
            }
            // Hard-wrapped running text: a long line that does not end its sentence, or a next line that starts in lower case.
            if (merged.Count > 0 && merged[^1] is { Kind: BlockKind.Paragraph or BlockKind.Line } previous && block.Kind is BlockKind.Paragraph or BlockKind.Line or BlockKind.Heading
                && block.Line == LastLine(lines, previous) + 1 && IsWrapped(text, previous, block))
            {
                merged[^1] = new Block(BlockKind.Paragraph, new TextSpan(previous.Span.Start, block.Span.End), previous.Line, null, new TextSpan(previous.Span.Start, block.Span.End));
                continue;
            }
            if (merged.Count > 0 && merged[^1] is { Kind: BlockKind.Field } wrappedField && block.Kind is BlockKind.Paragraph or BlockKind.Line
                && block.Line == LastLine(lines, wrappedField) + 1 && WrappedValueEnd(text, wrappedField, block) is { } valueEnd)
            {
                // "Production: … An Altitude Film Distribution (in U.K.)/A24 (in U.S.) release of a" / "Universal Music, Film4 presentation
                // of an On the Corner production. Producer: James Gay-Rees.": the value runs to the end of its sentence; the rest stays a block.
                merged[^1] = wrappedField with { Span = new TextSpan(wrappedField.Span.Start, valueEnd), Value = new TextSpan(wrappedField.Value.Start, valueEnd) };
                var rest = TextSpan.Trimmed(text, valueEnd + 1, block.Span.End);
                if (rest.Length > 0) merged.Add(block with { Span = rest, Value = rest, Line = block.Line });
                continue;
            }
            if (merged.Count > 0 && merged[^1] is { Kind: BlockKind.Field } field && IsListValued(field.Label!)
                && block.Kind is BlockKind.Heading or BlockKind.Line && block.Line == LastLine(lines, field) + 1 && IsNameLine(text, block.Value))
            {
                merged[^1] = field with { Span = new TextSpan(field.Span.Start, block.Span.End), Value = new TextSpan(field.Value.Start, block.Span.End) };
                continue;
            }
            if (merged.Count > 0 && merged[^1] is { Kind: BlockKind.Heading or BlockKind.Line } name && block.Kind is BlockKind.Heading or BlockKind.Line
                && block.Line == name.Line + 1 && FieldLabels.Find(RoleText(block.Value.Of(text))) is { Kind: FieldKind.Credit } role && IsNameLine(text, name.Value))
            {
                merged[^1] = new Block(BlockKind.Field, new TextSpan(name.Span.Start, block.Span.End), name.Line, role, name.Value);
                continue;
            }
            merged.Add(block);
        }
        return merged;
    }

    private static readonly System.Text.RegularExpressions.Regex LabelledOpening =
        new(@"^\p{Lu}[\p{L}]{1,15}(?: [\p{L}]{1,15})?:\s+\S", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex CapitalsLead =
        new(@"^\p{Lu}{3,}(?:\s+\p{Lu}{2,})*\s*[—–:|-]\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static int CountOf(string line, string separator)
    {
        var count = 0;
        for (var at = line.IndexOf(separator, StringComparison.Ordinal); at >= 0; at = line.IndexOf(separator, at + separator.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    private static bool IsWrapped(string text, Block previous, Block next)
    {
        var lastLineStart = text.LastIndexOf('\n', previous.Span.End - 1) + 1;
        var lastLine = TextSpan.Trimmed(text, Math.Max(previous.Span.Start, lastLineStart), previous.Span.End);
        if (lastLine.Length < 45) return false;
        // Table rows are not wrapped prose.
        if (lastLine.Of(text).Contains(" | ") || next.Span.Of(text).Contains(" | ")) return false;
        // "2011 · directed by David Gelb · 81 minutes": a line of facts is not wrapped prose either.
        if (CountOf(lastLine.Of(text), " · ") >= 2 || CountOf(next.Span.Of(text), " · ") >= 3 && Rules.SpecRules.Facts(text, next.Span) >= 2) return false;
        // "Screening: The Thin Blue Line (…)", "Read: …": a line that opens with its own label starts a new block.
        if (LabelledOpening.IsMatch(next.Span.Of(text))) return false;
        // "WINNER — Audience Award, SXSW 2012" / "NOMINATED — Academy Award, …": a list of laurels, each line its own.
        if (CapitalsLead.IsMatch(next.Span.Of(text))) return false;
        // "Asif Kapadia on Why He Never Films Talking Heads" above "Cannes Film Review: 'Sicario'": headlines listed, not a sentence wrapped.
        if (IsHeadlineCase(lastLine.Of(text)) && char.IsUpper(text[next.Span.Start])) return false;
        var end = text[previous.Span.End - 1];
        var first = text[next.Span.Start];
        return char.IsLower(first) || ".!?:\"”’)".IndexOf(end) < 0 && (char.IsLetterOrDigit(first) || first is '(' or '“' or '"');
    }

    /// <summary>
    /// Where a hard-wrapped company field's value ends in the next block: at its first full stop, when the field's line is long and
    /// stops mid-phrase ("… release of a").
    /// </summary>
    private static int? WrappedValueEnd(string text, Block field, Block next)
    {
        if (field.Label!.Kind != FieldKind.Company || field.Value.Start < field.Span.Start || text.IndexOf('\n', field.Value.Start, field.Value.Length) >= 0) return null;
        var line = field.Span.Of(text).TrimEnd();
        if (line.Length < 60 || ".!?:;,".IndexOf(line[^1]) >= 0 || LabelledOpening.IsMatch(next.Span.Of(text))) return null;
        var stop = text.IndexOf(". ", next.Span.Start, next.Span.Length, StringComparison.Ordinal);
        return stop >= 0 ? stop : next.Span.End - (text[next.Span.End - 1] == '.' ? 1 : 0);
    }

    private static bool IsHeadlineCase(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && char.IsLetter(w[0])).ToList();
        // Capitals throughout are a wrapped press headline; every longer word capitalised, with small words in lower case, is a headline's style.
        // A line of names in running text has capitals too, but also its commas and full stops.
        return words.Count >= 3 && words.All(w => char.IsUpper(w[0])) && line.Any(char.IsLower) && words.Any(w => w.Skip(1).Any(char.IsLower))
               && !line.Contains(", ") && !line.Contains(". ") && !line.EndsWith(',') && line.Count(c => c == '(') == line.Count(c => c == ')');
    }

    /// <summary>"Writer / Director" reads as its first role.</summary>
    private static string RoleText(string line)
    {
        var slash = line.IndexOfAny(['/', '&', ',']);
        return slash > 0 ? line[..slash] : line;
    }

    private static int LastLine(IReadOnlyList<TextLine> lines, Block block)
    {
        var line = block.Line;
        while (line + 1 < lines.Count && lines[line + 1].Start < block.Span.End) line++;
        return line;
    }

    private static bool IsNameLine(string text, TextSpan value)
    {
        var raw = value.Of(text);
        // "Full Frame Documentary Film Festival     Durham, North Carolina": a festival's row, however name-like its columns.
        if (raw.Length > 80 || raw.Contains(':') || AwardEvents.FindIn(raw) is not null || PlaceNames.IsPlaceOrGroup(raw)) return false;
        var people = Mentions.PersonNames.Read(text, value);
        return people.Count > 0 && people.All(p => !Mentions.PersonNames.LooksLikeOrganisation(p.Name));
    }

    private static readonly System.Text.RegularExpressions.Regex ContentsHeading = new(@"^contents(?:\s*\[(?:hide|show)\])?$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex ContentsEntry = new(@"^\d{1,2}(?:\.\d{1,2})*\s+\S.{0,60}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A "Read more →" under every teaser of an archive page is each item's button, not the heading of a related list:
    /// an aside heading that recurs on the page closes nothing.
    /// </summary>
    private static HashSet<string> RecurringLines(string text, IReadOnlyList<TextLine> lines) =>
        lines.Where(l => !l.IsBlank).Select(l => l.Trimmed(text).Of(text)).Where(Chrome.OpensAside)
            .GroupBy(l => l, StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static bool EndsAside(Block block) =>
        block.Kind == BlockKind.Field && block.Label!.Kind != FieldKind.Ignored
        || block.Kind == BlockKind.Paragraph && block.Span.Length >= 200;

    private static IEnumerable<Block> OneLine(string text, TextSpan span, int lineIndex, bool unknownLabelRow = false)
    {
        var (bulleted, content) = Bullets.Strip(text, span);
        var lineText = content.Of(text);

        // "Writer / Director: Anna Berg": one field whose label names two roles, not two segments.
        var colonAt = lineText.IndexOf(": ", StringComparison.Ordinal);
        if (colonAt is > 0 and <= 40 && lineText.IndexOfAny(['/', '&']) is > 0 and var joiner && joiner < colonAt
            && lineText[..colonAt].Split(['/', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } roles
            && roles.All(r => FieldLabels.Find(r) is { Kind: FieldKind.Credit }))
        {
            yield return Field(text, content, FieldLabels.Find(roles[0])!, content.Start + colonAt + 1, lineIndex);
            yield break;
        }

        // "Audio languages        English", "Subtitles              English, French": a label, a column gap, its value.
        if (ColumnRows.LabelAndValue.Match(lineText) is { Success: true } column
            && (FieldLabels.Find(column.Groups["label"].Value) ?? (unknownLabelRow ? FieldLabel.Unknown(column.Groups["label"].Value) : null)) is { } columnLabel)
        {
            yield return Field(text, content, columnLabel, content.Start + column.Groups["value"].Index, lineIndex);
            yield break;
        }

        // Several fields on one line, or one.
        var segments = Segments(text, content);
        var fields = segments.Select(s => (Segment: s, Field: OneLineField(text, s, lineIndex))).ToList();
        // "Written by Mark Monroe  ·  Edited by Davis Coombe  ·  Cinematography Jeff Orlowski": among fields, a role word before names is one too.
        if (fields.Count >= 2 && fields.Any(f => f.Field is not null))
            fields = fields.Select(f => f.Field is null && RoleBeforeNames(text, f.Segment, lineIndex) is { } credit ? (f.Segment, credit) : f).ToList();
        // "SENNA | Dir. Asif Kapadia | UK | 2010": a title followed by its facts stays one line of facts.
        var titleFirst = fields.Count >= 3 && fields[0].Field is null;
        if (!titleFirst && fields.Any(f => f.Field is not null) && !ContentLines.IsProse(lineText) || fields.Count == 1 && fields[0].Field is not null)
        {
            foreach (var (segment, field) in fields)
            {
                if (field is null) { yield return new Block(BlockKind.Line, segment, lineIndex, null, segment); continue; }
                // "Running time: 100 min. Distributed by X. It won …": the label governs its first sentence only.
                if (SentenceAfterValue(text, field.Value) is { } rest)
                {
                    yield return field with { Value = TextSpan.Trimmed(text, field.Value.Start, rest.Start), Span = TextSpan.Trimmed(text, field.Span.Start, rest.Start) };
                    yield return new Block(BlockKind.Paragraph, rest, lineIndex, null, rest);
                }
                else yield return field;
            }
            yield break;
        }

        if (bulleted) yield return new Block(BlockKind.Item, span, lineIndex, null, content);
        else if (ContentLines.IsProse(lineText) || ContentLines.IsShortSentence(lineText)) yield return new Block(BlockKind.Paragraph, span, lineIndex, null, span);
        else if (ContentLines.IsHeading(lineText)) yield return new Block(BlockKind.Heading, span, lineIndex, null, span);
        else yield return new Block(BlockKind.Line, span, lineIndex, null, span);
    }

    /// <summary>Running text after a field's value on the same line, from the second sentence on.</summary>
    private static TextSpan? SentenceAfterValue(string text, TextSpan value)
    {
        if (value.Length < 60) return null;
        for (var i = value.Start + 2; i + 2 < value.End; i++)
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !char.IsUpper(text[i - 1]))
            {
                var rest = TextSpan.Trimmed(text, i + 1, value.End);
                return Lines.WordCount(rest.Of(text)) >= 6 ? rest : null;
            }
        return null;
    }

    private static List<TextSpan> Segments(string text, TextSpan line)
    {
        var result = new List<TextSpan> { line };
        foreach (var separator in SegmentSeparators)
        {
            var next = new List<TextSpan>();
            foreach (var segment in result)
            {
                var start = segment.Start;
                var raw = segment.Of(text);
                var offset = 0;
                while ((offset = raw.IndexOf(separator, offset, StringComparison.Ordinal)) >= 0)
                {
                    var piece = TextSpan.Trimmed(text, start, segment.Start + offset);
                    if (piece.Length > 0) next.Add(piece);
                    offset += separator.Length;
                    start = segment.Start + offset;
                }
                var last = TextSpan.Trimmed(text, start, segment.End);
                if (last.Length > 0) next.Add(last);
            }
            result = next;
        }
        return result;
    }

    /// <summary>"Director: X", "Running time – 85 min", "Producer ........ X", "DIRECTOR Tamara Kotevska", "Directed by X".</summary>
    private static Block? OneLineField(string text, TextSpan segment, int lineIndex)
    {
        var raw = segment.Of(text);
        var colon = raw.IndexOf(':');
        if (colon > 0 && colon <= 40 && FieldLabels.Find(raw[..colon]) is { } label && !IsClockTime(raw, colon))
            return Field(text, segment, label, segment.Start + colon + 1, lineIndex);

        // Dot leaders, dashes and tabs between a known label and its value.
        foreach (var separator in new[] { "....", "…", " – ", " — ", " - ", "\t" })
        {
            var at = raw.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || at > 40 || FieldLabels.Find(raw[..at].TrimEnd('.')) is not { } dashed) continue;
            return Field(text, segment, dashed, ValueAfter(raw, at + separator.Length, segment), lineIndex);
        }
        // "Visual Consultant ....... Sandy McLeod": a dot leader makes a label of what is before it, known or not.
        var leader = raw.IndexOf("....", StringComparison.Ordinal);
        if (leader > 0 && leader <= 40 && Lines.WordCount(raw[..leader]) <= FieldLabels.MaxLabelWords)
            return Field(text, segment, FieldLabel.Unknown(raw[..leader]), ValueAfter(raw, leader, segment), lineIndex);

        // A label written as the line's first words: "DIRECTOR Tamara Kotevska", "Directed by Tamara Kotevska", "Dir. Asif Kapadia".
        var words = Words.All(text, segment);
        for (var count = Math.Min(FieldLabels.MaxLabelWords, words.Count - 1); count >= 1; count--)
        {
            var labelEnd = words[count - 1].End;
            if (labelEnd < segment.End && text[labelEnd] == '.') labelEnd++;
            var labelText = text[segment.Start..labelEnd];
            if (FieldLabels.Find(labelText) is not { } leading) continue;
            var capsLabel = labelText.Any(char.IsLetter) && labelText.Where(char.IsLetter).All(char.IsUpper) && labelText.Count(char.IsLetter) > 2;
            var byPhrase = labelText.EndsWith(" by", StringComparison.OrdinalIgnoreCase) || labelText.EndsWith("Dir.", StringComparison.OrdinalIgnoreCase);
            if (!capsLabel && !byPhrase) continue;
            if (capsLabel && text[words[count].Start..segment.End].Where(char.IsLetter).All(char.IsUpper) && leading.Kind != FieldKind.Runtime) continue;
            if (Words.All(text, new TextSpan(labelEnd, segment.End)).Count > 12) continue;
            return Field(text, segment, leading, labelEnd, lineIndex);
        }
        return null;
    }

    /// <summary>Where a value starts after its leader's dots and spaces.</summary>
    private static int ValueAfter(string raw, int from, TextSpan segment)
    {
        while (from < raw.Length && raw[from] is '.' or '…' or ' ') from++;
        return segment.Start + from;
    }

    private static Block? RoleBeforeNames(string text, TextSpan segment, int lineIndex)
    {
        var words = Words.All(text, segment);
        for (var count = Math.Min(2, words.Count - 1); count >= 1; count--)
        {
            var labelEnd = words[count - 1].End;
            if (FieldLabels.Find(text[segment.Start..labelEnd]) is not { Kind: FieldKind.Credit } label) continue;
            var value = TextSpan.Trimmed(text, labelEnd, segment.End);
            if (value.Length > 0 && char.IsUpper(text[value.Start]) && IsNameLine(text, value)) return Field(text, segment, label, labelEnd, lineIndex);
        }
        return null;
    }

    /// <summary>"7:30 pm" is a time, not a label.</summary>
    private static bool IsClockTime(string raw, int colon) => colon > 0 && char.IsDigit(raw[colon - 1]) && colon + 1 < raw.Length && char.IsDigit(raw[colon + 1]);

    public static Block Field(string text, TextSpan segment, FieldLabel label, int valueStart, int lineIndex) =>
        new(BlockKind.Field, segment, lineIndex, label, TextSpan.Trimmed(text, valueStart, segment.End));

    /// <summary>
    /// A label alone on its line with its value on the next line(s), as infoboxes and credit lists are copied:
    /// "Directed by" / "Tamara Kotevska" / "Ljubomir Stefanov". List-valued labels take every following short line
    /// up to a blank line or the next label.
    /// </summary>
    private static (Block Block, int LastLine)? TwoLineField(string text, IReadOnlyList<TextLine> lines, int index)
    {
        var labelLine = Bullets.Strip(text, lines[index].Trimmed(text)).Content;
        var labelText = labelLine.Of(text);
        if (labelText.Length > 48 || FieldLabels.Find(labelText) is not { } label) return null;
        // A line of five words or more is a label alone only with its colon, or when the label itself is that long.
        if (labelText.TrimEnd().EndsWith(':') is false && Words.All(text, labelLine).Count > 4 && Lines.WordCount(label.Text) <= 4) return null;
        var first = index + 1;
        // The value may sit after one blank line, as copied tables often do, when the label says it is one ("Director:").
        // A credit roll sets "with" apart from the names it introduces.
        if (first + 1 < lines.Count && lines[first].IsBlank && !lines[first + 1].IsBlank
            && (labelText.TrimEnd().EndsWith(':') || label.Kind is FieldKind.Subjects && IsNameLine(text, lines[first + 1].Trimmed(text))))
            first++;
        if (first >= lines.Count || lines[first].IsBlank || !IsValueLine(text, lines[first])) return null;
        // "Editing" over "2020   City Hall   as Editor": a department heading over a person's credits, not a label over names.
        if (label.Kind == FieldKind.Credit && StartsWithYear(lines[first].Trimmed(text).Of(text))) return null;
        var last = first;
        if (IsListValued(label))
            while (last + 1 < lines.Count && !lines[last + 1].IsBlank && IsValueLine(text, lines[last + 1])) last++;
        var value = TextSpan.Trimmed(text, lines[first].Start, lines[last].End);
        return (new Block(BlockKind.Field, new TextSpan(labelLine.Start, value.End), index, label, value), last);
    }

    private static bool StartsWithYear(string line) =>
        line.Length > 5 && line[..4].All(char.IsDigit) && line[0] is '1' or '2' && !char.IsLetterOrDigit(line[4]);

    private static bool IsValueLine(string text, TextLine line)
    {
        var content = Bullets.Strip(text, line.Trimmed(text)).Content.Of(text);
        if (content.Length == 0 || content.Length > 300 || Chrome.IsRecordReferences(content)) return false;
        if (FieldLabels.Find(content) is not null) return false;
        // "THE FILM" above "Directed by Jeff Orlowski · Produced by …": a line that opens on its own label is not the value above it.
        var words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = 2; count <= Math.Min(FieldLabels.MaxLabelWords, words.Length - 1); count++)
            if (words[count - 1].Equals("by", StringComparison.OrdinalIgnoreCase) && FieldLabels.Find(string.Join(' ', words[..count])) is not null) return false;
        var colon = content.IndexOf(':');
        return !(colon > 0 && colon <= 40 && FieldLabels.Find(content[..colon]) is not null);
    }

    private static bool IsListValued(FieldLabel label) =>
        label is { Kind: FieldKind.Ignored, Role: FieldLabels.LesserCredit } || label.Kind is FieldKind.Credit or FieldKind.Subjects or FieldKind.Company or FieldKind.Language or FieldKind.Country or FieldKind.Genre
            or FieldKind.AlternateTitle or FieldKind.Awards or FieldKind.ReleaseDate;

    /// <summary>A sentence whose next line is only a sentiment label ("Positive"): the document labels its own sentences.</summary>
    private static (Block Block, int LabelLine)? LabelledSentence(string text, IReadOnlyList<TextLine> lines, int index)
    {
        if (Sentiments.Find(lines[index].Text) is not null) return null;
        var next = index + 1;
        if (next >= lines.Count || Sentiments.Find(lines[next].Text) is not { } sentiment) return null;
        var span = lines[index].Trimmed(text);
        return (new Block(BlockKind.LabelledSentence, span, index, null, span, sentiment), next);
    }
}

/// <summary>The blocks of one document, and which of them are asides (about other things than the document's film).</summary>
internal sealed class DocumentLayout(string text, IReadOnlyList<Block> blocks)
{
    public string Text { get; } = text;
    public IReadOnlyList<Block> Blocks { get; } = blocks;

    public bool IsAside(int blockIndex) => Blocks[blockIndex].InAside;

    public IEnumerable<(Block Block, int Index)> Content() =>
        Blocks.Select((b, i) => (b, i)).Where(x => x.b.Kind != BlockKind.Chrome && !IsAside(x.i));
}
