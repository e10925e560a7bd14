using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Catalogue.Seeding.Commands;

namespace Catalogue.Seeding;

/// <summary>
/// The verbs and their options, parsed by System.CommandLine. Options not listed are ignored, an option's value may
/// be left out (the command then says what it needs), and any parse error prints <see cref="Usage"/> and exits 2.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: Catalogue.Seeding <command> [options]

        Commands:
          migrate                      apply pending schema migrations
          seed [--documents DIR]       migrate, then add or update every document of DIR (default: seeds/);
                                       documents stored from other folders are left alone
               [--prune]               also remove stored documents DIR no longer holds, with the facts only they gave
               [--dry-run]             show what would change, write nothing
               [--report FILE]         write a JSON report of the run
               [--strict]              exit 1 when any document was rejected
               [--wait-timeout SECONDS]
                                       wait at most this long for another run's lock (default: as long as it runs);
                                       exit 4 when it is still held
          read FILE [FILE...]          show what the extractor reads from documents (facts, rules, confidence); no database
               [--layout]              also show the blocks each document was read into
          keys create --name NAME --scopes export,curate
                                       create an API key; it is printed once and stored only as a hash
          keys list                    list keys (name, prefix, scopes, created, revoked)
          keys revoke --name NAME      revoke a key

        The database is named by ConnectionStrings__Catalogue (environment) or appsettings.json.
        Exit codes: 0 done, 1 --strict and a document was rejected, 2 bad arguments or configuration,
        3 the database is unreachable or went away (rerunning is safe), 4 --wait-timeout ran out.
        """;

    /// <summary>No response files (<c>@FILE</c> is a file name like any other).</summary>
    public static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    public static RootCommand Build()
    {
        var root = new RootCommand("Migrates and seeds the documentary catalogue.");
        // Only --help and -h, at the top level, print the usage; no directives, no --version.
        root.Options.Clear();
        root.Directives.Clear();
        root.Options.Add(new HelpOption("--help", ["-h"]) { Recursive = false, Action = new UsageAction(0) });

        var migrate = Verb("migrate");
        migrate.SetAction((_, cancellationToken) => MigrateCommand.RunAsync(SeedingSettings.Load(), cancellationToken));

        var documents = Value("--documents");
        var prune = Flag("--prune");
        var dryRun = Flag("--dry-run");
        var report = Value("--report");
        var strict = Flag("--strict");
        var waitTimeout = Value("--wait-timeout");
        var seed = Verb("seed", documents, prune, dryRun, report, strict, waitTimeout);
        seed.SetAction((parsed, cancellationToken) => SeedCommand.RunAsync(SeedingSettings.Load(), new SeedArguments(
            Documents: parsed.GetValue(documents),
            Prune: parsed.GetValue(prune),
            DryRun: parsed.GetValue(dryRun),
            Report: parsed.GetValue(report),
            Strict: parsed.GetValue(strict),
            // Named without a number, it is still named: the command says what it takes.
            WaitTimeout: parsed.GetResult(waitTimeout) is null ? null : parsed.GetValue(waitTimeout) ?? ""), cancellationToken));

        var keyAction = new Argument<string?>("action") { Arity = ArgumentArity.ZeroOrOne };
        var name = Value("--name");
        var scopes = Value("--scopes");
        var keys = Verb("keys", name, scopes);
        keys.Arguments.Add(keyAction);
        keys.SetAction((parsed, cancellationToken) => KeysCommand.RunAsync(SeedingSettings.Load(),
            parsed.GetValue(keyAction), parsed.GetValue(name), parsed.GetValue(scopes), cancellationToken));

        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.ZeroOrMore };
        var layout = Flag("--layout");
        var read = Verb("read", layout);
        read.Arguments.Add(files);
        read.SetAction((parsed, cancellationToken) =>
            ReadCommand.RunAsync(parsed.GetValue(files) ?? [], parsed.GetValue(layout), cancellationToken));

        var help = Verb("help");
        help.Action = new UsageAction(0);

        foreach (var verb in new[] { migrate, seed, keys, read, help }) root.Subcommands.Add(verb);
        return root;
    }

    private static Command Verb(string name, params Option[] options)
    {
        var command = new Command(name) { TreatUnmatchedTokensAsErrors = false };
        foreach (var option in options) command.Options.Add(option);
        return command;
    }

    private static Option<string?> Value(string name) => new(name) { Arity = ArgumentArity.ZeroOrOne };

    private static Option<bool> Flag(string name) => new(name) { Arity = ArgumentArity.Zero };

    /// <summary>Prints the usage: on standard output when asked for (exit 0), on standard error otherwise.</summary>
    public static int PrintUsage(int exitCode)
    {
        (exitCode == 0 ? Console.Out : Console.Error).WriteLine(Usage);
        return exitCode;
    }

    private sealed class UsageAction(int exitCode) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult) => PrintUsage(exitCode);
    }
}
