using Npgsql;

namespace PrisonerTracker.Web.Errors;

/// <summary>
/// Failures that mean "the database cannot answer right now", not "this request is wrong": the
/// server is down or restarting, refuses connections, has too many, or cancelled a statement that
/// ran too long. They are answered 503 with Retry-After, so clients and proxies wait and retry
/// instead of treating a passing outage as a bug.
/// </summary>
public static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    private static readonly HashSet<string> UnavailableStates =
    [
        PostgresErrorCodes.AdminShutdown, PostgresErrorCodes.CrashShutdown, PostgresErrorCodes.CannotConnectNow,
        PostgresErrorCodes.TooManyConnections, PostgresErrorCodes.QueryCanceled, PostgresErrorCodes.ConnectionFailure,
        PostgresErrorCodes.SqlClientUnableToEstablishSqlConnection,
    ];

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is PostgresException postgres) return UnavailableStates.Contains(postgres.SqlState);
            if (e is NpgsqlException { IsTransient: true } or TimeoutException or TransactionLostException) return true;
            if (e is NpgsqlException { InnerException: System.Net.Sockets.SocketException or IOException }) return true;
        }
        return false;
    }

    public static void AddRetryAfter(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
