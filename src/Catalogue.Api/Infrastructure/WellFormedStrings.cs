using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Refuses, while a body is read, a JSON string the catalogue cannot store: an unpaired surrogate escape ("\ud800") is
/// valid JSON but no Unicode text. Caught here it is a 400 naming the problem; left to the database driver it would fail
/// deep inside a write.
/// </summary>
public sealed class WellFormedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && !IsWellFormed(value))
            throw new JsonException("a string holds an unpaired surrogate (such as \\ud800), which is not Unicode text; send a well-formed UTF-16 pair or the character itself.");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(value[i])) return false;
        }
        return true;
    }
}
