using System.Diagnostics;
using System.Text;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// A server or tool started by the scale-out tests: its output kept for the failure message,
/// the whole process tree killed on dispose. As root, PostgreSQL's programs run as the
/// <c>postgres</c> system user (they refuse root), as scripts/lib.sh does.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ChildProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        bool asPostgres = false, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && Environment.UserName == "root")
        {
            start.FileName = "runuser";
            foreach (var prefix in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(prefix);
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start."));
    }

    /// <summary>Runs a tool to its end; throws with its output when it fails.</summary>
    public static async Task RunAsync(string program, IEnumerable<string> arguments, bool asPostgres = false)
    {
        using var tool = Start(program, arguments, asPostgres: asPostgres);
        await tool._process.WaitForExitAsync();
        if (tool._process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed ({tool._process.ExitCode}):\n{tool.Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }
}
