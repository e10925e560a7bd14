using System.Reflection;
using System.Text.RegularExpressions;
using Catalogue.Api.Infrastructure.Http;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Foundation;

/// <summary>House rules the compiler does not check, read from the API's source.</summary>
public class SourceRulesTests
{
    private const string InfrastructureNamespace = "Catalogue.Api.Infrastructure";
    private static readonly string Api = RepositoryRoot.File("src", "Catalogue.Api");

    private static IEnumerable<(string File, string Text)> Sources(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => (Path.GetRelativePath(Api, f), File.ReadAllText(f)));

    [Fact]
    public void Infrastructure_names_no_feature_namespace_or_type()
    {
        var featureTypes = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("Catalogue.Api.", StringComparison.Ordinal)
                && !ns.StartsWith(InfrastructureNamespace, StringComparison.Ordinal)
                && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null && !t.Name.Contains('<'))
            .Select(t => t.Name.Split('`')[0])
            .ToHashSet();
        var features = typeof(Program).Assembly.GetTypes().Select(t => t.Namespace)
            .Where(ns => ns is not null && ns.StartsWith("Catalogue.Api.", StringComparison.Ordinal) && !ns.StartsWith(InfrastructureNamespace, StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.NotEmpty(featureTypes);

        var found = new List<string>();
        foreach (var (file, text) in Sources(Path.Combine(Api, "Infrastructure")))
        {
            found.AddRange(features.Where(ns => text.Contains(ns!, StringComparison.Ordinal)).Select(ns => $"{file}: {ns}"));
            found.AddRange(Regex.Matches(text, @"\b[A-Z][A-Za-z0-9]*\b").Select(m => m.Value).Distinct()
                .Where(featureTypes.Contains).Select(name => $"{file}: {name}"));
        }

        Assert.True(found.Count == 0, "infrastructure refers to features (features attach endpoint metadata instead):\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_version_prefix_and_the_api_s_own_header_names_are_each_spelled_once()
    {
        var headers = typeof(CatalogueHeaders).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var found = new List<string>();
        foreach (var (file, text) in Sources(Api))
        {
            if (!file.EndsWith("PublicApi.cs", StringComparison.Ordinal) && Regex.IsMatch(text, "\"/?v1[\"/]"))
                found.Add($"{file}: the version, outside PublicApi");
            if (!file.EndsWith("CatalogueHeaders.cs", StringComparison.Ordinal))
                found.AddRange(headers.Where(h => text.Contains($"\"{h}\"", StringComparison.OrdinalIgnoreCase)).Select(h => $"{file}: \"{h}\""));
        }

        Assert.True(found.Count == 0, "spelled out again instead of named:\n" + string.Join('\n', found));
    }
}
