namespace Catalogue.Seeding;

/// <summary>The verb and its options, parsed without a framework: the surface is small.</summary>
public sealed record CommandLine(string Verb, IReadOnlyDictionary<string, string?> Options, IReadOnlyList<string> Arguments)
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

    public static CommandLine Parse(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var arguments = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) { arguments.Add(args[i]); continue; }
            var name = args[i][2..];
            var separator = name.IndexOf('=');
            if (separator >= 0) options[name[..separator]] = name[(separator + 1)..];
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) options[name] = args[++i];
            else options[name] = null;
        }
        return new CommandLine(args.Length > 0 ? args[0] : "", options, arguments);
    }

    public bool Has(string option) => Options.ContainsKey(option);

    public string? Value(string option) => Options.GetValueOrDefault(option);
}
