using Catalogue.Data;

namespace Catalogue.Seeding.Extraction;

/// <summary>Country names to ISO 3166-1 codes: the ISO list plus the short forms listings commonly use.</summary>
internal static class Countries
{
    private static readonly Dictionary<string, string> CommonForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USA"] = "US", ["U.S."] = "US", ["U.S.A."] = "US", ["United States of America"] = "US", ["America"] = "US",
        ["UK"] = "GB", ["U.K."] = "GB", ["Britain"] = "GB", ["Great Britain"] = "GB", ["England"] = "GB", ["Scotland"] = "GB", ["Wales"] = "GB",
        ["Russia"] = "RU", ["Iran"] = "IR", ["Korea"] = "KR", ["Czech Republic"] = "CZ", ["Holland"] = "NL", ["Vatican"] = "VA",
        ["Palestine"] = "PS", ["Taiwan"] = "TW", ["Laos"] = "LA", ["Moldova"] = "MD", ["Tanzania"] = "TZ", ["Bolivia"] = "BO",
    };

    public static string? Find(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0) return null;
        if (CommonForms.TryGetValue(trimmed, out var code)) return code;
        return Iso3166.FindByName(trimmed)?.Code;
    }
}
