using System.Globalization;

namespace Catalogue.Api.Infrastructure.Paging;

public static class KeyFormats
{
    public static readonly KeyFormat<string> Text = new(k => k, (string text, out string value) =>
    {
        value = text;
        return true;
    });

    public static readonly KeyFormat<int?> Int = new(k => k!.Value.ToString(CultureInfo.InvariantCulture), (string text, out int? value) =>
    {
        var ok = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    });

    public static readonly KeyFormat<decimal?> Decimal = new(k => k!.Value.ToString(CultureInfo.InvariantCulture), (string text, out decimal? value) =>
    {
        var ok = decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed);
        value = parsed;
        return ok;
    });

    // "R" round-trips a float exactly, so the resumed comparison against PostgreSQL's real matches the last row.
    public static readonly KeyFormat<float> Real = new(k => k.ToString("R", CultureInfo.InvariantCulture), (string text, out float value) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && float.IsFinite(value));

    public static readonly KeyFormat<long> Long = new(k => k.ToString(CultureInfo.InvariantCulture), (string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value));
}
