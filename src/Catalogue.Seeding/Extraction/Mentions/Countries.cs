using Catalogue.Data;

namespace Catalogue.Seeding.Extraction;

/// <summary>
/// Country names to ISO 3166-1 codes: the ISO list, the short forms listings use ("USA", "UK"), two-letter codes
/// where a country field holds them, and demonyms ("a Danish documentary").
/// </summary>
internal static class Countries
{
    private static readonly Dictionary<string, string> CommonForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USA"] = "US", ["U.S."] = "US", ["U.S.A."] = "US", ["US"] = "US", ["United States of America"] = "US", ["America"] = "US",
        ["UK"] = "GB", ["U.K."] = "GB", ["Britain"] = "GB", ["Great Britain"] = "GB", ["England"] = "GB", ["Scotland"] = "GB", ["Wales"] = "GB",
        ["Northern Ireland"] = "GB", ["Russia"] = "RU", ["Russian Federation"] = "RU", ["Iran"] = "IR", ["Korea"] = "KR", ["Czech Republic"] = "CZ",
        ["Czechia"] = "CZ", ["Holland"] = "NL", ["The Netherlands"] = "NL", ["Vatican"] = "VA", ["Palestine"] = "PS", ["Taiwan"] = "TW",
        ["Laos"] = "LA", ["Moldova"] = "MD", ["Tanzania"] = "TZ", ["Bolivia"] = "BO", ["Venezuela"] = "VE", ["Vietnam"] = "VN",
        ["Viet Nam"] = "VN", ["Macedonia"] = "MK", ["Republic of North Macedonia"] = "MK", ["Syria"] = "SY", ["Kosovo"] = "XK",
        ["UAE"] = "AE", ["Congo"] = "CG", ["DRC"] = "CD", ["DR Congo"] = "CD", ["Ivory Coast"] = "CI", ["Turkey"] = "TR", ["Türkiye"] = "TR",
        ["Burma"] = "MM", ["Brasil"] = "BR", ["Deutschland"] = "DE",
    };

    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["American"] = "US", ["British"] = "GB", ["English"] = "GB", ["Scottish"] = "GB", ["Welsh"] = "GB", ["Irish"] = "IE",
        ["Canadian"] = "CA", ["Mexican"] = "MX", ["Brazilian"] = "BR", ["Argentine"] = "AR", ["Argentinian"] = "AR", ["Chilean"] = "CL",
        ["Colombian"] = "CO", ["Peruvian"] = "PE", ["Venezuelan"] = "VE", ["Cuban"] = "CU", ["French"] = "FR", ["German"] = "DE",
        ["Italian"] = "IT", ["Spanish"] = "ES", ["Portuguese"] = "PT", ["Dutch"] = "NL", ["Belgian"] = "BE", ["Swiss"] = "CH",
        ["Austrian"] = "AT", ["Danish"] = "DK", ["Swedish"] = "SE", ["Norwegian"] = "NO", ["Finnish"] = "FI", ["Icelandic"] = "IS",
        ["Polish"] = "PL", ["Czech"] = "CZ", ["Slovak"] = "SK", ["Hungarian"] = "HU", ["Romanian"] = "RO", ["Bulgarian"] = "BG",
        ["Macedonian"] = "MK", ["North Macedonian"] = "MK", ["Serbian"] = "RS", ["Croatian"] = "HR", ["Bosnian"] = "BA", ["Slovenian"] = "SI",
        ["Albanian"] = "AL", ["Greek"] = "GR", ["Turkish"] = "TR", ["Russian"] = "RU", ["Ukrainian"] = "UA", ["Belarusian"] = "BY",
        ["Estonian"] = "EE", ["Latvian"] = "LV", ["Lithuanian"] = "LT", ["Georgian"] = "GE", ["Armenian"] = "AM", ["Syrian"] = "SY",
        ["Lebanese"] = "LB", ["Israeli"] = "IL", ["Palestinian"] = "PS", ["Jordanian"] = "JO", ["Iraqi"] = "IQ", ["Iranian"] = "IR",
        ["Egyptian"] = "EG", ["Tunisian"] = "TN", ["Moroccan"] = "MA", ["Algerian"] = "DZ", ["Saudi"] = "SA", ["Yemeni"] = "YE",
        ["Afghan"] = "AF", ["Pakistani"] = "PK", ["Indian"] = "IN", ["Bangladeshi"] = "BD", ["Nepalese"] = "NP", ["Sri Lankan"] = "LK",
        ["Chinese"] = "CN", ["Japanese"] = "JP", ["Korean"] = "KR", ["South Korean"] = "KR", ["Taiwanese"] = "TW", ["Vietnamese"] = "VN",
        ["Thai"] = "TH", ["Cambodian"] = "KH", ["Indonesian"] = "ID", ["Filipino"] = "PH", ["Philippine"] = "PH", ["Malaysian"] = "MY",
        ["Australian"] = "AU", ["New Zealand"] = "NZ", ["South African"] = "ZA", ["Nigerian"] = "NG", ["Kenyan"] = "KE", ["Ethiopian"] = "ET",
        ["Ugandan"] = "UG", ["Ghanaian"] = "GH", ["Senegalese"] = "SN", ["Congolese"] = "CD", ["Sudanese"] = "SD", ["Somali"] = "SO",
        ["Kazakh"] = "KZ", ["Mongolian"] = "MN", ["Chadian"] = "TD", ["Malian"] = "ML", ["Rwandan"] = "RW", ["Zimbabwean"] = "ZW",
        ["Luxembourgish"] = "LU", ["Qatari"] = "QA", ["Emirati"] = "AE",
    };

    public static string? Find(string name)
    {
        var trimmed = name.Trim().Trim('.', '(', ')', '[', ']').Trim();
        if (trimmed.Length == 0) return null;
        if (CommonForms.TryGetValue(trimmed, out var code)) return code;
        if (Iso3166.FindByName(trimmed) is { } entry) return entry.Code;
        // ALL-CAPS country fields: "NORTH MACEDONIA".
        if (trimmed.Any(char.IsLower)) return null;
        var titled = string.Join(' ', trimmed.Split(' ').Select(w => w.Length > 1 ? w[0] + w[1..].ToLowerInvariant() : w));
        return Iso3166.FindByName(titled)?.Code ?? CommonForms.GetValueOrDefault(titled);
    }

    /// <summary>"Danish" → DK; null for a word that is no demonym.</summary>
    public static string? FromDemonym(string word) => Demonyms.GetValueOrDefault(word.Trim());

    /// <summary>A two-letter country code as country fields write them ("DK, SY").</summary>
    public static string? FromCode(string token)
    {
        var trimmed = token.Trim();
        if (trimmed.Length != 2 || !trimmed.All(char.IsUpper)) return null;
        return Iso3166.IsCode(trimmed) ? trimmed : trimmed == "UK" ? "GB" : null;
    }
}
