namespace Catalogue.Seeding.Extraction.Mentions;

/// <summary>Language names (English names and common adjectives) to ISO 639-1 codes.</summary>
internal static class Languages
{
    private static readonly Dictionary<string, string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["english"] = "en", ["arabic"] = "ar", ["french"] = "fr", ["german"] = "de", ["spanish"] = "es", ["portuguese"] = "pt",
        ["italian"] = "it", ["russian"] = "ru", ["ukrainian"] = "uk", ["polish"] = "pl", ["czech"] = "cs", ["slovak"] = "sk",
        ["hungarian"] = "hu", ["romanian"] = "ro", ["bulgarian"] = "bg", ["macedonian"] = "mk", ["serbian"] = "sr", ["croatian"] = "hr",
        ["bosnian"] = "bs", ["slovenian"] = "sl", ["albanian"] = "sq", ["greek"] = "el", ["turkish"] = "tr", ["kurdish"] = "ku",
        ["persian"] = "fa", ["farsi"] = "fa", ["dari"] = "fa", ["pashto"] = "ps", ["urdu"] = "ur", ["hindi"] = "hi", ["bengali"] = "bn",
        ["bangla"] = "bn", ["punjabi"] = "pa", ["tamil"] = "ta", ["telugu"] = "te", ["malayalam"] = "ml", ["marathi"] = "mr",
        ["gujarati"] = "gu", ["nepali"] = "ne", ["sinhala"] = "si", ["chinese"] = "zh", ["mandarin"] = "zh", ["cantonese"] = "zh",
        ["japanese"] = "ja", ["korean"] = "ko", ["vietnamese"] = "vi", ["thai"] = "th", ["khmer"] = "km", ["burmese"] = "my",
        ["indonesian"] = "id", ["malay"] = "ms", ["tagalog"] = "tl", ["filipino"] = "tl", ["hebrew"] = "he", ["yiddish"] = "yi",
        ["amharic"] = "am", ["swahili"] = "sw", ["somali"] = "so", ["yoruba"] = "yo", ["zulu"] = "zu", ["afrikaans"] = "af",
        ["dutch"] = "nl", ["flemish"] = "nl", ["danish"] = "da", ["swedish"] = "sv", ["norwegian"] = "no", ["finnish"] = "fi",
        ["icelandic"] = "is", ["estonian"] = "et", ["latvian"] = "lv", ["lithuanian"] = "lt", ["georgian"] = "ka", ["armenian"] = "hy",
        ["azerbaijani"] = "az", ["kazakh"] = "kk", ["uzbek"] = "uz", ["mongolian"] = "mn", ["tibetan"] = "bo", ["catalan"] = "ca",
        ["basque"] = "eu", ["galician"] = "gl", ["irish"] = "ga", ["welsh"] = "cy", ["scottish gaelic"] = "gd", ["maltese"] = "mt",
        ["belarusian"] = "be", ["romani"] = "rom", ["sign language"] = "sgn", ["american sign language"] = "ase", ["inuktitut"] = "iu",
        ["quechua"] = "qu", ["guarani"] = "gn", ["maori"] = "mi", ["hawaiian"] = "haw", ["haitian creole"] = "ht", ["tigrinya"] = "ti",
        ["hausa"] = "ha", ["igbo"] = "ig", ["wolof"] = "wo", ["lingala"] = "ln", ["kinyarwanda"] = "rw", ["luganda"] = "lg",
        ["tajik"] = "tg", ["kyrgyz"] = "ky", ["turkmen"] = "tk", ["uyghur"] = "ug", ["lao"] = "lo", ["javanese"] = "jv",
    };

    public static string? Find(string name)
    {
        var trimmed = name.Trim().Trim('.', '(', ')');
        if (Codes.TryGetValue(trimmed, out var code)) return code;
        return null;
    }
}
