namespace Catalogue.Data;

public static class RatingScales
{
    /// <summary>A rating on its own scale as 0-100, two decimals: the value every source's ratings are compared by.</summary>
    public static decimal Normalize(decimal value, decimal scale) => Math.Round(value / scale * 100, 2);
}
