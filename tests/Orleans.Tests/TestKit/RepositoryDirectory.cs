namespace Orleans.Tests.TestKit;

/// <summary>The repository's root (the folder of Orleans.sln), found from the test binaries.</summary>
public static class RepositoryDirectory
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Orleans.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Orleans.sln not found above the test binaries.");
    }
}
