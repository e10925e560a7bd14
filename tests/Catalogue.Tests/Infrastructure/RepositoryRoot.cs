namespace Catalogue.Tests.Infrastructure;

public static class RepositoryRoot
{
    public static readonly string Path = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Catalogue.sln"))) return dir.FullName;
        throw new InvalidOperationException("Catalogue.sln not found above the test binaries.");
    }
}
