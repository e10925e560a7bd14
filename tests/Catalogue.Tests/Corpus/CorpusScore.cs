using System.Globalization;
using System.Text;
using Catalogue.Seeding.Documents;

namespace Catalogue.Tests.Corpus;

/// <summary>What one document gave: films missed, spurious and mentioned, traps taken, and facts right and wrong.</summary>
public sealed class DocumentOutcome(CorpusDocument document)
{
    public CorpusDocument Document { get; } = document;
    public List<string> MissedFilms { get; } = [];
    public List<string> SpuriousFilms { get; } = [];
    public List<string> MentionedFilmsCreated { get; } = [];
    public List<string> Traps { get; } = [];
    public List<string> Missed { get; } = [];
    public List<string> Wrong { get; } = [];
}

/// <summary>Precision and recall per fact kind and overall for one half of the corpus.</summary>
public sealed class CorpusScore(string half, SeedReport report)
{
    public string Half { get; } = half;
    public SeedReport Report { get; } = report;
    public List<DocumentOutcome> Documents { get; } = [];
    public Dictionary<string, (int Right, int Wrong, int Missed)> ByKind { get; } = [];

    public int Right => ByKind.Values.Sum(k => k.Right);
    public int Wrong => ByKind.Values.Sum(k => k.Wrong);
    public int MissedFacts => ByKind.Values.Sum(k => k.Missed);
    public double Precision => Right + Wrong == 0 ? 1 : (double)Right / (Right + Wrong);
    public double Recall => Right + MissedFacts == 0 ? 1 : (double)Right / (Right + MissedFacts);
    public int FilmsExpected => Documents.Sum(d => d.Document.Truth.Films.Count);
    public int FilmsFound => FilmsExpected - Documents.Sum(d => d.MissedFilms.Count);
    public int SpuriousFilms => Documents.Sum(d => d.SpuriousFilms.Count);
    public int TrapsTaken => Documents.Sum(d => d.Traps.Count);

    internal void Count(string kind, List<CorpusScorer.Fact> truth, List<CorpusScorer.Fact> served, DocumentOutcome outcome, string film)
    {
        var unmatched = truth.ToList();
        var right = 0;
        foreach (var fact in served)
        {
            var match = unmatched.FirstOrDefault(t => CorpusScorer.Matches(t, fact));
            if (match is null) { outcome.Wrong.Add($"{film}: {kind}={Describe(fact)}"); continue; }
            unmatched.Remove(match);
            right++;
        }
        foreach (var fact in unmatched) outcome.Missed.Add($"{film}: {kind}={Describe(fact)}");
        var (r, w, m) = ByKind.GetValueOrDefault(kind);
        ByKind[kind] = (r + right, w + served.Count - right, m + unmatched.Count);
    }

    private static string Describe(CorpusScorer.Fact fact) => fact.Role is null ? fact.Value : $"{fact.Value}|{fact.Role}";

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine($"| {Half} | precision | recall | right | wrong | missed |").AppendLine("|---|---|---|---|---|---|");
        foreach (var (kind, _) in CorpusScorer.Kinds)
        {
            if (!ByKind.TryGetValue(kind, out var k) || k.Right + k.Wrong + k.Missed == 0) continue;
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {Ratio(k.Right, k.Right + k.Wrong)} | {Ratio(k.Right, k.Right + k.Missed)} | {k.Right} | {k.Wrong} | {k.Missed} |"));
        }
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all facts** | **{Precision:0.00}** | **{Recall:0.00}** | {Right} | {Wrong} | {MissedFacts} |"));
        table.AppendLine();
        table.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{Half}: {Documents.Count} documents, films found {FilmsFound}/{FilmsExpected}, spurious films {SpuriousFilms}, traps taken {TrapsTaken}, documents rejected {Report.Rejected.Count} (expected {Documents.Count(d => d.Document.Truth.ExpectRejected)})."));
        return table.ToString();
    }

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Everything that went wrong, document by document, for tuning.</summary>
    public string Details()
    {
        var details = new StringBuilder();
        foreach (var outcome in Documents)
        {
            var lines = outcome.MissedFilms.Select(f => $"  missed film: {f}")
                .Concat(outcome.SpuriousFilms.Select(f => $"  spurious film: {f}"))
                .Concat(outcome.Traps.Select(t => $"  trap: {t}"))
                .Concat(outcome.Wrong.Select(w => $"  wrong: {w}"))
                .Concat(outcome.Missed.Select(m => $"  missed: {m}")).ToList();
            var rejected = Report.Rejected.FirstOrDefault(r => r.FileName == outcome.Document.SeedName);
            if (rejected is not null) lines.Insert(0, $"  rejected: {rejected.Reason}");
            if (lines.Count == 0) continue;
            details.AppendLine($"{outcome.Document.Family}/{outcome.Document.FileName}");
            foreach (var line in lines) details.AppendLine(line);
        }
        return details.ToString();
    }
}
