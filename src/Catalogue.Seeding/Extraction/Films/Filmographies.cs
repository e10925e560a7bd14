using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Films;

/// <summary>
/// A person's page lists the films they worked on: "2020   City Hall   as Director" under "Directing". The person the page
/// is headed with has that role on each film the list names; the role comes from the line's "as …" or the department
/// heading above it.
/// </summary>
internal static class Filmographies
{
    private static readonly Regex AsRole = new(@"^(?:as\s+)?(?<role>\p{L}[\p{L} /&-]{2,40})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> Departments = new(StringComparer.OrdinalIgnoreCase)
    {
        ["directing"] = "director", ["direction"] = "director", ["director"] = "director", ["editing"] = "editor", ["editor"] = "editor",
        ["production"] = "producer", ["producer"] = "producer", ["producing"] = "producer", ["writing"] = "writer", ["writer"] = "writer",
        ["camera"] = "cinematographer", ["cinematography"] = "cinematographer", ["sound"] = "composer", ["music"] = "composer",
    };

    public static void Apply(DocumentLayout layout, IReadOnlyList<FilmSection> sections, IReadOnlyList<FilmAssembler> films)
    {
        if (sections.Count < 2 || PagePerson(layout, sections[0].From) is not { } person) return;
        var text = layout.Text;
        string? department = null;
        var next = 0;
        for (var b = 0; b < layout.Blocks.Count && next < sections.Count; b++)
        {
            var block = layout.Blocks[b];
            if (block.InAside) continue;
            if (block.Kind == BlockKind.Heading && Departments.TryGetValue(block.Value.Of(text).Trim(), out var heading)) department = heading;
            if (b < sections[next].From) continue;
            var section = sections[next];
            var film = films[next++];
            var entry = layout.Blocks[section.EntryBlock(layout)];
            var role = RoleOnLine(text, entry, section.Title) ?? department;
            if (role is null || FieldLabels.Find(role) is not { Kind: FieldKind.Credit, Role: { } creditRole }) continue;
            film.AddCredit(person.Name, creditRole, null, null, entry.Value.Evidence("entry.filmography-credit"));
        }
    }

    /// <summary>The heading the page opens with, when it is a person's name: "Frederick Wiseman" over "Director · Producer · Editor".</summary>
    private static FieldPerson? PagePerson(DocumentLayout layout, int firstEntry)
    {
        var text = layout.Text;
        foreach (var block in layout.Blocks.Take(firstEntry))
        {
            if (block.Kind == BlockKind.Chrome || block.InAside) continue;
            if (block.Kind != BlockKind.Heading) return null;
            var raw = block.Value.Of(text).Trim();
            if (raw.Split(' ').Length is < 2 or > 4 || PersonNames.Normalise(raw) != raw || PersonNames.LooksLikeOrganisation(raw)) continue;
            return PersonNames.Read(text, block.Value) is [var only] ? only : null;
        }
        return null;
    }

    /// <summary>"as Director" after the title on an entry's line.</summary>
    private static string? RoleOnLine(string text, Block entry, Sourced<string> title)
    {
        if (title.Evidence.End > entry.Span.End) return null;
        var tail = text[title.Evidence.End..entry.Span.End].Trim();
        return tail.StartsWith("as ", StringComparison.OrdinalIgnoreCase) && AsRole.Match(tail) is { Success: true } m
            && FieldLabels.Find(m.Groups["role"].Value) is { Kind: FieldKind.Credit } ? m.Groups["role"].Value : null;
    }
}
