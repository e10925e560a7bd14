namespace Catalogue.Seeding.Extraction.Text;

/// <summary>Month names as whole words, full or abbreviated, for date patterns: "Mariupolis 2" and "Marathon" are not "March".</summary>
internal static class Months
{
    public const string Pattern = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
}
