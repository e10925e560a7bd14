using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>The film's year where prose states it next to the title: "Honeyland (2019)", "Honeyland is a 2019 documentary".</summary>
internal static class YearRules
{
    // Title-independent patterns, built once (a NonBacktracking regex is costly to build); the title is then checked
    // against the words just before the match.
    private static readonly Regex ParenthesisedYear = new(@"\s*\((?<year>(?:18|19|20)\d\d)\)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex IsAYearFilm = new(
        @"\s+is\s+an?\s+(?<year>(?:18|19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,2}(?:documentary|film|movie)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static void Apply(ProseContext context)
    {
        if (context.Film.Facts.Year is not null) return;
        var title = Collapse(context.Film.Title);
        foreach (var sentence in context.Sentences)
        {
            var text = sentence.Of(context.Text);
            var year = FindAfterTitle(ParenthesisedYear, text, title) ?? FindAfterTitle(IsAYearFilm, text, title);
            if (year is null) continue;
            var span = new TextSpan(sentence.Start + year.Index, sentence.Start + year.Index + year.Length);
            context.Film.Facts.Year = new Sourced<int>(int.Parse(year.Value), span.Evidence(context.Rule("year.beside-title")));
            return;
        }
        // "The film had its world premiere … at the 2013 Sundance Film Festival", "It premiered at Telluride in 2012": a premiere's year.
        foreach (var sentence in context.Sentences)
        {
            var text = sentence.Of(context.Text);
            if (PremiereYear.Match(text) is not { Success: true } premiere || context.CitesAnotherFilm(text)) continue;
            var group = premiere.Groups["year"];
            var span = new TextSpan(sentence.Start + group.Index, sentence.Start + group.Index + group.Length);
            context.Film.Facts.Year = new Sourced<int>(int.Parse(group.Value), span.Evidence(context.Rule("year.premiere")));
            return;
        }
    }

    private static readonly Regex PremiereYear = new(
        @"\b(?:world[- ]premiere|world[- ]premiered|premiered|had\s+its\s+premiere)\b[^.;]{0,60}?\b(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static Group? FindAfterTitle(Regex pattern, string text, string title)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var before = text[Math.Max(0, match.Index - title.Length * 2 - 8)..match.Index];
            if (Collapse(before).EndsWith(title, StringComparison.OrdinalIgnoreCase)) return match.Groups["year"];
        }
        return null;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
