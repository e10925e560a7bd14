using System.Text.Json;
using System.Text.Json.Serialization;

namespace Catalogue.Api.Infrastructure;

/// <summary>
/// Refuses, while a body is read, a JSON string the catalogue cannot store: an unpaired surrogate escape ("\ud800") is
/// valid JSON but no Unicode text, and a NUL character ("\u0000") is text PostgreSQL cannot hold. Caught here either is
/// a 400 naming the problem; left to the database it would fail deep inside a write (the driver cannot encode the
/// first; the server refuses the second as the statement's parameters arrive, which also spoils the driver's record
/// of the statement it was preparing on that connection).
/// </summary>
public sealed class WellFormedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is not null && !IsWellFormed(value))
            throw new JsonException("a string holds an unpaired surrogate (such as \\ud800), which is not Unicode text; send a well-formed UTF-16 pair or the character itself.");
        if (value is not null && value.Contains('\0'))
            throw new JsonException("a string holds a NUL character (\\u0000), which the catalogue cannot store; leave it out.");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Whether the text can be stored as it is: well-formed UTF-16 without a NUL character.</summary>
    public static bool IsStorable(string value) => IsWellFormed(value) && !value.Contains('\0');

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
