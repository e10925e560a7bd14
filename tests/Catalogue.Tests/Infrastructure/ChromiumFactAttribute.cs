namespace Catalogue.Tests.Infrastructure;

/// <summary>A fact that needs headless Chromium; skipped, saying why, where it is not installed (xunit 2 has no runtime skip).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
            Skip = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium); this browser test needs it.";
    }
}
