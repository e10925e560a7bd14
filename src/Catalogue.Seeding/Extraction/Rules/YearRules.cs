using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>The film's year where prose states it next to the title: "Honeyland (2019)", "Honeyland is a 2019 documentary".</summary>
internal static class YearRules
{
    public static void Apply(ProseContext context)
    {
        if (context.Film.Facts.Year is not null) return;
        var title = Regex.Escape(context.Film.Title).Replace("\\ ", "\\s+");
        var pattern = new Regex(
            title + @"\s*\((?<year>(?:18|19|20)\d\d)\)|" + title + @"\s+is\s+an?\s+(?<year>(?:18|19|20)\d\d)\s+(?:[\p{L}-]+\s+){0,2}(?:documentary|film|movie)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        foreach (var sentence in context.Sentences)
        {
            var match = pattern.Match(sentence.Of(context.Text));
            if (!match.Success) continue;
            var year = match.Groups["year"];
            var span = new TextSpan(sentence.Start + year.Index, sentence.Start + year.Index + year.Length);
            context.Film.Facts.Year = new Sourced<int>(int.Parse(year.Value), span.Evidence(context.Rule("year.beside-title")));
            return;
        }
    }
}
