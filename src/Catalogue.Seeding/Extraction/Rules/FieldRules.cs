using System.Text.RegularExpressions;
using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Layout;
using Catalogue.Seeding.Extraction.Mentions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>
/// Turns a field's value into facts by what its label says it is. Rule names come from the label kind
/// (<c>field.runtime</c>, <c>field.credit.director</c>), so a new site's label needs no new rule.
/// </summary>
internal static class FieldRules
{
    private static readonly Regex YearPattern = new(@"\b(?:18[89]\d|19\d\d|20\d\d)\b", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static IEnumerable<FieldLabel> OtherRoles(string text, Block field, FieldLabel first)
    {
        var labelText = TextSpan.Trimmed(text, field.Span.Start, Math.Max(field.Span.Start, Math.Min(field.Value.Start, field.Span.End))).Of(text).TrimEnd(':', ' ');
        if (labelText.Length > 40) yield break;
        // "Produced and directed by Barbara Kopple": each role before the one "by".
        if (labelText.EndsWith(" by", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var verb in FieldLabels.RolesBeforeBy(labelText))
                if (FieldLabels.Find(verb + " by") is { Kind: FieldKind.Credit } byRole && byRole.Role != first.Role) yield return byRole;
            yield break;
        }
        if (labelText.IndexOfAny(['/', '&']) < 0) yield break;
        foreach (var part in labelText.Split(['/', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (FieldLabels.Find(part) is { Kind: FieldKind.Credit } other && other.Role != first.Role) yield return other;
    }

    public static void Apply(string text, Block field, FilmAssembler film, bool isDocumentary)
    {
        var label = field.Label!;
        var value = field.Value;
        if (value.Length == 0) return;
        switch (label.Kind)
        {
            case FieldKind.Year or FieldKind.ReleaseDate:
                if (film.Facts.Year is null && YearPattern.Match(value.Of(text)) is { Success: true } year)
                    film.Facts.Year = new Sourced<int>(int.Parse(year.Value), Span(value, year).Evidence(label.Kind == FieldKind.Year ? "field.year" : "field.release-date"));
                break;
            case FieldKind.Runtime:
                foreach (var part in Durations.IsCompound(text, value) ? [value] : PersonNames.Items(text, value))
                    if (Durations.Find(text, part, labelled: true) is { } runtime)
                        film.AddRuntime(new RuntimeFact(runtime.Minutes, RuntimeVersions.Listing, null, runtime.Span.Evidence("field.runtime")));
                break;
            case FieldKind.Genre:
                foreach (var item in ValueParsers.Items(text, value))
                {
                    var genre = TitleRuns.Collapse(item.Of(text));
                    if (Countries.Find(genre) is not null || !Genres.LooksLikeGenre(genre)) continue;
                    film.AddGenre(Genres.Canonical(genre), item.Evidence("field.genre"));
                }
                break;
            case FieldKind.Country:
                foreach (var item in CountryItems(text, value))
                    if ((Countries.Find(item.Of(text)) ?? Countries.FromCode(item.Of(text)) ?? Countries.FromDemonym(item.Of(text))) is { } code)
                        film.AddCountry(code, item.Evidence("field.country"));
                break;
            case FieldKind.Language:
                ReadLanguages(text, value, film, "field.language");
                break;
            case FieldKind.Credit:
                ReadCredits(text, value, label.Role!, film, label.Rule);
                // "Writer / Director", "Director & Producer": every role the label names.
                foreach (var other in OtherRoles(text, field, label))
                    ReadCredits(text, value, other.Role!, film, other.Rule);
                break;
            case FieldKind.Subjects:
                if (ValueParsers.Rating(text, value) is { } starRating)
                {
                    film.AddRating(new RatingFact("listing", starRating.Raw, starRating.Value, starRating.Scale, starRating.Votes, starRating.Span.Evidence("field.rating")));
                    break;
                }
                var order = 0;
                var role = isDocumentary ? CreditRoles.Subject : CreditRoles.Cast;
                foreach (var person in PersonNames.Read(text, value))
                    film.AddCredit(person.Name, role, null, ++order, person.Span.Evidence("field.subjects"));
                break;
            case FieldKind.Company:
                var phrases = CompanyRules.CreditPhrases(text, value).ToList();
                foreach (var (name, companyRole, span) in phrases)
                    film.AddCompany(name, companyRole, span.Evidence($"field.company.{companyRole}"));
                if (phrases.Count > 0) break;
                foreach (var item in PersonNames.CompanyItems(text, value))
                    if (CompanyName(text, item) is { } company)
                        film.AddCompany(company.Name, label.Role!, company.Span.Evidence(label.Rule));
                break;
            case FieldKind.Rating:
                if (ValueParsers.Rating(text, value) is { } rating)
                    film.AddRating(new RatingFact(label.Role!, rating.Raw, rating.Value, rating.Scale, rating.Votes, rating.Span.Evidence("field.rating")));
                break;
            case FieldKind.Synopsis:
                film.Facts.Synopsis ??= new Sourced<string>(value.Of(text), value.Evidence("field.synopsis"));
                break;
            case FieldKind.Views when ValueParsers.Count(value.Of(text)) is { } views:
                film.Facts.ViewCount ??= new Sourced<long>(views, value.Evidence("field.views"));
                break;
            case FieldKind.OriginalTitle or FieldKind.AlternateTitle:
                foreach (var item in label.Kind == FieldKind.AlternateTitle ? ValueParsers.Items(text, value) : [value])
                {
                    var title = Titles.Clean(item.Of(text));
                    if (title.Length >= 2) film.AddAlternateTitle(title, label.Kind == FieldKind.OriginalTitle ? "original" : "alternate", item.Evidence(label.Rule));
                }
                break;
            case FieldKind.TechnicalSpecs:
                SpecRules.ApplySegments(text, [value], film, "field.technical-specs");
                break;
        }
        foreach (var (source, id, span) in ExternalIds.In(text, value))
            film.AddExternalId(new ExternalIdFact(source, id, span.Evidence("mention.external-id")));
    }

    private static TextSpan Span(TextSpan value, Match match) => new(value.Start + match.Index, value.Start + match.Index + match.Length);

    /// <summary>"Denmark, Syria", "DENMARK / SYRIA", "UK-USA", "Denmark and Syria".</summary>
    public static IEnumerable<TextSpan> CountryItems(string text, TextSpan value)
    {
        foreach (var item in PersonNames.Items(text, value))
        {
            var raw = item.Of(text);
            var dash = raw.IndexOf('-');
            if (dash > 0 && Countries.Find(raw) is null && raw.Split('-').All(p => Countries.Find(p) is not null || Countries.FromCode(p) is not null))
            {
                yield return TextSpan.Trimmed(text, item.Start, item.Start + dash);
                yield return TextSpan.Trimmed(text, item.Start + dash + 1, item.End);
            }
            else yield return item;
        }
    }

    public static void ReadLanguages(string text, TextSpan value, FilmAssembler film, string rule)
    {
        var first = true;
        foreach (var item in PersonNames.Items(text, value))
        {
            // "Indonesian with English subtitles": the subtitles are not a language of the film.
            var raw = item.Of(text);
            var with = raw.IndexOf(" with ", StringComparison.OrdinalIgnoreCase);
            if (with < 0 && raw.Contains("subtitle", StringComparison.OrdinalIgnoreCase)) continue;
            var spoken = with > 0 ? TextSpan.Trimmed(text, item.Start, item.Start + with) : item;
            var open = spoken.Of(text).IndexOf('(');
            if (open > 0) spoken = TextSpan.Trimmed(text, spoken.Start, spoken.Start + open);
            if (Languages.Find(spoken.Of(text)) is not { } code) continue;
            film.AddLanguage(new LanguageFact(code, first, spoken.Evidence(rule)));
            first = false;
        }
    }

    private static void ReadCredits(string text, TextSpan value, string role, FilmAssembler film, string rule)
    {
        foreach (var person in PersonNames.Read(text, value))
        {
            if (PersonNames.LooksLikeOrganisation(person.Name))
            {
                if (role is CreditRoles.Producer or CreditRoles.ExecutiveProducer) film.AddCompany(person.Name, CompanyRoles.Producer, person.Span.Evidence("field.company.production-company"));
                continue;
            }
            film.AddCredit(person.Name, role, null, null, person.Span.Evidence(rule));
            if (person.Company is { } company && person.CompanySpan is { } companySpan && Countries.Find(company) is null)
                film.AddCompany(company, CompanyRoles.Producer, companySpan.Evidence("field.credit.company-in-parentheses"));
        }
    }

    /// <summary>A company's name from a list item, without a trailing place or parenthesis: "Dogwoof (UK)" → Dogwoof.</summary>
    private static readonly string[] ServiceVerbs = ["Stream on ", "Stream ", "Rent on ", "Rent ", "Buy on ", "Buy ", "Watch on ", "Watch ", "Available on ", "On "];

    public static (string Name, TextSpan Span)? CompanyName(string text, TextSpan item)
    {
        // "Stream Kanopy", "Rent on Apple TV": the service, not the verb.
        foreach (var verb in ServiceVerbs)
            if (item.Of(text).StartsWith(verb, StringComparison.Ordinal)) { item = TextSpan.Trimmed(text, item.Start + verb.Length, item.End); break; }
        var raw = item.Of(text);
        var open = raw.IndexOf('(');
        var span = open > 0 ? TextSpan.Trimmed(text, item.Start, item.Start + open) : item;
        var name = TitleRuns.WithoutLeadingThe(TitleRuns.Collapse(span.Of(text).Trim('.', ':', '*')));
        if (name.Length < 2 || name.Length > 80 || !char.IsUpper(name[0]) && !char.IsDigit(name[0])) return null;
        if (Countries.Find(name) is not null || Chrome.IsChrome(name) || name.Contains('@') || name.Contains("www.") || name.Any(c => c is '+' ) && name.Any(char.IsDigit)) return null;
        if (Lines.WordCount(name) > 8 || name.Contains('…') || name.EndsWith("...", StringComparison.Ordinal)) return null;
        // A company's name capitalises its words: "Ask the festival's industry office" is an instruction.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Count(w => char.IsLower(w[0]) && !TitleRuns.FunctionWords.Contains(w)) > 0) return null;
        return (name, span);
    }
}
