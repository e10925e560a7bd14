using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Catalogue.Tests.Infrastructure;

/// <summary>Loads a page in headless Chromium and returns the DOM after its scripts have run.</summary>
public static class HeadlessChromium
{
    public static async Task<string> DumpDomAsync(string url, TimeSpan timeout)
    {
        var profile = Directory.CreateTempSubdirectory("catalogue-chromium-");
        try
        {
            var start = new ProcessStartInfo(ChromiumFactAttribute.ChromiumPath,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={profile.FullName}", "--virtual-time-budget=10000",
                "--dump-dom", url,
            ])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var dom = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish loading {url} within {timeout}.");
            }
            return await dom;
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
