using PrisonerTracker.Web.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

// "dotnet PrisonerTracker.Web.dll -- create-admin …": a "--" that separates the app's arguments is not one of them.
if (args.Length > 0 && args[0] == "--") args = args[1..];

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddTracker();
    var app = builder.Build();

    // "migrate", "seed-demo", "generate …": maintenance commands share the app's configuration.
    if (args.Length > 0 && Commands.IsCommand(args[0]))
        return await Commands.RunAsync(app, args);

    app.UseTracker();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "PrisonerTracker stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public so that integration tests can host the app.</summary>
public partial class Program;
