namespace PrisonerTracker.Web.Tests.Support;

/// <summary>Folders of the repository the tests run from (found by walking up to the solution file).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "PrisonerTracker.Web");

    /// <summary>Screenshots and reports: <c>TRACKER_TEST_ARTIFACTS</c>, else artifacts/test (gitignored).</summary>
    public static string Artifacts =>
        Environment.GetEnvironmentVariable("TRACKER_TEST_ARTIFACTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Root, "artifacts", "test");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PrisonerTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No PrisonerTracker.sln above {AppContext.BaseDirectory}.");
    }
}
