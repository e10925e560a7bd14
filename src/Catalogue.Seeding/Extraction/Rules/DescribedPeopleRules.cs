using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// People a documentary is about, where the prose describes them: "the journalist Glenn Greenwald", "his girlfriend,
/// Sanni McCandless", "Herman Koto, a paramilitary leader", "appearances by William Binney and Jacob Appelbaum",
/// "among those interviewed are …", "The man is Anwar Congo". Only full names count, and only in documentaries; people
/// the document credits in another role (a director, a producer) are left to that role.
/// </summary>
internal static class DescribedPeopleRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>What a documentary's people are; crew and critics are not among them.</summary>
    private const string Descriptor =
        "(?:journalist|activist|whistleblower|historian|survivor|lawyer|politician|dissident|opposition leader|climber|scientist|volcanologist|" +
        "teacher|student|farmer|beekeeper|musician|singer|drummer|guitarist|artist|photographer|athlete|driver|skater|skateboarder|soldier|" +
        "veteran|nurse|doctor|volunteer|rescuer|refugee|investigator|detective|reporter|writer|poet|chef|boxer|player|coach|priest|monk|" +
        "mayor|senator|governor|president|minister|officer|agent|spy|hacker|contractor|researcher|professor|filmmaker's (?:father|mother)|" +
        "former (?:SS man|soldier|guard|agent|officer)|courier|barber|gangster|leader|founder|patriarch|matriarch|host|presenter|comedian|dancer|actor|actress)";

    private const string Name = @"(?<name>\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|de|da|del|der|al|el|bin|ibn|la|le)\s+)?\p{Lu}[\p{L}'’.-]+){1,3})";

    private static readonly (Regex Pattern, string Rule)[] Patterns =
    [
        (new(@"\bthe\s+(?:\p{Ll}+\s+){0,2}" + Descriptor + @"\s+" + Name, Options), "prose.subject.described"),
        (new(@"\b(?:his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}(?:wife|husband|girlfriend|boyfriend|partner|mother|father|son|daughter|brother|sister|friend|colleague|mentor|coach|grandmother|grandfather|uncle|aunt|cousin|lawyer|manager|teammate)\s*,?\s+" + Name, Options), "prose.subject.relative"),
        (new(Name + @"\s*,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?" + Descriptor + @"\b", Options), "prose.subject.described"),
        (new(@"\b(?:[Tt]he (?:man|woman|boy|girl|subject|protagonist|hero|heroine) is|[Aa]t its centre is|[Aa]t its center is)\s+" + Name, Options), "prose.subject.described"),
    ];

    private static readonly Regex ListCue = new(
        @"\b(?:appearances\s+by|appearances\s+from|featuring|features|interviewees\s+include|those\s+interviewed\s+are|interviews\s+with|we\s+meet|we\s+hear\s+from|introduces\s+us\s+to|subjects\s+include)\s+",
        RegexOptions.IgnoreCase | Options);

    private static readonly Regex GroupOfPeople = new(
        @"\b(?:brothers|sisters|siblings|twins|friends|men|women|survivors|volunteers|activists|journalists|reporters|rescuers|climbers|teenagers|skaters|players|sons|daughters|parents|couple|partners|scientists|lawyers|students|protagonists|subjects)\s*,\s+",
        RegexOptions.IgnoreCase | Options);

    public static void Apply(ProseContext context)
    {
        if (!context.IsDocumentary) return;
        var text = context.Text;
        var credited = context.Film.PeopleNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var sentence in context.Sentences)
        {
            var raw = sentence.Of(text);
            foreach (var (pattern, rule) in Patterns)
                foreach (Match match in pattern.Matches(raw))
                    Add(context, credited, sentence.Start + match.Groups["name"].Index, match.Groups["name"].Value, rule);
            foreach (Match cue in ListCue.Matches(raw))
            {
                // "Among those interviewed are Simon Srebnik, one of …; Abraham Bomba, a barber …; Filip Müller and Rudolf Vrba, …":
                // each semicolon-separated item opens with its names.
                var cursor = sentence.Start + cue.Index + cue.Length;
                while (cursor < sentence.End)
                {
                    var itemEnd = text.IndexOf(';', cursor, sentence.End - cursor) is var semicolon and >= 0 ? semicolon : sentence.End;
                    var start = NameLists.SkipDescriptors(text, cursor, itemEnd) ?? cursor;
                    foreach (var name in NameLists.ReadForward(text, start, itemEnd))
                        Add(context, credited, name.Span.Start, name.Name, "prose.subject.featuring");
                    cursor = itemEnd + 1;
                }
            }
            // "Two Delhi brothers, Mohammad Saud and Nadeem Shehzad, run …": names in apposition to a group of people.
            foreach (Match group in GroupOfPeople.Matches(raw))
                foreach (var name in NameLists.ReadForward(text, sentence.Start + group.Index + group.Length, sentence.End))
                    Add(context, credited, name.Span.Start, name.Name, "prose.subject.described");
        }
    }

    private static void Add(ProseContext context, HashSet<string> credited, int start, string written, string rule)
    {
        var name = Words.WithoutPossessive(written.Split(' ')[^1]) is { } bare ? string.Join(' ', written.Split(' ')[..^1].Append(bare)) : written;
        name = TitleRuns.Collapse(name).TrimEnd('.', ',');
        if (!name.Contains(' ') || credited.Contains(name) || context.IsMainTitle(name)) return;
        if (!Names.CouldBePerson(name) || name.Split(' ').Any(Names.IsNotName) || Mentions.PersonNames.LooksLikeOrganisation(name)) return;
        context.Film.AddCredit(name, CreditRoles.Subject, null, null, new TextSpan(start, start + written.Length).Evidence(rule));
    }
}
