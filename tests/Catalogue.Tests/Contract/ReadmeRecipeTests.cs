using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Catalogue.Tests.Infrastructure;

namespace Catalogue.Tests.Contract;

/// <summary>
/// Runs the README's curl recipes, as written, with bash and curl against the API served by Kestrel on the seeded
/// catalogue. Only the placeholders a reader fills in are replaced: the address, the keys, and the cursor of the
/// page before.
/// </summary>
public class ReadmeRecipeTests(SeededCatalogueFixture catalogue) : IClassFixture<SeededCatalogueFixture>
{
    [Fact]
    public async Task The_using_the_api_recipes_return_films_and_the_etag_recipe_answers_304()
    {
        var run = await RunAsync(Block("## Using the API"));

        var first = run.First(c => c.Command.StartsWith("curl"));
        Assert.Contains("/v1/films?", first.Command);
        Assert.NotEmpty(JsonDocument.Parse(first.Output).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("304", run.Single(c => c.Command.Contains("If-None-Match")).Output.Trim());
        // Only the recipe that shows an error is one.
        var problems = run.Where(c => IsProblem(c.Output)).ToList();
        Assert.Equal(["curl -s \"$API/v1/films?limit=500&sort=popularity\""], problems.Select(c => c.Command));
        Assert.All(run, c => Assert.Equal(0, c.ExitCode));
    }

    [Fact]
    public async Task The_partner_recipes_take_a_snapshot_and_read_the_feed_after_it()
    {
        var key = await ApiKeys.CreateAsync(catalogue.ConnectionString, "readme-partner", "export");
        var run = await RunAsync(Block("### Take a snapshot, then stay in sync"), key);

        Assert.All(run, c => Assert.Equal(0, c.ExitCode));
        Assert.DoesNotContain(run, c => IsProblem(c.Output));
        Assert.Matches("(?i)catalogue-changes-cursor: [0-9]+", string.Concat(run.Select(c => c.Output)));
        Assert.Contains("\"items\"", run[^1].Output);
    }

    [Fact]
    public async Task The_curation_recipes_take_the_etag_from_a_head_and_every_write_succeeds()
    {
        var key = await ApiKeys.CreateAsync(catalogue.ConnectionString, "readme-curator", "curate");
        var run = await RunAsync(Block("### Correct a fact"), key);

        Assert.All(run, c => Assert.Equal(0, c.ExitCode));
        Assert.All(run.Where(c => c.Command.Contains("-X ")), c => Assert.False(IsProblem(c.Output), $"{c.Command} answered {c.Output}"));
        Assert.Contains("White Helmets dig for survivors", run.Single(c => c.Command.Contains("PATCH")).Output);
        Assert.Contains("\"minutes\":104", run.Single(c => c.Command.Contains("/runtimes")).Output);
        Assert.Contains("\"slug\":\"the-cave-2019\"", run[^1].Output);
    }

    private sealed record Recipe(string Command, string Output, int ExitCode);

    private static bool IsProblem(string output)
    {
        try
        {
            var root = JsonDocument.Parse(output).RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("status", out _) && root.TryGetProperty("type", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The first bash block after <paramref name="heading"/>, as lines with continuations joined.</summary>
    private static List<string> Block(string heading)
    {
        var readme = File.ReadAllText(RepositoryRoot.File("README.md"));
        var start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no '{heading}'");
        var open = readme.IndexOf("```bash\n", start, StringComparison.Ordinal) + "```bash\n".Length;
        var code = readme[open..readme.IndexOf("\n```", open, StringComparison.Ordinal)];
        return code.Replace("\\\n", " ").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }

    /// <summary>Runs the lines in one shell (variables carry over as for a reader), each one's output captured apart.</summary>
    private async Task<List<Recipe>> RunAsync(List<string> lines, string? key = null)
    {
        var port = HeadlessChromium.FreePort();
        await using var factory = new ApiFactory(catalogue.ConnectionString);
        factory.UseKestrel(port);
        factory.StartServer();
        var work = Directory.CreateTempSubdirectory("catalogue-readme-");
        try
        {
            // Every block after the first uses the $API the first one set.
            var script = new StringBuilder($"set -u\nAPI=http://127.0.0.1:{port}\n");
            for (var i = 0; i < lines.Count; i++)
            {
                var command = lines[i];
                if (command.StartsWith("API=")) command = $"API=http://127.0.0.1:{port}";
                if (command.StartsWith("KEY=")) command = $"KEY={key}";
                // A reader pastes the previous page's nextCursor where the recipe says <nextCursor>.
                command = command.Replace("<nextCursor>", $"$(grep -o '\"nextCursor\":\"[^\"]*\"' out.{i - 1} | cut -d'\"' -f4)");
                script.Append($"{{ {command}\n}} > out.{i} 2> err.{i}; echo $? > rc.{i}\n");
            }
            var bash = Process.Start(new ProcessStartInfo("bash", ["-c", script.ToString()]) { WorkingDirectory = work.FullName })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await bash.WaitForExitAsync(timeout.Token);

            return lines.Select((line, i) =>
            {
                var error = File.ReadAllText(Path.Combine(work.FullName, $"err.{i}"));
                Assert.True(error.Length == 0, $"'{line}' wrote to stderr: {error}");
                return new Recipe(line, File.ReadAllText(Path.Combine(work.FullName, $"out.{i}")),
                    int.Parse(File.ReadAllText(Path.Combine(work.FullName, $"rc.{i}")).Trim()));
            }).ToList();
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
