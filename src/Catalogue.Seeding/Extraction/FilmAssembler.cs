using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction;

/// <summary>
/// Collects one film's facts while rules run, merging repeats: the same person read twice is one credit, a
/// first name or a variant spelling of it becomes an alias of the fuller name, an organisation is one company.
/// </summary>
internal sealed class FilmAssembler(Sourced<string> title)
{
    private sealed class CreditDraft(string name, string role, string? description, int? billing, Evidence evidence)
    {
        public string Name = name;
        public readonly string Role = role;
        public string? Description = description;
        public readonly int? Billing = billing;
        public Evidence Evidence = evidence;
        public readonly List<Sourced<string>> Aliases = [];
    }

    private sealed class CompanyDraft(string name, string role, Evidence evidence)
    {
        public readonly string Name = name;
        public readonly string Role = role;
        public readonly Evidence Evidence = evidence;
        public readonly List<Sourced<string>> Aliases = [];
    }

    private readonly FilmFacts film = new() { Title = title };
    private readonly List<CreditDraft> credits = [];
    private readonly List<CompanyDraft> companies = [];

    public string Title => film.Title.Value;
    public FilmFacts Facts => film;

    public void AddCredit(string name, string role, string? description, int? billing, Evidence evidence, Sourced<string>? alias = null)
    {
        name = TitleRuns.Collapse(name);
        if (!IsPlausiblePerson(name)) return;
        var first = Names.FirstWord(name);
        var single = !name.Contains(' ');
        foreach (var draft in credits.Where(c => c.Role == role))
        {
            if (draft.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                draft.Description ??= description;
                if (alias is not null) AddAlias(draft, alias);
                return;
            }
            var draftSingle = !draft.Name.Contains(' ');
            // "Stefanov’s Honeyland" after "directed by Ljubomir Stefanov": the surname alone adds nothing.
            if (single && !draftSingle && draft.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase)) return;
            if (single && EditDistance.IsSpellingVariant(name, Names.FirstWord(draft.Name)))
            {
                // "Khalid" after "Khaled Umar Harah": the same person, named by a first-name form.
                draft.Description ??= description;
                AddAlias(draft, new Sourced<string>(name, evidence));
                if (alias is not null) AddAlias(draft, alias);
                return;
            }
            if (draftSingle && !single && EditDistance.IsSpellingVariant(draft.Name, first))
            {
                // A fuller name arrives after the first name alone: the fuller form becomes the credit's name.
                var firstName = new Sourced<string>(draft.Name, draft.Evidence);
                draft.Name = name;
                draft.Evidence = evidence;
                AddAlias(draft, firstName);
                draft.Description ??= description;
                if (alias is not null) AddAlias(draft, alias);
                return;
            }
        }
        var created = new CreditDraft(name, role, description, billing, evidence);
        if (alias is not null) AddAlias(created, alias);
        credits.Add(created);
    }

    private static void AddAlias(CreditDraft draft, Sourced<string> alias)
    {
        if (alias.Value.Equals(draft.Name, StringComparison.OrdinalIgnoreCase)) return;
        if (draft.Aliases.Any(a => a.Value.Equals(alias.Value, StringComparison.OrdinalIgnoreCase))) return;
        draft.Aliases.Add(alias);
    }

    /// <summary>The film's own title, its words, companies and countries are never people.</summary>
    private bool IsPlausiblePerson(string name)
    {
        if (name.Length < 2 || !Names.CouldBePerson(name)) return false;
        if (Title.Equals(name, StringComparison.OrdinalIgnoreCase)) return false;
        if (!name.Contains(' ') && Title.Split(' ').Contains(name, StringComparer.OrdinalIgnoreCase)) return false;
        return !companies.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
                                   || c.Aliases.Any(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase)));
    }

    public void AddCompany(string name, string role, Evidence evidence, Sourced<string>? alias = null)
    {
        name = TitleRuns.Collapse(name);
        if (name.Length < 2 || name.Equals(Title, StringComparison.OrdinalIgnoreCase)) return;
        // "Magnolia released it" after "Magnolia Pictures": the short form of a company already named.
        if (alias is null && companies.Any(c => c.Role == role && c.Name.StartsWith(name + " ", StringComparison.OrdinalIgnoreCase))) return;
        var existing = companies.FirstOrDefault(c => c.Role == role && (c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || c.Aliases.Any(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase))
            || (alias is not null && c.Name.Equals(alias.Value, StringComparison.OrdinalIgnoreCase))));
        if (existing is null)
        {
            existing = new CompanyDraft(name, role, evidence);
            companies.Add(existing);
        }
        if (alias is null || alias.Value.Equals(existing.Name, StringComparison.OrdinalIgnoreCase)) return;
        if (!existing.Aliases.Any(a => a.Value.Equals(alias.Value, StringComparison.OrdinalIgnoreCase))) existing.Aliases.Add(alias);
    }

    public void AddGenre(string genre, Evidence evidence)
    {
        if (!film.Genres.Any(g => g.Value.Equals(genre, StringComparison.OrdinalIgnoreCase))) film.Genres.Add(new(genre, evidence));
    }

    public void AddCountry(string code, Evidence evidence)
    {
        if (!film.Countries.Any(c => c.Value == code)) film.Countries.Add(new(code, evidence));
    }

    /// <summary>One runtime per length: a version the text names wins over the plain listing figure for the same minutes.</summary>
    public void AddRuntime(RuntimeFact runtime)
    {
        var same = film.Runtimes.FindIndex(r => r.Minutes == runtime.Minutes);
        if (same < 0) film.Runtimes.Add(runtime);
        else if (film.Runtimes[same].Version == RuntimeVersions.Listing && runtime.Version != RuntimeVersions.Listing)
            film.Runtimes[same] = runtime with { Evidence = film.Runtimes[same].Evidence };
    }

    public void AddRating(RatingFact rating)
    {
        if (!film.Ratings.Any(r => r.Source == rating.Source && r.Value == rating.Value && r.Scale == rating.Scale)) film.Ratings.Add(rating);
    }

    public void AddAward(AwardFact award)
    {
        // One prize per event, outcome and year: a second phrasing of the same win is not a second award.
        if (!film.Awards.Any(a => a.Event == award.Event && a.Outcome == award.Outcome && (a.Year == award.Year || a.Year is null || award.Year is null)
                                  && (SameCategory(a.Category, award.Category) || NamesOnlyTheEvent(a) || NamesOnlyTheEvent(award))))
            film.Awards.Add(award);
    }

    public void AddLanguage(LanguageFact language)
    {
        if (!film.Languages.Any(l => l.Code == language.Code)) film.Languages.Add(language);
    }

    public void AddExternalId(ExternalIdFact id)
    {
        if (!film.ExternalIds.Any(e => e.Source == id.Source)) film.ExternalIds.Add(id);
    }

    /// <summary>People already credited on this film, in any role: their names are never titles.</summary>
    public IEnumerable<string> PeopleNames => credits.SelectMany(c => c.Aliases.Select(a => a.Value).Prepend(c.Name));

    public IEnumerable<string> CompanyNames => companies.SelectMany(c => c.Aliases.Select(a => a.Value).Prepend(c.Name));

    /// <summary>"Oscar for Best Documentary Feature" and "Best Documentary Feature" name one prize; a generic category names any.</summary>
    /// <summary>"won the Academy Award" says no category: it is the same prize as "Academy Award for Best Documentary Feature".</summary>
    private static bool NamesOnlyTheEvent(AwardFact award) => AwardEvents.Normalise(award.Category) == award.Event || AwardEvents.FindIn(award.Category) == award.Event && award.Category.Split(' ').Length <= 3;

    private static bool SameCategory(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase)
        || a == "Official Selection" || b == "Official Selection" || !a.Contains(' ') || !b.Contains(' ');

    public void AddAlternateTitle(string title, string kind, Evidence evidence)
    {
        if (title.Equals(Title, StringComparison.OrdinalIgnoreCase)) return;
        if (!film.AlternateTitles.Any(t => t.Title.Equals(title, StringComparison.OrdinalIgnoreCase))) film.AlternateTitles.Add(new(title, kind, evidence));
    }

    public FilmFacts Build()
    {
        film.Credits.Clear();
        film.Credits.AddRange(credits.Select(c => new CreditFact(c.Name, c.Role, c.Description, c.Billing, c.Evidence, c.Aliases.ToList())));
        film.Companies.Clear();
        film.Companies.AddRange(companies.Select(c => new CompanyFact(c.Name, c.Role, c.Aliases.ToList(), c.Evidence)));
        return film;
    }
}
