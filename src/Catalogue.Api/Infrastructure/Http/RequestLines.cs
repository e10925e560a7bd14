namespace Catalogue.Api.Infrastructure.Http;

/// <summary>
/// The longest request line (method, path and query, version) Kestrel reads; a longer one it answers 414 itself,
/// with an empty body, before the application sees it. Kestrel's default, 8 KiB, kept away from the validators every
/// query whose text is long once percent-encoded: a cursor one character too long in a non-Latin script (2,049
/// three-byte characters are 18 KiB encoded), 3,000 emoji (36 KiB), even the ids list at its documented 20,100
/// characters; each of those must be a 400 naming the parameter. 64 KiB takes every parameter at its bound in any
/// script, and a cursor many times too long; a line longer still keeps Kestrel's empty 414.
/// </summary>
public static class RequestLines
{
    public const int MaxBytes = 64 * 1024;

    public static void LimitRequestLines(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = MaxBytes);
}
