using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>Every log event with its exception and properties, as a console, file or structured sink would write it.</summary>
public sealed class CapturedLog : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>The messages, string values unquoted (as the console output template writes them).</summary>
    // Properties too: a structured sink (JSON, Seq) writes every one of them, not just the message.
    public string Text => string.Join('\n', _events.Select(e =>
        $"{e.Level} {e.RenderMessage()} {e.Exception} " + string.Join(' ', e.Properties.Select(p => $"{p.Key}={p.Value}")))).Replace("\"", "");

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
