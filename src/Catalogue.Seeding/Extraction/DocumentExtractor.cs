using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Films;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Rules;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction;

/// <summary>
/// Reads any document in three steps: its layout (blocks: headings, fields, items, paragraphs, chrome, asides), the film or
/// films it is about (from all the evidence together), then each film's facts from the blocks that speak of it: fields by
/// their labels, lines of facts by what each segment is, running text by the prose rules. Every fact carries the span it was
/// read from and a registered rule, whose confidence it takes. A document is rejected only when it names no film.
/// </summary>
public sealed class DocumentExtractor : IDocumentExtractor
{
    /// <summary>Changes whenever a rule changes what documents yield, so stored extractions are read again.</summary>
    public const string Version = "2026-12-01.23";

    public string ExtractorVersion => Version;

    public ExtractedDocument Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var layout = LayoutReader.Read(text);
        var content = layout.Content().ToList();
        if (content.Count == 0 || content.All(c => c.Block.Kind == BlockKind.Heading && c.Block.Span.Length < 3))
            return Rejected("the page holds only chrome (menus, buttons, notices): no film is named");
        if (EnglishText.IsOtherLanguage(layout))
            return Rejected("the text is not in English, the only language the reader knows");

        var isDocumentary = ProseFacts.MentionsDocumentary(text);
        var probe = new FilmAssembler(new Sourced<string>("", new Evidence(0, 0, "title.field")));
        var pageEvent = PageEvent(layout);
        ReadFacts(layout, 0, layout.Blocks.Count, probe, isDocumentary, pageEvent);
        var notTitles = probe.PeopleNames.Concat(probe.CompanyNames).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var sections = FilmFinder.Find(layout, notTitles);
        if (sections.Count == 0) return Rejected("no film is named: no title field, title heading, quoted title or repeated title was found");

