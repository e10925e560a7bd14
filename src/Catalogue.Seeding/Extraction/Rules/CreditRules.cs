using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Credits read from role phrases: "director X", "co-director X", "director of photography X" before a name,
/// and "directed by X and Y" after a title (which may be another film than the document's own).
/// </summary>
internal static class CreditRules
{
    // Longer phrases first so "co-director" and "director of photography" win over "director".
    private static readonly Regex RoleBeforeName = new(
        @"\b(?:co-director|codirector|director of photography|cinematographer|director|executive producer|co-producer|producer|composer)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex RoleAfterTitle = new(
        @"\b(?:co-directed|directed|executive-produced|produced|edited|shot|photographed|scored|cinematography|music|score|editing|written|narrated)\s+by\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Directors of something else: "festival director X" runs a festival, not the film.</summary>
    private static readonly HashSet<string> OtherKindsOfDirector = new(StringComparer.OrdinalIgnoreCase)
    {
        "assistant", "art", "casting", "music", "musical", "creative", "artistic", "festival", "managing", "program", "programme",
        "programming", "executive", "technical", "stage", "theatre", "theater", "news", "editorial", "former", "company",
    };

    /// <summary>Lower-case words that may stand before a film's "director X": articles, pronouns, links and the praise critics give.</summary>
    private static readonly HashSet<string> FilmDirectorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "by", "with", "from", "of", "to", "for", "as", "its", "his", "her", "their", "our", "my", "your",
        "documentary", "film", "movie", "feature", "nonfiction", "non-fiction", "debut", "first-time", "veteran", "acclaimed", "celebrated",
        "famed", "legendary", "renowned", "independent", "young", "emerging", "talented", "gifted", "fellow", "filmmaker", "writer", "that",
        "whose", "is", "was", "are", "were", "at", "in", "on", "said", "says", "told", "credited", "uncredited", "new", "noted", "visionary",
        "when", "while", "where", "after", "before", "since", "because", "though", "although", "if", "once", "until", "so", "then", "also",
        "now", "here", "there", "which", "who", "whom", "explains", "recalls", "adds", "notes", "admits", "via", "about", "like", "meet",
    };

    /// <summary>"camp director Larry Allison", "park director Emmanuel de Merode": a noun before "director" names what is directed.</summary>
    private static bool DirectsSomethingElse(string previous) =>
        char.IsLower(previous[0]) && !FilmDirectorWords.Contains(previous) && !previous.EndsWith("-winning", StringComparison.Ordinal)
        && !previous.EndsWith("-nominated", StringComparison.Ordinal) && !previous.EndsWith("-based", StringComparison.Ordinal)
        && !previous.EndsWith("-born", StringComparison.Ordinal) && !previous.EndsWith("ed", StringComparison.Ordinal);

    private static readonly string[] CompanyWords = ["Films", "Film", "Pictures", "Productions", "Media", "Studios", "Studio", "Entertainment", "Company"];

