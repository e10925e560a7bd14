using System.Text.RegularExpressions;
using Catalogue.Data;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Films;

/// <summary>
/// Decides which film or films a document is about from all the evidence together: title fields, the page heading
/// (without the site's words around it), titles written with their year, quoted titles the prose calls a film, entry
/// headings of a round-up or a schedule, and the phrase the text keeps naming. No single heuristic decides: each piece
/// of evidence adds weight to a candidate, and a candidate that is a person, an organisation, a country, a genre, a label
/// or page chrome is never a film.
/// </summary>
internal static class FilmFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Below this total weight no candidate is taken for the document's film.</summary>
    public const float MinimumWeight = 0.6f;

    /// <summary>Site words around a heading's title: "Watch X Online", "X review", "Review: X", "X | Site", "X – where to stream".</summary>
    private static readonly Regex LeadingSiteWords = new(
        @"^(?:watch|stream|review|film review|movie review|documentary review|doc review|sundance review|festival review|berlinale review|idfa review|tiff review|cannes review|review roundup|now streaming|now showing|in cinemas|interview|q&a|exclusive|first look|trailer|from the archive|revisited|retrospective|classic|spotlight|in focus|staff pick|our pick|editor'?s pick|critic'?s pick|must see|recommended|coming soon|streaming pick|doc of the week|film of the week|pick of the week|about|about the film|more about)\s*[:|–—-]?\s+",
        RegexOptions.IgnoreCase | Options);

    private static readonly Regex TrailingSiteWords = new(
        @"\s+(?:review|film review|movie review|full movie|online|free|streaming|stream online|watch online|where to watch|trailer|press kit|press notes|documentary|doc)\s*$",
        RegexOptions.IgnoreCase | Options);

    /// <summary>A tag line opens in lower case or on a few words of address; "Honeyland (2019) - User Reviews" is the page's title.</summary>
    private static readonly Regex SiteTagline = new(
        @"\s[—–|-]\s+(?:\p{Ll}|(?i:the|your|every|honest|independent)\s)[^|]*\b(?i:since|coverage|reviews|news|magazine|guide|journal|blog|diary|criticism|service|services|cinema|films|movies|streaming|watch|culture|documentaries|nonfiction|non-fiction|film)\b",
        Options);

    private static readonly Regex PersonOnTitle = new(
        @"(?:^|[:—–-]\s*)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+on\s+(?:(?:her|his|their|the\s+making\s+of)\s+)?(?<title>\p{Lu}[^:|—–\n]{1,80}?)\s*$", Options);

    private static readonly Regex HeadlineVerb = new(
        @"\s(?:premieres|debuts|arrives|lands|streams|opens|returns|comes\s+to|heads\s+to|to\s+premiere|to\s+debut|to\s+stream|to\s+make\s+its|to\s+open|to\s+arrive|set\s+to|will\s+premiere|will\s+debut)\b",
        RegexOptions.IgnoreCase | Options);

    /// <summary>Two or more capitals, words of them, between lower-case words: "of BLACKFISH, director", "In SALESMAN (1968)".</summary>
    private static readonly Regex CapitalsInProse = new(
        @"(?<=\p{Ll}[\p{P}]?\s)" + TitleRuns.CapitalsPattern + @"(?=[\s,.;:)(]|$)", RegexOptions.CultureInvariant);

    /// <summary>"CHASING ICE follows National Geographic photographer James Balog": a paragraph that opens on a title in capitals and its verb.</summary>
    private static readonly Regex CapitalsOpening = new(
        "^" + TitleRuns.CapitalsPattern + @"(?=\s+\p{Ll})", RegexOptions.CultureInvariant);

    private static readonly Regex Breadcrumb = new(
        @"^\s*(?:home|start|front\s+page)\s*(?:/|›|»|>|\\)\s*(?:[^/›»>\\\n]+(?:/|›|»|>|\\)\s*)+(?<last>[^/›»>\\\n]{2,90})$", RegexOptions.IgnoreCase | Options);

    /// <summary>'Original song "Before My Time"', 'his book "The Sea"': a quoted name of a work that is not a film.</summary>
    private static readonly Regex OtherWorkBefore = new(
        @"\b(?:song|songs|track|single|album|record|book|novel|memoir|poem|play|essay|article|column|episode|chapter|podcast|exhibition|painting|series)\s*,?\s*$",
        RegexOptions.IgnoreCase | Options);

    private static readonly Regex YearInParentheses = new(@"\s*[(\[](?:18|19|20)\d\d[)\]]", Options);

    /// <summary>Between a heading's title and what the page adds: "Title | Site", "Title — review", "CAMERAPERSON + discussion".</summary>
    private static readonly string[] TitleSeparators = [" | ", " – ", " — ", " - ", " :: ", " // ", " • ", " + "];

    private static readonly Regex QuotedPhrase = new(@"[“""‘](?<title>[^“”""‘’\n]{2,120}?)[”""’]", Options);

    private static readonly Regex CalledADocumentary = new(
        @"^[“""‘]?(?<title>\p{Lu}[^.!?;“”""]{1,100}?)[”""’]?\s+(?:\((?<year>(?:18|19|20)\d\d)\)\s+)?(?:is|was)\s+(?:a|an)\s+(?:(?<year2>(?:18|19|20)\d\d)\s+)?(?:[\p{L}-]+\s+){0,5}?(?:documentary|film|docuseries|feature|portrait)\b" +
        // "Frederick Wiseman is an American documentary filmmaker": a person whose trade is documentaries.
        @"(?!\s+(?:film-?makers?|makers?|directors?|producers?|editors?|cinematographers?|photographers?|journalists?|critics?|scholars?|historians?|programmers?|curators?|festivals?|compan(?:y|ies)|channel|crew|pioneer|legend))",
        RegexOptions.CultureInvariant);

    public static List<FilmSection> Find(DocumentLayout layout, IReadOnlyCollection<string> peopleAndOrganisations)
    {
        if (Posts.Sections(layout) is { Count: >= 2 } posts) return posts;
        var entries = RoundUp.Entries(layout, peopleAndOrganisations);
        if (entries.Count >= 2) return entries;
        var main = Main(layout, peopleAndOrganisations, entries.FirstOrDefault());
        return main is null ? [] : [main];
    }

    private static FilmSection? Main(DocumentLayout layout, IReadOnlyCollection<string> excluded, FilmSection? singleEntry)
    {
        var text = layout.Text;
        var candidates = new List<TitleCandidate>();
        var content = layout.Content().ToList();

        if (singleEntry is not null)
            candidates.Add(new TitleCandidate(singleEntry.Title.Value, Span(singleEntry.Title.Evidence), singleEntry.Title.Evidence.Rule,
                singleEntry.Title.Evidence.Rule == "entry.heading" ? 0.3f : 0.5f,
                singleEntry.Year?.Value, singleEntry.Year is null ? null : Span(singleEntry.Year.Evidence)));

        foreach (var (block, _) in content.Where(c => c.Block.Kind == BlockKind.Field))
            if (block.Label!.Kind == FieldKind.Title)
                candidates.Add(new TitleCandidate(Titles.Clean(block.Value.Of(text)), block.Value, "title.field", 1.0f));

        // "Home / Shop / Blu-ray / Harlan County, USA (FE047)": a breadcrumb ends with the page's own subject.
        foreach (var (block, _) in content.Take(16))
            if (Breadcrumb.Match(block.Value.Of(text)) is { Success: true } crumb)
            {
                var last = crumb.Groups["last"];
                var span = TextSpan.Trimmed(text, block.Value.Start + last.Index, block.Value.Start + last.Index + last.Length);
                var title = Titles.Clean(span.Of(text));
                if (IsTitleShaped(title)) candidates.Add(new TitleCandidate(title, span, "title.breadcrumb", 0.5f));
                break;
            }

        // "CRIP CAMP: A DISABILITY REVOLUTION, WINNER OF …, PREMIERES ON NETFLIX", "Amazon Studios' TIME, … to Premiere on Prime Video":
        // a release's headline names the film as the subject of its verb.
        foreach (var (block, _) in content.Take(12).Where(c => c.Block.Kind is BlockKind.Heading or BlockKind.Line or BlockKind.Paragraph && c.Block.Value.Length <= 220))
        {
            if (HeadlineVerb.Match(block.Value.Of(text)) is not { Success: true } verb || verb.Index == 0) continue;
            var subject = block.Value.Of(text)[..verb.Index];
            var comma = subject.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0) subject = subject[..comma];
            var possessive = Math.Max(subject.LastIndexOf("' ", StringComparison.Ordinal), Math.Max(subject.LastIndexOf("'s ", StringComparison.Ordinal), subject.LastIndexOf("’s ", StringComparison.Ordinal)));
            var from = possessive > 0 ? possessive + (subject[possessive] == '\'' && subject[possessive + 1] == ' ' ? 2 : 3) : 0;
            var span = TextSpan.Trimmed(text, block.Value.Start + from, block.Value.Start + from + subject[from..].Length);
            var title = Titles.Clean(span.Of(text));
            if (IsTitleShaped(title) && title.Split(' ').Length <= 10) candidates.Add(new TitleCandidate(title, span, "title.headline-subject", 0.5f));
        }

        // "CNN Films will present the television premiere of BLACKFISH, director …": a title set in capitals inside running text.
        foreach (var (block, _) in content.Where(c => c.Block.Kind is BlockKind.Paragraph or BlockKind.Item))
            foreach (Match caps in CapitalsInProse.Matches(block.Value.Of(text)))
            {
                var span = new TextSpan(block.Value.Start + caps.Index, block.Value.Start + caps.Index + caps.Length);
                var title = Titles.Clean(caps.Value);
                if (caps.Value.Count(char.IsLetter) < 4 || Extraction.Mentions.PersonNames.LooksLikeOrganisation(caps.Value) || !IsTitleShaped(title)) continue;
                candidates.Add(new TitleCandidate(title, span, "title.capitals-in-prose", 0.2f));
            }
        foreach (var (block, _) in content.Where(c => c.Block.Kind == BlockKind.Paragraph))
            if (CapitalsOpening.Match(block.Value.Of(text)) is { Success: true } opening && opening.Value.Count(char.IsLetter) >= 4
                && !Extraction.Mentions.PersonNames.LooksLikeOrganisation(opening.Value) && Titles.Clean(opening.Value) is var opened && IsTitleShaped(opened))
                candidates.Add(new TitleCandidate(opened, new TextSpan(block.Value.Start, block.Value.Start + opening.Length), "title.capitals-in-prose", 0.3f));

        // The page heading: the first headings before the running text.
        var top = content.Take(16).ToList();
        var headings = top.Select((c, position) => (c.Block, Position: position)).Where(c => c.Block.Kind is BlockKind.Heading or BlockKind.Line).Take(6).ToList();
        var rank = 0;
        // A page that lists a film's facts in fields but no title field is one film's page; its first heading names it.
        var factFields = content.Count(c => c.Block is { Kind: BlockKind.Field, Label.Kind: FieldKind.Credit or FieldKind.Year or FieldKind.Runtime or FieldKind.Country });
        var onePageOfFacts = factFields >= 2 && !content.Any(c => c.Block is { Kind: BlockKind.Field, Label.Kind: FieldKind.Title });
        TitleCandidate? firstHeading = null;
        for (var h = 0; h < headings.Count; h++)
        {
            if (FromHeading(text, headings[h].Block.Span) is not { } candidate || NotTitles.Is(candidate.Title, excluded)) continue;
            if (IsSiteBanner(layout, headings[h].Block)) continue;
            // The first heading that can be a title is the page's; later ones are more often sections or asides.
            var weight = candidate.Weight * (rank == 0 ? 1f : rank < 2 ? 0.85f : 0.7f);
            if (rank++ == 0 && onePageOfFacts) firstHeading = candidate with { Weight = 0.2f };
            // "WON'T YOU BE MY NEIGHBOR?" / "A film by Morgan Neville": the line above the film's credits is its title.
            var next = headings[h].Position + 1 < top.Count ? top[headings[h].Position + 1].Block : null;
            if (next is { Kind: BlockKind.Field } && next.Label!.Kind is FieldKind.Credit or FieldKind.Runtime or FieldKind.Year or FieldKind.Country or FieldKind.OriginalTitle
                || next is { Kind: BlockKind.Heading or BlockKind.Line } && SpecRules.Facts(text, next.Value) >= 2)
                weight += 0.4f;
            // "Grizzly Man" / "2005": the line under a title holding only a year is the film's year.
            if (candidate.Year is null && next is { Kind: BlockKind.Heading or BlockKind.Line } && ContentLines.Year(next.Value.Of(text)) is { } yearBelow)
                candidate = candidate with { Year = yearBelow, YearSpan = next.Value };
            candidates.Add(candidate with { Weight = weight });
        }

        var sentences = Sentences.In(text, content.Where(c => c.Block.Kind is BlockKind.Paragraph or BlockKind.LabelledSentence or BlockKind.Item)
            .Select(c => c.Block.Value));
        foreach (var sentence in sentences)
        {
            var sentenceText = sentence.Of(text);
            if (CalledADocumentary.Match(sentenceText) is { Success: true } called)
            {
                var group = called.Groups["title"];
                var title = Titles.Clean(group.Value);
                // "Anna Berg’s Harbour Lights is a patient documentary": the title follows its director's possessive.
                var possessive = Math.Max(title.LastIndexOf("’s ", StringComparison.Ordinal), title.LastIndexOf("'s ", StringComparison.Ordinal));
                if (possessive > 0) title = title[(possessive + 3)..];
                var yearGroup = called.Groups["year"].Success ? called.Groups["year"] : called.Groups["year2"];
                if (IsTitleShaped(title))
                    candidates.Add(new TitleCandidate(title, new TextSpan(sentence.Start + group.Index, sentence.Start + group.Index + group.Length),
                        "title.called-a-film", 0.7f, yearGroup.Success ? int.Parse(yearGroup.Value) : null,
                        yearGroup.Success ? new TextSpan(sentence.Start + yearGroup.Index, sentence.Start + yearGroup.Index + yearGroup.Length) : null));
            }
            foreach (var possessed in AfterMakersPossessive(text, sentence))
                candidates.Add(possessed);
            foreach (Match quoted in QuotedPhrase.Matches(sentenceText))
            {
                var group = quoted.Groups["title"];
                var title = Titles.Clean(group.Value);
                if (!IsTitleShaped(title) || title.Split(' ').Length > 10 || OtherWorkBefore.IsMatch(sentenceText[..quoted.Index])) continue;
                candidates.Add(new TitleCandidate(title, new TextSpan(sentence.Start + group.Index, sentence.Start + group.Index + group.Length), "title.quoted", 0.35f));
            }
        }
        // The phrase the text keeps naming is the weakest evidence: people are named as often as films.
        if (TitleFinder.MostFrequentPhrase(text, sentences, excluded, "title.most-frequent-phrase") is { } frequent && IsTitleShaped(frequent.Value))
            candidates.Add(new TitleCandidate(frequent.Value, Span(frequent.Evidence), frequent.Evidence.Rule, 0.3f));

        if (Environment.GetEnvironmentVariable("CATALOGUE_DEBUG_TITLES") is not null)
            foreach (var c in candidates) Console.Error.WriteLine($"candidate {c.Rule} {c.Weight:0.00} '{c.Title}' excluded={NotTitles.Is(c.Title, excluded)} mentions={Mentions(text, layout, c.Title, [c.Span]):0.00}");
        var best = Strongest(text, layout, candidates, excluded);
        // Where nothing else names the film, the first heading of a page of fact fields does.
        if (best.Candidates is null && firstHeading is not null) best = Strongest(text, layout, [.. candidates, firstHeading], excluded);
        if (best.Candidates is null) return null;
        var strongest = best.Candidates.OrderByDescending(c => c.Weight).First();
        var year = best.Candidates.FirstOrDefault(c => c.Year is not null);
        var confidence = Math.Min(1f, best.Weight);
        var titleEvidence = strongest.Span.Evidence(strongest.Rule) with { Confidence = Math.Min(ExtractionRules.ConfidenceOf(strongest.Rule), 0.5f + confidence / 2) };
        return new FilmSection(new Sourced<string>(strongest.Title, titleEvidence),
            year is null ? null : new Sourced<int>(year.Year!.Value, year.YearSpan!.Value.Evidence("title.year-beside-title")),
            0, layout.Blocks.Count);
    }

    private static (string Key, List<TitleCandidate> Candidates, float Weight) Strongest(
        string text, DocumentLayout layout, IEnumerable<TitleCandidate> candidates, IReadOnlyCollection<string> excluded) =>
        candidates
            .Where(c => !NotTitles.Is(c.Title, excluded))
            .GroupBy(c => NameKeys.Key(c.Title))
            .Select(g => (Key: g.Key, Candidates: g.ToList(), Mentions: Mentions(text, layout, g.First().Title, g.Select(c => c.Span).ToList())))
            // A quoted headline the text never repeats is more often someone's words than the film's title.
            .Select(g => (g.Key, g.Candidates, Weight: g.Candidates.Sum(c => c.Rule == "title.heading-quoted" && g.Mentions == 0 ? c.Weight / 2 : c.Weight) + g.Mentions))
            .Where(g => g.Weight >= MinimumWeight)
            .OrderByDescending(g => g.Weight)
            .FirstOrDefault();

    /// <summary>
    /// "Chilean director Maite Alberdi's The Mole Agent (El agente topo) opens like…": a title-cased phrase right after a
    /// full name's possessive. Weak alone (people own many things); the mentions that repeat it decide.
    /// </summary>
    private static IEnumerable<TitleCandidate> AfterMakersPossessive(string text, TextSpan sentence)
    {
        foreach (var word in Words.All(text, sentence))
        {
            if (Words.WithoutPossessive(word.Of(text)) is null || Names.ReadBackward(text, word.End - 2, sentence.Start) is not { } maker
                || !maker.Name.Contains(' ') || Extraction.Mentions.PersonNames.LooksLikeOrganisation(maker.Name)) continue;
            if (TitleRuns.ReadForward(text, word.End, sentence.End) is not { } run || run.Start - word.End > 1) continue;
            var title = Titles.Clean(run.Of(text));
            if (IsTitleShaped(title) && title.Split(' ').Length <= 8) yield return new TitleCandidate(title, run, "title.after-possessive", 0.25f);
        }
    }

    /// <summary>The page's first line followed by its menu is the site's name.</summary>
    private static bool IsSiteBanner(DocumentLayout layout, Block heading)
    {
        var index = -1;
        for (var i = 0; i < layout.Blocks.Count && i < 4; i++) if (layout.Blocks[i] == heading) index = i;
        if (index < 0 || index > 1) return false;
        // A heading under the menu is the page's own ("FilmDB   Movies   Sign in" / "Honeyland (2019) - User Reviews").
        if (index == 1 && layout.Blocks[0].Kind == BlockKind.Chrome) return false;
        return index + 1 < layout.Blocks.Count && layout.Blocks[index + 1].Kind == BlockKind.Chrome;
    }

    /// <summary>Corroboration: a title the running text repeats is more likely the film than a site's banner.</summary>
    private static float Mentions(string text, DocumentLayout layout, string title, IReadOnlyList<TextSpan> own)
    {
        if (title.Length < 3) return 0;
        var count = 0;
        foreach (var (block, _) in layout.Content())
        {
            // The heading a candidate was read from does not corroborate itself.
            if (block.Kind is BlockKind.Heading or BlockKind.Line && own.Any(o => o.Start >= block.Span.Start && o.End <= block.Span.End)) continue;
            var value = block.Value.Of(text);
            var at = 0;
            while ((at = value.IndexOf(title, at, StringComparison.OrdinalIgnoreCase)) >= 0) { count++; at += title.Length; }
        }
        return Math.Min(0.6f, count * 0.15f);
    }

    /// <summary>A title from a heading line, without the site's words; "Title (2019)" and "Title 2019" carry the year.</summary>
    public static TitleCandidate? FromHeading(string text, TextSpan heading)
    {
        var raw = heading.Of(text);
        // A shop's product name carries its format and year ("… [DVD] [2010]"), which read like a line of facts.
        if (raw.Length > 150 || SpecRules.Facts(text, heading) >= 2 && !Titles.HasFormatTag(raw)) return null;
        raw = Titles.WithoutFormatTags(raw);
        var start = heading.Start;
        // "“He Was a Terrible Spy”: Maite Alberdi on The Mole Agent": an interview headline names its film after "on", whatever it quotes before.
        if (PersonOnTitle.Match(raw) is { Success: true } on && IsTitleShaped(Titles.Clean(on.Groups["title"].Value)))
        {
            var group = on.Groups["title"];
            return new TitleCandidate(Titles.Clean(group.Value), new TextSpan(start + group.Index, start + group.Index + group.Length), "title.heading", 0.6f);
        }
        // "Review: ‘Honeyland’ finds…", "Bing Liu on 'Minding the Gap'": headlines quote the film's title.
        if (QuotedInHeading(raw) is { } quoted)
        {
            var quotedTitle = Titles.Clean(quoted.Title);
            if (IsTitleShaped(quotedTitle))
                return new TitleCandidate(quotedTitle, new TextSpan(start + quoted.Index, start + quoted.Index + quoted.Title.Length), "title.heading-quoted", 0.75f);
        }
        // Breadcrumbs: "Movies › Documentary › American Factory" ends with the page's own name.
        foreach (var crumb in new[] { " › ", " » ", " > ", " / " })
        {
            var last = raw.LastIndexOf(crumb, StringComparison.Ordinal);
            if (last <= 0 || crumb == " / " && raw.Split(crumb).Length < 3) continue;
            start += last + crumb.Length;
            raw = raw[(last + crumb.Length)..];
            heading = new TextSpan(start, heading.End);
        }
        // "CROISETTE DAILY — independent festival coverage since 2009": a site's banner and tag line.
        if (SiteTagline.IsMatch(raw)) return null;
        var lead = LeadingSiteWords.Match(raw);
        var offset = lead.Success && lead.Index == 0 ? lead.Length : 0;
        var part = raw[offset..];
        foreach (var separator in TitleSeparators)
        {
            var at = part.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0) part = part[..at];
        }
        // "Harbour Lights (2019) Full Movie Online Free": the title ends at its year.
        var yearAt = YearInParentheses.Match(part);
        if (yearAt.Success && yearAt.Index > 0) part = part[..(yearAt.Index + yearAt.Length)];
        for (var trailing = TrailingSiteWords.Match(part); trailing.Success; trailing = TrailingSiteWords.Match(part)) part = part[..trailing.Index];
        var (title, year) = Titles.SplitYear(part.Trim());
        title = Titles.Clean(title);
        if (!IsTitleShaped(title)) return null;
        var titleStart = start + offset + Math.Max(0, part.IndexOf(title.Length > 0 ? title[..Math.Min(3, title.Length)] : "", StringComparison.OrdinalIgnoreCase));
        var titleSpan = LocateSpan(text, heading, title) ?? new TextSpan(titleStart, Math.Min(heading.End, titleStart + title.Length));
        TextSpan? yearSpan = year is { } y && raw.LastIndexOf(y.ToString(), StringComparison.Ordinal) is var yi and >= 0
            ? new TextSpan(start + yi, start + yi + 4) : null;
        return new TitleCandidate(title, titleSpan, year is null ? "title.heading" : "title.heading-with-year", year is null ? 0.45f : 0.9f, year, yearSpan);
    }

    /// <summary>The first quoted phrase of a heading, in curly, straight double or straight single quotes.</summary>
    private static (string Title, int Index)? QuotedInHeading(string heading)
    {
        var curly = QuotedPhrase.Match(heading);
        var straight = SingleQuoted(heading);
        if (curly.Success && (straight is null || curly.Index < straight.Value.Index)) return (curly.Groups["title"].Value, curly.Groups["title"].Index);
        return straight;
    }

    private static (string Title, int Index)? SingleQuoted(string heading)
    {
        for (var open = heading.IndexOf('\''); open >= 0; open = heading.IndexOf('\'', open + 1))
        {
            if (open > 0 && char.IsLetterOrDigit(heading[open - 1])) continue;
            var close = heading.IndexOf('\'', open + 1);
            while (close > 0 && close + 1 < heading.Length && char.IsLetter(heading[close + 1])) close = heading.IndexOf('\'', close + 1);
            if (close < 0) return null;
            if (close - open > 2) return (heading[(open + 1)..close], open + 1);
            open = close;
        }
        return null;
    }

    /// <summary>The span where <paramref name="title"/> is written in the heading (its inverted or capitalised form counts).</summary>
    private static TextSpan? LocateSpan(string text, TextSpan heading, string title)
    {
        var raw = heading.Of(text);
        var at = raw.IndexOf(title, StringComparison.OrdinalIgnoreCase);
        if (at >= 0) return new TextSpan(heading.Start + at, heading.Start + at + title.Length);
        var words = title.Split(' ');
        var core = words.Length > 1 && words[0] is "The" or "A" or "An" ? string.Join(' ', words.Skip(1)) : title;
        at = raw.IndexOf(core, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var end = heading.Start + at + core.Length;
        var rest = raw[(at + core.Length)..];
        if (rest.StartsWith(", ") && words.Length > 1) end += 2 + words[0].Length;
        return new TextSpan(heading.Start + at, Math.Min(heading.End, end));
    }

    /// <summary>Looks like a title: starts with a capital or digit, has letters, is not a sentence.</summary>
    public static bool IsTitleShaped(string title)
    {
        title = title.Trim().Trim('~', '=', '#', '•', '★', '*', ' ');
        if (title.Length is < 2 or > 120) return false;
        if (!char.IsUpper(title[0]) && !char.IsDigit(title[0])) return false;
        if (title.Count(char.IsLetter) < 2 || Months.IsDate(title)) return false;
        // "2002 film by Michael Moore", "documentary film directed by Laura Poitras": a description of a film, not its title.
        if (DescribesAFilm.IsMatch(title) || MadeWhere.IsMatch(title)) return false;
        // "Last Men in Aleppo,2017,104,DK" is a row of data, "Home | Films" a menu.
        for (var i = 0; i + 1 < title.Length; i++)
            if (title[i] is ',' or ';' or '|' && title[i + 1] != ' ') return false;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14) return false;
        // A sentence has many lower-case words; a title capitalises most of its words.
        var lower = words.Count(w => char.IsLower(w[0]) && !TitleRuns.FunctionWords.Contains(w));
        if (lower > Math.Max(1, words.Length / 4)) return false;
        // "And I", "It Was": a title has a word of its own, not only the small words that open sentences.
        return words.Any(w => !SentenceOpeners.Contains(w.Trim(',', '.', ':', '!', '?')));
    }

    private static readonly Regex DescribesAFilm = new(@"\b(?:film|documentary|movie|docuseries)\s+(?:by|directed\s+by|from)\s", RegexOptions.CultureInvariant);

    /// <summary>"Filmed in Havana, Amsterdam and New York City", "Shot on 16mm": a production note.</summary>
    private static readonly Regex MadeWhere = new(@"^(?:Filmed|Shot|Recorded|Made|Restored|Photographed)\s+(?:in|on|at|over|during|with)\s", RegexOptions.CultureInvariant);

    private static TextSpan Span(Evidence evidence) => new(evidence.Start, evidence.End);

    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "so", "yet", "i", "it", "he", "she", "we", "they", "you", "this", "that", "these", "those", "in", "on", "at", "a",
        "an", "the", "of", "for", "my", "our", "his", "her", "their", "its", "if", "when", "as", "to", "with", "by", "from", "is", "was", "me",
        "us", "them", "him", "not", "no", "all", "one", "here", "there", "then", "now", "what", "who", "how", "why", "where",
    };
}
