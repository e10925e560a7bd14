using System.CommandLine;
using Catalogue.Seeding.Documents;
using Spectre.Console;

namespace Catalogue.Seeding;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var parsed = CommandLine.Build().Parse(args, CommandLine.Parsing);
        if (Console.IsOutputRedirected)
        {
            // Plain text for logs and pipes: no colour codes, tables drawn in ASCII.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(Console.Out),
            });
        }
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancellation.Cancel(); };

        try
        {
            if (parsed.Errors.Count > 0) return CommandLine.PrintUsage(2);
            // Exceptions come here (one line and an exit code each), and Ctrl-C is handled above.
            return await parsed.InvokeAsync(
                new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null },
                cancellation.Token);
        }
        catch (SettingsException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (DatabaseUnreachableException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 3;
        }
        catch (Exception e) when (DatabaseUnreachableException.TryExplain(e, out var explained))
        {
            // A database failure no step explained (the connection lost between steps): still one line, never a crash.
            Console.Error.WriteLine($"error: {explained.Message}");
            return 3;
        }
        catch (SeedingLockTimeoutException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 4;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("cancelled; documents already applied stay applied, the rest are applied by the next run.");
            return 130;
        }
    }
}
