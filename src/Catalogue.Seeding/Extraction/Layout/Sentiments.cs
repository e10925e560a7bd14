using Catalogue.Data.Entities;
using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>The sentiment labels documents give their own sentences.</summary>
internal static class Sentiments
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["very negative"] = Catalogue.Data.Entities.Sentiments.VeryNegative,
        ["negative"] = Catalogue.Data.Entities.Sentiments.Negative,
        ["neutral"] = Catalogue.Data.Entities.Sentiments.Neutral,
        ["positive"] = Catalogue.Data.Entities.Sentiments.Positive,
        ["very positive"] = Catalogue.Data.Entities.Sentiments.VeryPositive,
    };

    public static string? Find(string line) => Labels.GetValueOrDefault(TitleRuns.Collapse(line));
}
