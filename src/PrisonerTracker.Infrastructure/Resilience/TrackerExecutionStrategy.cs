using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace PrisonerTracker.Infrastructure.Resilience;

/// <summary>
/// Npgsql's retrying strategy (a backend killed with <c>pg_terminate_backend</c>, a restart, too many
/// connections) with two differences (ADR 16):
/// <list type="bullet">
/// <item>Inside a transaction the caller began without the strategy (the API's Idempotency-Key transaction
/// wraps the whole endpoint, which cannot be replayed) an operation runs once instead of being refused:
/// a failure there aborts the transaction and is answered 503, and the client retries with its key.
/// Transactions the code can replay as a unit (an audited save, rebuilds, key rotation, the demo load)
/// begin inside <see cref="IExecutionStrategy.ExecuteAsync{TState,TResult}"/> and are retried whole.</item>
/// <item>An unreachable server (refused, timed out) is not retried: an outage is answered 503 at once.</item>
/// <item>Before a retry after a lost connection the pool is emptied: a terminated backend rarely dies
/// alone, and its idle siblings in the pool would otherwise use up the retries one by one.</item>
/// </list>
/// </summary>
public sealed class TrackerExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, ConnectionLostStates)
{
    public const int MaxRetries = 4;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <summary>Server states that mean "this session is gone, a new one will do": shutdown, crash, starting up.</summary>
    private static readonly string[] ConnectionLostStates =
        [PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow];

    private DbContext Context => Dependencies.CurrentContext.Context;

    private bool InCallersTransaction => Context.Database.CurrentTransaction is not null;

    public override TResult Execute<TState, TResult>(TState state, Func<DbContext, TState, TResult> operation,
        Func<DbContext, TState, ExecutionResult<TResult>>? verifySucceeded) =>
        InCallersTransaction ? operation(Context, state) : base.Execute(state, operation, verifySucceeded);

    public override Task<TResult> ExecuteAsync<TState, TResult>(TState state,
        Func<DbContext, TState, CancellationToken, Task<TResult>> operation,
        Func<DbContext, TState, CancellationToken, Task<ExecutionResult<TResult>>>? verifySucceeded,
        CancellationToken cancellationToken = default) =>
        InCallersTransaction
            ? operation(Context, state, cancellationToken)
            : base.ExecuteAsync(state, operation, verifySucceeded, cancellationToken);

    /// <summary>
    /// Not when the server cannot be reached at all (connection refused, a timeout): that is an outage,
    /// answered 503 with Retry-After at once rather than after every retry's wait; nor a statement that
    /// ran out of time, which would only run out of time again.
    /// </summary>
    protected override bool ShouldRetryOn(Exception? exception) => !Unreachable(exception) && base.ShouldRetryOn(exception);

    private static bool Unreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is System.Net.Sockets.SocketException or TimeoutException) return true;
        return false;
    }

    protected override void OnRetry()
    {
        if (ExceptionsEncountered.LastOrDefault() is { } last && ConnectionLost(last)
            && Context.Database.GetDbConnection() is NpgsqlConnection connection)
            NpgsqlConnection.ClearPool(connection);
        base.OnRetry();
    }

    private static bool ConnectionLost(Exception exception) => exception switch
    {
        PostgresException postgres => ConnectionLostStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException => true,
        _ => exception.InnerException is { } inner && ConnectionLost(inner),
    };
}
