using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// The people a documentary is about: those it follows or films ("We follow Khaled (Umar Harah)",
/// "films two men: Khaled, a ..., and Mahmoud, a ..."), the one at its heart, and a list of members of an
/// organisation ("Khalid, Subhi and Mahmoud, founding members of The White Helmets").
/// </summary>
internal static class SubjectRules
{
    private static readonly Regex IntroducingVerb = new(
        @"\b(?:we\s+follow|follows|films|foregrounds|focuses\s+on|focusses\s+on|centers\s+on|centres\s+on|profiles|portrays|chronicles)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"among them co-director James LeBrecht, Judith Heumann", "through the accounts of former SeaWorld trainers John Hargrove,
    /// Samantha Berg", "an immersion in David Bowie's archive": the people a documentary is about. ("A portrait of" and "the story of"
    /// also introduce places and other films, so they are not cues.)</summary>
    private static readonly Regex PortrayedCue = new(
        @"\b(?:among\s+them|through\s+the\s+(?:accounts|eyes|testimon(?:y|ies)|voices|stories|memories)\s+of|interviews\s+with|conversations\s+with|testimon(?:y|ies)\s+(?:of|from)|immersion\s+in|introduces\s+us\s+to)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// "Tim Wardle's British documentary, 96 minutes, about Robert Shafran, Eddy Galland and David Kellman", "Kapadia's portrait of
    /// Ayrton Senna", "tells the story of …": people named right after what the film is about. Only full names count, since these cues
    /// also introduce places ("about Detroit") and things.
    /// </summary>
    private static readonly Regex AboutCue = new(
        @"\b(?:documentary|film|movie|doc|it['’]s|feature)\b[^.;:!?()]{0,60}?\babout\s+|\bportrait\s+of\s+|\b(?:tells|telling|told)\s+the\s+(?:true\s+)?story\s+of\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly Regex HeartOf = new(
        @"\bat the (?:heart|centre|center|core) of the (?:film|documentary|story|movie) (?:is|are)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex MembersOf = new(
        @",\s*(?:the\s+)?(?:founding\s+|fellow\s+|volunteer\s+)?(?:members|founders|volunteers|workers|leaders|fighters|activists|rescuers)\s+(?:of|with|from)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>How far after the verb the colon introducing a list may be ("films two men in one unit: ...").</summary>
    private const int MaxLeadIn = 120;

    /// <summary>How long such a list may run; keeps the scan bounded however many verbs a sentence has.</summary>
    private const int MaxList = 400;

    public static void Apply(ProseContext context)
    {
        if (!context.IsDocumentary) return;
        foreach (var sentence in context.Sentences)
        {
            var sentenceText = sentence.Of(context.Text);
            foreach (Match match in IntroducingVerb.Matches(sentenceText))
                ReadIntroduced(context, sentence, sentence.Start + match.Index + match.Length);
            foreach (Match match in PortrayedCue.Matches(sentenceText))
                if (NameLists.SkipDescriptors(context.Text, sentence.Start + match.Index + match.Length, sentence.End) is { } nameStart)
                    foreach (var name in NameLists.ReadForward(context.Text, nameStart, sentence.End).Where(n => n.Name.Contains(' ')))
                        AddSubject(context, name, sentence, "subject.portrayed", allowPossessive: true);
            var aboutThisFilm = !context.CitesAnotherFilm(sentenceText);
            // The name right after the cue: with descriptors before it ("about the …") the cue more often introduces a group or a place.
            if (aboutThisFilm)
                foreach (Match match in AboutCue.Matches(sentenceText))
                    foreach (var name in NameLists.ReadForward(context.Text, sentence.Start + match.Index + match.Length, sentence.End).Where(n => IsFullPersonName(context, n.Name)))
                        AddSubject(context, name, sentence, "subject.about", allowPossessive: true);
            foreach (Match match in HeartOf.Matches(sentenceText))
                foreach (var name in NameLists.ReadForward(context.Text, sentence.Start + match.Index + match.Length, sentence.End))
                    AddSubject(context, name, sentence, "subject.heart-of");
            if (aboutThisFilm)
                foreach (Match match in AppearingVerb.Matches(sentenceText))
                    ReadAppearing(context, sentence, sentence.Start + match.Index);
            foreach (Match match in MembersOf.Matches(sentenceText))
                ReadMembers(context, sentence, sentence.Start + match.Index, sentence.Start + match.Index + match.Length);
        }
    }

    private static bool IsFullPersonName(ProseContext context, string name)
    {
        var words = name.Split(' ');
        return words.Length >= 2 && Names.CouldBePerson(name) && !context.IsMainTitle(name) && Countries.FromDemonym(words[0]) is null
               && !Mentions.PlaceNames.IsPlaceOrGroup(name) && !Mentions.PersonNames.LooksLikeOrganisation(name);
    }

    private static void ReadIntroduced(ProseContext context, TextSpan sentence, int position)
    {
        var text = context.Text;
        if (Names.ReadForward(text, position, sentence.End) is { } direct)
        {
            if (Parenthesised(text, direct, sentence.End) is { } full)
                context.Film.AddCredit($"{direct.Name} {full.Name}", CreditRoles.Subject, Description(text, full.Span.End + 1, sentence.End),
                    null, new TextSpan(direct.Span.Start, full.Span.End + 1).Evidence(context.Rule("subject.parenthesised-surname")),
                    new Sourced<string>(direct.Name, direct.Span.Evidence(context.Rule("subject.first-name"))));
            else
                // "The film follows Keire Johnson and Zack Mulligan as they leave their teens": everyone in the list.
                foreach (var followed in NameLists.ReadForward(text, direct.Span.Start, sentence.End).DefaultIfEmpty(direct))
                    AddSubject(context, followed, sentence, "subject.followed");
            return;
        }
        // "films two men in one unit: Khaled, a ..., and Mahmoud, a ..." — each listed name with its description.
        var colon = text.IndexOf(':', position, Math.Min(MaxLeadIn, sentence.End - position));
        // "films on the Syrian conflict—Hell on Earth: The Fall..." is a noun and a title, not a list of people.
        if (colon < 0 || text.AsSpan(position, colon - position).IndexOfAny("—–;\"“”") >= 0) return;
        var cursor = colon + 1;
        var listEnd = Math.Min(sentence.End, colon + 1 + MaxList);
        while (cursor < listEnd)
        {
            if (Names.ReadForward(text, cursor, sentence.End) is { } name && IsAppositiveNext(text, name.Span.End, sentence.End))
                AddSubject(context, name, sentence, "subject.introduced-list");
            cursor = NextItemStart(text, cursor, listEnd);
        }
    }

    /// <summary>The next place a list item can start: after a comma or an "and".</summary>
    private static int NextItemStart(string text, int from, int limit)
    {
        for (var i = from + 1; i < limit; i++)
        {
            if (text[i] == ',') return i + 1;
            if (text[i] == 'a' && i + 3 < limit && text[i - 1] == ' ' && text[i + 1] == 'n' && text[i + 2] == 'd' && text[i + 3] == ' ') return i + 3;
        }
        return limit;
    }

    private static bool IsAppositiveNext(string text, int position, int limit)
    {
        var i = position;
        while (i < limit && text[i] == ' ') i++;
        return i < limit && text[i] == ',' && Words.Next(text, i + 1, limit) is { } next && next.Of(text) is "a" or "an" or "who" or "the";
    }

    private static NameMatch? Parenthesised(string text, NameMatch name, int limit)
    {
        var i = name.Span.End;
        while (i < limit && text[i] == ' ') i++;
        if (i >= limit || text[i] != '(') return null;
        var inner = Names.ReadForward(text, i + 1, limit);
        return inner is not null && inner.Span.End < limit && text[inner.Span.End] == ')' ? inner : null;
    }

    /// <summary>
    /// "Stevie Wonder, Nina Simone … and Billy Davis Jr. all appear", "Martin Scorsese, Werner Herzog and Errol Morris talk about …",
    /// "Nicolas Winding Refn turns up": the people a documentary shows, named before what they do in it.
    /// </summary>
    private static readonly Regex AppearingVerb = new(
        @"\s+(?:all\s+|also\s+)?(?:appear|appears|are\s+interviewed|is\s+interviewed|talk\s+about|talks\s+about|turn\s+up|turns\s+up|weigh\s+in|weighs\s+in|reminisce|reminisces|look\s+back)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static void ReadAppearing(ProseContext context, TextSpan sentence, int listEnd)
    {
        foreach (var name in NamesBefore(context.Text, sentence, listEnd).Where(n => IsFullPersonName(context, n.Name)))
            AddSubject(context, name, sentence, "subject.appearing");
    }

    /// <summary>The list of names that ends at <paramref name="listEnd"/>: "A, B and C", read right to left.</summary>
    private static List<NameMatch> NamesBefore(string text, TextSpan sentence, int listEnd)
    {
        var names = new List<NameMatch>();
        var cursor = listEnd;
        while (Names.ReadBackward(text, cursor, sentence.Start) is { } name)
        {
            names.Insert(0, name);
            var before = name.Span.Start;
            while (before > sentence.Start && text[before - 1] == ' ') before--;
            if (before > sentence.Start && text[before - 1] == ',') { cursor = before - 1; continue; }
            if (Words.Previous(text, before, sentence.Start) is { } word && word.Of(text) == "and")
            {
                cursor = word.Start;
                while (cursor > sentence.Start && text[cursor - 1] == ' ') cursor--;
                if (cursor > sentence.Start && text[cursor - 1] == ',') cursor--;
                continue;
            }
            break;
        }
        return names;
    }

    private static void ReadMembers(ProseContext context, TextSpan sentence, int listEnd, int organisationStart)
    {
        var text = context.Text;
        var names = NamesBefore(text, sentence, listEnd);
        if (names.Count < 2) return;
        if (CompanyRules.ReadOrganisation(text, organisationStart, sentence.End) is { } organisation)
            context.Film.AddCompany(organisation.Name, CompanyRoles.Subject, organisation.Span.Evidence(context.Rule("company.members-of")));
        foreach (var name in names)
            context.Film.AddCredit(name.Name, CreditRoles.Subject, null, null, name.Span.Evidence(context.Rule("subject.members-list")));
    }

    private static void AddSubject(ProseContext context, NameMatch name, TextSpan sentence, string rule, bool allowPossessive = false)
    {
        // "an immersion in David Bowie's archive" is about Bowie; "follows Kapadia's subject" is not about Kapadia.
        if (name.Possessive && !allowPossessive) return;
        // "follows National Geographic photographer James Balog": an organisation describes the subject, it is not one.
        if (Mentions.PersonNames.LooksLikeOrganisation(name.Name)) return;
        if (context.Film.Facts.Credits.Any(c => c.Role != CreditRoles.Subject && c.Name == name.Name)) return;
        var description = Description(context.Text, name.Span.End, sentence.End);
        context.Film.AddCredit(name.Name, CreditRoles.Subject, description, null, name.Span.Evidence(context.Rule(rule)));
    }

    private static string? Description(string text, int position, int limit) =>
        Appositives.After(text, position, limit) is { } span ? TitleRuns.Collapse(span.Of(text)) : null;
}
