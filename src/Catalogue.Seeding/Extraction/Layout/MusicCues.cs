namespace Catalogue.Seeding.Extraction.Layout;

/// <summary>
/// A film's music cues: a song's title over "Written by …" and "Performed by …" or "Courtesy of …". The song's writers
/// are not the film's writers, and its title is not a film.
/// </summary>
internal static class MusicCues
{
    private static readonly string[] CueLabels = ["performed by", "courtesy of", "recordings courtesy of"];

    /// <summary>Each cue as a range of block indexes, from the song's title to its last credit line.</summary>
    public static IEnumerable<(int From, int To)> Of(string text, IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            if (blocks[i].Kind is not (BlockKind.Heading or BlockKind.Line) || !IsCredit(blocks[i + 1]) || blocks[i + 1].Line != blocks[i].Line + 1) continue;
            var last = i + 1;
            while (last + 1 < blocks.Count && IsCredit(blocks[last + 1]) && blocks[last + 1].Line == blocks[last].Line + 1) last++;
            // "CHAN CHAN" in quotes over its writer, or any title over a performer: a song, not the film.
            var quoted = Quoted(blocks[i].Value.Of(text));
            var performed = Enumerable.Range(i + 1, last - i).Any(k => IsPerformer(blocks[k]));
            if (quoted || performed) yield return (i, last + 1);
            i = last;
        }
    }

    private static bool IsCredit(Block block) => block is { Kind: BlockKind.Field, Label.Kind: FieldKind.Credit or FieldKind.Ignored };

    private static bool IsPerformer(Block block) =>
        block is { Kind: BlockKind.Field, Label: { Kind: FieldKind.Ignored } label } && CueLabels.Any(c => label.Text.StartsWith(c, StringComparison.OrdinalIgnoreCase));

    private static bool Quoted(string line) =>
        line.Length > 2 && "\"“‘'".Contains(line[0]) && "\"”’'".Contains(line[^1]);
}
