using System.Diagnostics;
using PrisonerTracker.Testing;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>Runs the app's executable as an operator would: as the app role, with the owner role for migrations, and the test keys.</summary>
public static class CommandLine
{
    public static async Task<(int ExitCode, string Output)> RunAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PrisonerTracker.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Tracker"] = database.AppConnectionString;
        start.Environment["ConnectionStrings__TrackerOwner"] = database.ConnectionString;
        foreach (var (name, value) in settings ?? TestKeys.Settings) start.Environment[name.Replace(":", "__")] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
