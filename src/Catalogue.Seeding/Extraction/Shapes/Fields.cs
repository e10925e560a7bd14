using Catalogue.Seeding.Extraction.Text;

namespace Catalogue.Seeding.Extraction.Shapes;

internal enum FieldKind { Year, Genre, People, Director, Runtime, Rating, Country, Views, Synopsis, Reviews }

/// <summary>A "Label: value" line of a listing page; <see cref="Value"/> is the trimmed value's span.</summary>
internal sealed record Field(FieldKind Kind, string Label, TextSpan Value, int LineIndex);

/// <summary>The labels listing pages use, in their common spellings.</summary>
internal static class Fields
{
    private static readonly Dictionary<string, FieldKind> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["released"] = FieldKind.Year, ["release"] = FieldKind.Year, ["release date"] = FieldKind.Year, ["year"] = FieldKind.Year,
        ["genre"] = FieldKind.Genre, ["genres"] = FieldKind.Genre, ["category"] = FieldKind.Genre,
        ["starring"] = FieldKind.People, ["stars"] = FieldKind.People, ["cast"] = FieldKind.People, ["with"] = FieldKind.People, ["featuring"] = FieldKind.People,
        ["director"] = FieldKind.Director, ["directors"] = FieldKind.Director, ["directed by"] = FieldKind.Director,
        ["run time"] = FieldKind.Runtime, ["runtime"] = FieldKind.Runtime, ["running time"] = FieldKind.Runtime, ["length"] = FieldKind.Runtime,
        ["duration"] = FieldKind.Runtime,
        ["imdb"] = FieldKind.Rating, ["imdb rating"] = FieldKind.Rating, ["rating"] = FieldKind.Rating, ["score"] = FieldKind.Rating,
        ["metascore"] = FieldKind.Rating, ["rotten tomatoes"] = FieldKind.Rating, ["tomatometer"] = FieldKind.Rating, ["letterboxd"] = FieldKind.Rating,
        ["country"] = FieldKind.Country, ["countries"] = FieldKind.Country, ["country of origin"] = FieldKind.Country,
        ["views"] = FieldKind.Views, ["view count"] = FieldKind.Views, ["plays"] = FieldKind.Views,
        ["synopsis"] = FieldKind.Synopsis, ["plot"] = FieldKind.Synopsis, ["storyline"] = FieldKind.Synopsis, ["summary"] = FieldKind.Synopsis,
        ["user reviews"] = FieldKind.Reviews, ["reviews"] = FieldKind.Reviews, ["user review"] = FieldKind.Reviews,
    };

    public static Field? Parse(string text, TextLine line, int index)
    {
        var colon = line.Text.IndexOf(':');
        if (colon <= 0 || colon > 30) return null;
        var label = TitleRuns.Collapse(line.Text[..colon]);
        if (!label.All(c => char.IsLetter(c) || c == ' ') || !Labels.TryGetValue(label, out var kind)) return null;
        return new Field(kind, label, TextSpan.Trimmed(text, line.Start + colon + 1, line.End), index);
    }

    public static List<Field> All(string text, IReadOnlyList<TextLine> lines) =>
        lines.Select((line, i) => Parse(text, line, i)).OfType<Field>().ToList();
}
