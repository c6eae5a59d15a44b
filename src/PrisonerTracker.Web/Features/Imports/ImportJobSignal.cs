namespace PrisonerTracker.Web.Features.Imports;

/// <summary>Wakes this instance's worker when a job is queued here, instead of waiting for its next look at the table.</summary>
public sealed class ImportJobSignal
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        try { _wake.Release(); }
        catch (SemaphoreFullException) { /* already awake */ }
    }

    /// <summary>False when the wait ran out (time for the worker's regular look at the table).</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _wake.WaitAsync(timeout, ct);
}

public static class ImportJobServices
{
    /// <summary>Uploads and import jobs live in the database; every instance runs the queued ones (ADR 19).</summary>
    public static IServiceCollection AddImportJobs(this IServiceCollection services) => services
        .AddScoped<ImportJobs>()
        .AddSingleton<ImportJobSignal>()
        .AddHostedService<ImportJobWorker>();
}
