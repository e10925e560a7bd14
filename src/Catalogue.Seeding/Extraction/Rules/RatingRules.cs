using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Rules;

/// <summary>Ratings written in prose by the review's author: "I give this 4 stars (out of 5)", "I rate it 8/10".</summary>
internal static class RatingRules
{
    private static readonly Regex FirstPersonRating = new(
        @"\bI\s+(?:give|gave|rate|rated|award)\s+(?:this|it|the\s+(?:film|movie|documentary))(?:\s+(?:a|an))?\s+" +
        @"(?<raw>(?<value>\d{1,3}(?:\.\d{1,2})?)\s*(?:stars?|points?)?\s*(?:\(\s*out\s+of\s+(?<scale>\d{1,3})\s*\)|out\s+of\s+(?<scale>\d{1,3})|/\s*(?<scale>\d{1,3})))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static void Apply(ProseContext context, string source)
    {
        foreach (var sentence in context.Sentences)
            foreach (Match match in FirstPersonRating.Matches(sentence.Of(context.Text)))
            {
                var value = decimal.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
                var scale = decimal.Parse(match.Groups["scale"].Value, CultureInfo.InvariantCulture);
                if (scale <= 0 || value > scale) continue;
                var raw = match.Groups["raw"];
                var span = new TextSpan(sentence.Start + raw.Index, sentence.Start + raw.Index + raw.Length);
                context.Film.AddRating(new RatingFact(source, raw.Value, value, scale, null, span.Evidence(context.Rule("rating.first-person"))));
            }
    }
}