    /// <summary>
    /// A role noun and the names it introduces: "the film's editors, Erin Casper and Jocelyne Chaput", "Executive producers are
    /// Tonia Davis and …", "its editor is Nels Bangerter".
    /// </summary>
    private static readonly Regex PluralRole = new(
        @"\b(?:the\s+film['’]s|its)\s+(?<role>directors|co-directors|producers|executive\s+producers|editors|cinematographers|composers|writers)\s*,?\s+" +
        @"|^\s*(?<role>directors?|co-directors?|producers?|executive\s+producers?|editors?|cinematographers?|composers?|writers?|narrators?)\s+(?:are|is|was|were|include|includes|included)\s+" +
        @"|\b(?:the|its|the\s+film['’]s)\s+(?<role>directors?|co-directors?|producers?|executive\s+producers?|editors?|cinematographers?|composers?|writers?|narrators?)\s+(?:are|is|was|were|include|includes|included)\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"Marco Beltrami's score", "Niki Waltl's loose, handheld camera": whose work a part of the film is.</summary>
    private static readonly Regex PossessedWork = new(
        @"['’]s\s+(?:[\p{Ll}-]+,?\s+){0,3}?(?<work>score|music|soundtrack|cinematography|camerawork|camera\s+work|photography|editing|edit)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>"with Steve James serving as executive producer", "Leonardo DiCaprio came on as executive producer": a name, then its role.</summary>
    private static readonly Regex RoleAfterName = new(
        @"\s+(?:serving|served|serves|acting|acted|came\s+on|comes\s+on|signed\s+on|stepped\s+in|joined)\s+as\s+(?:the\s+film['’]s\s+|its\s+|an?\s+|the\s+)?(?<role>executive\s+producer|producer|editor|cinematographer|director\s+of\s+photography|composer|narrator|co-director)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static void Apply(ProseContext context)
    {
        foreach (var sentence in context.Sentences)
        {
            var sentenceText = sentence.Of(context.Text);
            foreach (Match match in RoleAfterName.Matches(sentenceText))
                if (Names.ReadBackward(context.Text, sentence.Start + match.Index, sentence.Start) is { } named && named.Name.Contains(' ')
                    && !Mentions.PersonNames.LooksLikeOrganisation(named.Name) && !context.CitesAnotherFilm(sentenceText))
                    context.Film.AddCredit(named.Name, RoleOfNoun(match.Groups["role"].Value), null, null,
                        new TextSpan(named.Span.Start, sentence.Start + match.Index + match.Length).Evidence(context.Rule("role-phrase.role-after-name")));
            foreach (Match match in PluralRole.Matches(sentenceText))
                foreach (var name in NamesAfter(context.Text, sentence.Start + match.Index + match.Length, sentence.End).Where(n => n.Name.Contains(' ') && !n.Possessive))
                    context.Film.AddCredit(name.Name, PluralRoleOf(match.Groups["role"].Value), null, null,
                        new TextSpan(sentence.Start + match.Index, name.Span.End).Evidence(context.Rule("role-phrase.plural-role")));
            foreach (Match match in PossessedWork.Matches(sentenceText))
                if (Names.ReadBackward(context.Text, sentence.Start + match.Index, sentence.Start) is { } owner && owner.Name.Contains(' ')
                    && !Mentions.PersonNames.LooksLikeOrganisation(owner.Name) && !context.IsMainTitle(owner.Name))
                    context.Film.AddCredit(owner.Name, match.Groups["work"].Value switch
                    {
                        "score" or "music" or "soundtrack" => CreditRoles.Composer,
                        "editing" or "edit" => CreditRoles.Editor,
                        _ => CreditRoles.Cinematographer,
                    }, null, null, new TextSpan(owner.Span.Start, sentence.Start + match.Index + match.Length).Evidence(context.Rule("role-phrase.possessed-work")));
            foreach (Match match in RoleBeforeName.Matches(sentenceText))
                ReadRoleBeforeName(context, sentence, sentence.Start + match.Index, match.Length, match.Value);
            foreach (Match match in RoleAfterTitle.Matches(sentenceText))
                ReadRoleAfterTitle(context, sentence, sentence.Start + match.Index, match.Length, match.Value);
        }
    }

    private static List<NameMatch> NamesAfter(string text, int position, int limit) =>
        NameLists.SkipDescriptors(text, position, limit) is { } start ? NameLists.ReadForward(text, start, limit) : [];

    private static string RoleOfNoun(string noun) =>
        noun.StartsWith("director", StringComparison.OrdinalIgnoreCase) ? CreditRoles.Cinematographer : PluralRoleOf(noun);

    /// <summary>"Executive  producers", "editor": the role of a role noun, singular or plural, however it is spaced.</summary>
    private static string PluralRoleOf(string noun) => string.Join(' ', noun.ToLowerInvariant().TrimEnd('s').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "director" => CreditRoles.Director,
        "co-director" => CreditRoles.CoDirector,
        "producer" => CreditRoles.Producer,
        "editor" => CreditRoles.Editor,
        "cinematographer" => CreditRoles.Cinematographer,
        "composer" => CreditRoles.Composer,
        "writer" => CreditRoles.Writer,
        "narrator" => CreditRoles.Narrator,
        _ => CreditRoles.ExecutiveProducer,
    };

    private static void ReadRoleBeforeName(ProseContext context, TextSpan sentence, int start, int length, string phrase)
    {
        var text = context.Text;
        if (start > 0 && text[start - 1] == '-') return;
        if (Words.Previous(text, start, sentence.Start) is { } previous && (OtherKindsOfDirector.Contains(previous.Of(text))
                || phrase.Equals("director", StringComparison.OrdinalIgnoreCase) && DirectsSomethingElse(previous.Of(text)))) return;
        var nameFrom = start + length;
        // "Director of photography: Justin Schein." written inside a paragraph of credits.
        if (nameFrom + 1 < sentence.End && text[nameFrom] == ':' && text[nameFrom + 1] == ' ') nameFrom += 1;
        if (Names.ReadForward(text, nameFrom, sentence.End) is not { } name || name.Possessive) return;
        var role = phrase.ToLowerInvariant() switch
        {
            "co-director" or "codirector" => CreditRoles.CoDirector,
            "director of photography" or "cinematographer" => CreditRoles.Cinematographer,
            "director" => CreditRoles.Director,
            "composer" => CreditRoles.Composer,
            _ => CreditRoles.Producer,
        };
        var span = new TextSpan(start, name.Span.End);
        context.Film.AddCredit(name.Name, role, null, null, span.Evidence(context.Rule($"role-phrase.{role}")));
    }

    private static void ReadRoleAfterTitle(ProseContext context, TextSpan sentence, int start, int length, string phrase)
    {
        var text = context.Text;
        if (NameLists.SkipDescriptors(text, start + length, sentence.End) is not { } nameStart) return;
        var names = NameLists.ReadForward(text, nameStart, sentence.End);
        if (names.Count == 0) return;

        var verb = phrase.Split([" ", "\n", "\r", "\t"], StringSplitOptions.RemoveEmptyEntries)[0].ToLowerInvariant();
        var role = verb switch
        {
            "co-directed" => CreditRoles.CoDirector,
            "directed" => CreditRoles.Director,
            "produced" => CreditRoles.Producer,
            "edited" or "editing" => CreditRoles.Editor,
            "executive-produced" => CreditRoles.ExecutiveProducer,
            "written" => CreditRoles.Writer,
            "narrated" => CreditRoles.Narrator,
            "scored" or "music" or "score" => CreditRoles.Composer,
            _ => CreditRoles.Cinematographer,
        };
        var film = FilmBefore(context, sentence, start);
        foreach (var name in names)
        {
            // "produced by Chicago's Kartemquin Films": a possessive place or owner, not a producer.
            if (name.Possessive) continue;
            var span = new TextSpan(start, name.Span.End);
            var evidence = span.Evidence(context.Rule($"role-phrase.{verb}-by"));
            var organisation = name.Name.Split(' ').Any(w => CompanyWords.Contains(w)) || Mentions.PersonNames.LooksLikeOrganisation(name.Name);
            // "Produced by Halden Audio", "Theme music by Cosmonaut Lounge": a company or a band, not a person's credit.
            if (verb == "produced" && organisation)
                film.AddCompany(name.Name, CompanyRoles.Producer, evidence);
            else if (!organisation)
                film.AddCredit(name.Name, role, null, null, evidence);
        }
    }

    /// <summary>"Cries from Syria, directed by ..." names its film; otherwise the phrase is about the document's film.</summary>
    private static FilmAssembler FilmBefore(ProseContext context, TextSpan sentence, int phraseStart)
    {
        var text = context.Text;
        var end = phraseStart;
        while (end > sentence.Start && text[end - 1] == ' ') end--;
        if (end > sentence.Start && text[end - 1] == ',') end--;
        // "is directed by Garrett Bradley and produced by …": the clause goes on; what stands before "and" is a name, not a title.
        if (Words.Previous(text, end, sentence.Start) is { } joiner && joiner.Of(text) is "and" or "or" or "but" or "with") return context.Film;
        if (TitleRuns.ReadBackward(text, end, sentence.Start) is not { } titleSpan) return context.Film;
        // "is directed by Nicole Newnham and James LeBrecht, written by …": the names end an earlier credit phrase, whose film this one is.
        if (Words.Previous(text, titleSpan.Start, sentence.Start) is { } by && by.Of(text) == "by" && Words.Previous(text, by.Start, sentence.Start) is { } verb)
            return FilmBefore(context, sentence, verb.Start);
        var title = TitleRuns.Collapse(titleSpan.Of(text));
        if (context.IsMainTitle(title)) return context.Film;
        var words = title.Split(' ');
        if (words.Length < 2 || Names.IsNotName(words[0]) && words[0] != "The") return context.Film;
        return context.OtherFilm(title, titleSpan);
    }
}