        var kind = DocumentKinds.Describe(layout, sections.Count);
        var films = new List<FilmFacts>();
        var mentioned = new List<FilmFacts>();
        var assemblers = sections.Select(s => new FilmAssembler(s.Title)).ToList();
        AwardLists.Apply(layout, sections, assemblers);
        Filmographies.Apply(layout, sections, assemblers);
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var film = assemblers[i];
            if (section.Year is not null) film.Facts.Year = section.Year;
            isDocumentary |= film.Facts.Genres.Any(g => Genres.IsDocumentary(g.Value));
            var context = ReadFacts(layout, section.From, section.To, film, isDocumentary, pageEvent, assemblers.Where(a => a != film).ToList());
            if (sections.Count == 1) ReadReview(layout, kind, context, film);
            if (sections.Count == 1 && kind is DocumentKinds.Listing or DocumentKinds.Synopsis or DocumentKinds.Page) ReadSynopsis(layout, kind, film);
            if (sections.Count == 1 && kind == DocumentKinds.Synopsis) AddHeadingAsAlternate(layout, film);
            if (context is not null) mentioned.AddRange(context.OtherFilms.Select(f => f.Build()));
        }
        DocumentWide(layout, sections, assemblers, isDocumentary);
        films.AddRange(assemblers.Select(a => a.Build()));
        return new ExtractedDocument(kind, [.. films, .. mentioned]);
    }

    /// <summary>
    /// What the page says of all its films at once: a documentary page's films are documentaries; a round-up of one
    /// festival's edition ("Sundance 2020, Day 4") says each of its films was selected there, that year.
    /// </summary>
    private static void DocumentWide(DocumentLayout layout, List<FilmSection> sections, List<FilmAssembler> films, bool isDocumentary)
    {
        var text = layout.Text;
        var content = layout.Content().Select(c => c.Block).ToList();
        // One film's page calls it a documentary anywhere; a page of several films must say so in the film's own part,
        // since a syllabus or a newsletter about documentaries also lists other films.
        for (var i = 0; i < films.Count && isDocumentary; i++)
        {
            if (films[i].Facts.Genres.Count > 0) continue;
            var pool = sections.Count < 2 ? content
                : layout.Blocks.Skip(sections[i].From).Take(sections[i].To - sections[i].From).Where(b => !b.InAside);
            if (pool.FirstOrDefault(b => b.Kind != BlockKind.Chrome && ProseFacts.DocumentaryMention(text, b.Value) is not null) is { } mentioning
                && ProseFacts.DocumentaryMention(text, mentioning.Value) is { } word)
                films[i].AddGenre("Documentary", word.Evidence("prose.genre.documentary"));
        }

        if (sections.Count == 1) ReviewedAtFestival(layout, films[0]);
        if (sections.Count < 2) return;
        var firstSection = sections[0].From;
        foreach (var heading in layout.Blocks.Take(firstSection).Where(b => b.Kind is BlockKind.Heading or BlockKind.Line && !b.InAside))
        {
            if (FestivalEdition(heading.Value.Of(text)) is not { Year: { } edition } found) continue;
            var festival = found.Festival;
            var year = int.Parse(edition.Value);
            // A film of an earlier year the round-up looks back on was not in this edition.
            foreach (var film in films.Where(f => f.Facts.Year is null || Math.Abs(f.Facts.Year.Value - year) <= 1))
            {
                film.AddAward(new AwardFact(festival, "Official Selection", AwardOutcomes.Selected, year, heading.Value.Evidence("entry.festival-of-round-up")));
                film.Facts.Year ??= new Sourced<int>(year, new TextSpan(heading.Value.Start + edition.Index, heading.Value.Start + edition.Index + 4).Evidence("entry.year-of-festival"));
            }
            return;
        }
    }

    /// <summary>
    /// A credits paragraph written as sentences of fields: "Minding the Gap. Director: Bing Liu. Producers: Bing Liu, Diane Quon.
    /// USA, 2018. 93 min." Each labelled sentence is read as its field, and the short lines of facts between them as specs.
    /// </summary>
    private static bool CreditSentences(string text, Block paragraph, FilmAssembler film, bool isDocumentary)
    {
        var fields = new List<Block>();
        var specs = new List<TextSpan>();
        foreach (var sentence in Sentences.InParagraph(text, paragraph.Value))
        {
            var value = TextSpan.Trimmed(text, sentence.Start, sentence.End - (text[sentence.End - 1] == '.' ? 1 : 0));
            var raw = value.Of(text);
            var colon = raw.IndexOf(": ", StringComparison.Ordinal);
            // "Crew: Director: Sara Dosa": a group's name before the field's own label.
            if (colon > 0 && raw.IndexOf(": ", colon + 2, StringComparison.Ordinal) is > 0 and var inner && FieldLabels.Find(raw[(colon + 2)..inner]) is not null)
            {
                value = TextSpan.Trimmed(text, value.Start + colon + 2, value.End);
                raw = value.Of(text);
                colon = raw.IndexOf(": ", StringComparison.Ordinal);
            }
            if (colon is > 1 and <= 30 && FieldLabels.Find(raw[..colon]) is { Kind: not FieldKind.Ignored and not FieldKind.Synopsis } label)
                fields.Add(LayoutReader.Field(text, value, label, value.Start + colon + 1, paragraph.Line));
            else if (Words.All(text, value).Count <= 6 && SpecRules.Facts(text, value) >= 1) specs.Add(value);
        }
        if (fields.Count < 2) return false;
        foreach (var field in fields) FieldRules.Apply(text, field, film, isDocumentary);
        SpecRules.ApplySegments(text, specs, film, "line.specs");
        return true;
    }

    /// <summary>"In English.", "· in English and French", "In English, Bosnian, Arabic and Hausa.", "Hebrew with English subtitles.": what the film is spoken in.</summary>
    private static readonly System.Text.RegularExpressions.Regex SpokenIn = new(
        @"(?:^|[.;·|]\s*)(?:[Ii]n\s+(?<languages>\p{Lu}\p{Ll}+(?:(?:,\s*|,?\s+and\s+)\p{Lu}\p{Ll}+)*)(?=\s*(?:[.;·|]|$|,?\s+with\s))|(?<languages>\p{Lu}\p{Ll}+)(?=\s+with\s+\p{Lu}\p{Ll}+\s+subtitles))",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly System.Text.RegularExpressions.Regex UserRating = new(
        @"(?<value>\d(?:\.\d{1,2})?)\s+out\s+of\s+(?<scale>5|10)\b(?:\s+stars?)?[^.\n]{0,40}?\b(?:ratings|reviews|votes|customer)\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static ExtractedDocument Rejected(string reason) => new(DocumentKinds.Unreadable, []) { Rejection = reason };

    /// <summary>The sentences of the running text in a block range, chrome and asides left out.</summary>
    private static List<TextSpan> ProseSentences(DocumentLayout layout, int from, int to) =>
        Blocks(layout, from, to)
            .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.LabelledSentence || b.Kind == BlockKind.Item && ContentLines.IsProse(b.Value.Of(layout.Text)))
            .SelectMany(b => Sentences.InParagraph(layout.Text, b.Value)).ToList();

    private static IEnumerable<Block> Blocks(DocumentLayout layout, int from, int to)
    {
        for (var i = from; i < to && i < layout.Blocks.Count; i++)
            if (layout.Blocks[i].Kind != BlockKind.Chrome && !layout.IsAside(i)) yield return layout.Blocks[i];
    }

    /// <summary>Labels of one line of a festival history that say what the film got at the row above.</summary>
    private static readonly Dictionary<string, string> RowOutcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["award"] = AwardOutcomes.Won, ["nominee"] = AwardOutcomes.Nominated, ["nomination"] = AwardOutcomes.Nominated,
    };

    private static ProseContext? ReadFacts(DocumentLayout layout, int from, int to, FilmAssembler film, bool isDocumentary,
        (string Event, int? Year)? pageEvent, IReadOnlyList<FilmAssembler>? siblings = null)
    {
        var text = layout.Text;
        var rows = new List<Block>();
        foreach (var block in Blocks(layout, from, to))
        {
            if (block.Kind is BlockKind.Heading or BlockKind.Line or BlockKind.Item) rows.Add(block);
            switch (block.Kind)
            {
                case BlockKind.Field:
                    FieldRules.Apply(text, block, film, isDocumentary);
                    if (block.Label!.Kind is FieldKind.Awards or FieldKind.Festival)
                    {
                        var rowOutcome = RowOutcomes.GetValueOrDefault(block.Label.Text);
                        var list = new LaurelRules.ListContext(festivals: block.Label.Kind == FieldKind.Festival) { RowOutcome = rowOutcome };
                        // The festival's row is the nearest line above that names an event.
                        if (rowOutcome is not null && Enumerable.Range(0, rows.Count).Select(r => LaurelRules.EventOf(rows[^(r + 1)].Value.Of(text))).FirstOrDefault(e => e is not null) is { } row)
                            (list.Event, list.Year) = row;
                        foreach (var line in Lines.Within(text, block.Value))
                            LaurelRules.TryApply(text, line, film, list);
                    }
                    break;
                case BlockKind.Line or BlockKind.Heading or BlockKind.Item or BlockKind.Paragraph when UserRating.Match(block.Value.Of(text)) is { Success: true } average
                                                                                                 && block.Value.Length <= 160:
                    // "★★★★½ 4.6 out of 5 stars 2,143 ratings", "Weighted average of 3.9 out of 5 stars from 184,627 ratings": the site's users' rating.
                    var valueGroup = average.Groups["value"];
                    var ratingSpan = new TextSpan(block.Value.Start + valueGroup.Index, block.Value.Start + average.Groups["scale"].Index + average.Groups["scale"].Length);
                    if (Mentions.ValueParsers.Rating(text, ratingSpan) is { } users)
                        film.AddRating(new RatingFact("users", users.Raw, users.Value, users.Scale, users.Votes, users.Span.Evidence("line.user-rating")));
                    break;
                case BlockKind.Line or BlockKind.Heading or BlockKind.Item:
                    // "Crew: Director: Asif Kapadia. Editor: Chris King.": a short line of labelled sentences.
                    if (OfferRows.Provider(text, block.Span) is { } provider)
                        film.AddCompany(provider.Of(text), CompanyRoles.StreamingPlatform, provider.Evidence("line.offer-row"));
                    else if (!CreditSentences(text, block, film, isDocumentary) && !LaurelRules.TryApply(text, block.Value, film)) SpecRules.TryApply(text, block.Value, film);
                    break;
                case BlockKind.Paragraph:
                    CreditSentences(text, block, film, isDocumentary);
                    break;
            }
            // "Running time: 108 minutes. In English.": a field's value may go on with a sentence of its own.
            if (block.Kind is not BlockKind.LabelledSentence)
                foreach (System.Text.RegularExpressions.Match spoken in SpokenIn.Matches(block.Value.Of(text)))
                {
                    var languages = spoken.Groups["languages"];
                    var span = new TextSpan(block.Value.Start + languages.Index, block.Value.Start + languages.Index + languages.Length);
                    if (PersonNames.Items(text, span).All(item => Languages.Find(item.Of(text)) is not null))
                        FieldRules.ReadLanguages(text, span, film, "line.spoken-in");
                }
            if (RoundUp.Citation(text, block, film.Title) is { } citation) SpecRules.ApplySegments(text, [citation], film, "line.specs");
            foreach (var (source, id, span) in ExternalIds.In(text, block.Span))
                film.AddExternalId(new ExternalIdFact(source, id, span.Evidence("mention.external-id")));
        }
        var sentences = ProseSentences(layout, from, to);
        var sentenceLines = SentenceLines(layout, from, to);
        if (sentences.Count + sentenceLines.Count == 0) return null;
        var read = sentences.Concat(sentenceLines).OrderBy(s => s.Start).ToList();
        return ProseFacts.Read(text, read, film, isDocumentary, ratingSource: null, siblings, pageEvent, sentenceLines);
    }

    /// <summary>
    /// Short lines written as sentences ("From CNN Films and Statement Pictures. Released in cinemas by Neon."): too short to be
    /// running text, but what they say is read by the prose rules all the same.
    /// </summary>
    private static List<TextSpan> SentenceLines(DocumentLayout layout, int from, int to) =>
        Blocks(layout, from, to)
            .Where(b => b.Kind is BlockKind.Line or BlockKind.Item && !b.InTable && IsSentenceLine(b.Value.Of(layout.Text)))
            .Select(b => b.Value).ToList();

    private static bool IsSentenceLine(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && ".!?".Contains(trimmed[^1]) && !trimmed.EndsWith("...", StringComparison.Ordinal)
               && Lines.WordCount(trimmed) >= 4 && !ContentLines.IsProse(trimmed) && char.IsUpper(trimmed[0]);
    }

    private static readonly System.Text.RegularExpressions.Regex ReviewWord = new(@"\breview(?:ed)?\b",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"'20 Days in Mariupol': Sundance Review", "Berlinale 2023 review: …": a review from a festival saw the film there.</summary>
    private static void ReviewedAtFestival(DocumentLayout layout, FilmAssembler film)
    {
        foreach (var heading in layout.Content().Select(c => c.Block).Where(b => b.Kind is BlockKind.Heading or BlockKind.Line && !b.InAside).Take(4))
        {
            var raw = heading.Value.Of(layout.Text);
            if (!ReviewWord.IsMatch(raw) || !raw.Contains(film.Title, StringComparison.OrdinalIgnoreCase) || FestivalEdition(raw) is not { } edition) continue;
            film.AddAward(new AwardFact(edition.Festival, "Official Selection", AwardOutcomes.Selected, edition.Year?.Value is { } year ? int.Parse(year) : null,
                heading.Value.Evidence("entry.reviewed-at-festival")));
            return;
        }
    }

    /// <summary>The festival edition the page's first headings name ("'20 Days in Mariupol': Sundance Review", "Sundance 2022: the docs").</summary>
    private static (string Event, int? Year)? PageEvent(DocumentLayout layout)
    {
        foreach (var heading in layout.Content().Select(c => c.Block).Where(b => b.Kind == BlockKind.Heading && !b.InAside).Take(3))
            if (FestivalEdition(heading.Value.Of(layout.Text)) is { } edition)
                return (edition.Festival, edition.Year?.Value is { } year ? int.Parse(year) : null);
        return null;
    }

    private static readonly System.Text.RegularExpressions.Regex EditionYear = new(@"\b(?:19|20)\d\d\b");

    /// <summary>A festival a heading names, with the year beside it if it gives one: "CANNES 2022 · DAY 6".</summary>
    private static (string Festival, System.Text.RegularExpressions.Match? Year)? FestivalEdition(string heading)
    {
        if (AwardEvents.FindIn(heading) is not { } festival || !AwardEvents.IsFestival(festival)) return null;
        var year = EditionYear.Match(heading);
        return (festival, year.Success ? year : null);
    }


    /// <summary>Review excerpts for the kinds of page that are reviews: every sentence of the running text, or the labelled ones.</summary>
    private static void ReadReview(DocumentLayout layout, string kind, ProseContext? context, FilmAssembler film)
    {
        var text = layout.Text;
        var content = layout.Content().Select(c => c.Block).ToList();
        switch (kind)
        {
            case DocumentKinds.LabelledReview:
                var labelled = content.Where(b => b.Kind == BlockKind.LabelledSentence && !Boilerplate.IsBoilerplate(b.Value.Of(text))).ToList();
                film.Facts.Review = new ReviewFact("critic", null, null, labelled.Select((b, i) =>
                    new ExcerptFact(i, b.Value.Of(text), b.Sentiment, "document", b.Value.Evidence("labelled.sentence"))).ToList());
                if (context is not null) RatingRules.Apply(context, "critic");
                break;
            case DocumentKinds.Listing:
                var reviewField = content.FindIndex(b => b.Kind == BlockKind.Field && b.Label!.Kind == FieldKind.Reviews);
                if (reviewField < 0) break;
                var regions = new List<TextSpan> { content[reviewField].Value };
                regions.AddRange(content.Skip(reviewField + 1).TakeWhile(b => b.Kind != BlockKind.Field)
                    .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Line or BlockKind.Item).Select(b => b.Value));
                var sentences = Sentences.In(text, regions.Where(r => r.Length > 0));
                var excerpts = ProseFacts.Excerpts(text, sentences, "review.user-sentence");
                if (excerpts.Count > 0) film.Facts.Review = new ReviewFact("user", null, null, excerpts);
                if (context is not null) RatingRules.Apply(new ProseContext(text, sentences, film, context.IsDocumentary), "user-review");
                break;
            case DocumentKinds.ProseReview or DocumentKinds.Article:
                if (context is null) break;
                film.Facts.Review = new ReviewFact(kind == DocumentKinds.Article ? "article" : "critic", null, null,
                    ProseFacts.Excerpts(text, context.RunningText, "prose.sentence"));
                RatingRules.Apply(context, "critic");
                if (kind == DocumentKinds.Article)
                    foreach (var caption in content.Where(b => b.Kind == BlockKind.Caption).DistinctBy(b => b.Value.Of(text)))
                        if (!caption.Value.Of(text).Equals(film.Title, StringComparison.OrdinalIgnoreCase))
                            film.AddCompany(caption.Value.Of(text), CompanyRoles.Distributor, caption.Value.Evidence("article.photo-credit"));
                break;
        }
    }

    /// <summary>
    /// A listing's first paragraph before its reviews is the film's synopsis; a synopsis page's whole description is.
    /// </summary>
    private static void ReadSynopsis(DocumentLayout layout, string kind, FilmAssembler film)
    {
        if (film.Facts.Synopsis is not null) return;
        var text = layout.Text;
        var body = layout.Content().Select(c => c.Block)
            .TakeWhile(b => !(b.Kind == BlockKind.Field && b.Label!.Kind == FieldKind.Reviews))
            .Where(b => b.Kind == BlockKind.Paragraph).ToList();
        if (body.Count == 0) return;
        var span = kind == DocumentKinds.Synopsis ? new TextSpan(body[0].Span.Start, body[^1].Span.End) : ParagraphRun(layout, body[0]);
        film.Facts.Synopsis = new Sourced<string>(span.Of(text), span.Evidence("layout.synopsis"));
    }

    /// <summary>The paragraph and the lines that continue it without a blank line between.</summary>
    private static TextSpan ParagraphRun(DocumentLayout layout, Block first)
    {
        var end = first.Span.End;
        var index = IndexOf(layout.Blocks, first);
        for (var i = index + 1; i < layout.Blocks.Count && layout.Blocks[i].Kind is BlockKind.Paragraph or BlockKind.Line
             && layout.Blocks[i].Line == layout.Blocks[i - 1].Line + 1; i++)
            end = layout.Blocks[i].Span.End;
        return new TextSpan(first.Span.Start, end);
    }

    private static int IndexOf(IReadOnlyList<Block> blocks, Block block)
    {
        for (var i = 0; i < blocks.Count; i++) if (blocks[i] == block) return i;
        return -1;
    }

    /// <summary>A synopsis page whose heading differs from the title its text gives keeps the heading as an alternate title.</summary>
    private static void AddHeadingAsAlternate(DocumentLayout layout, FilmAssembler film)
    {
        var heading = layout.Content().Select(c => c.Block).FirstOrDefault(b => b.Kind == BlockKind.Heading);
        if (heading is null) return;
        film.AddAlternateTitle(Titles.Clean(heading.Value.Of(layout.Text)), "alternate", heading.Value.Evidence("title.heading"));
    }
}
