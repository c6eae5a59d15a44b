namespace PrisonerTracker.Web.Errors;

/// <summary>
/// A transaction ended under the code that opened it: the connection broke (PostgreSQL crashed or the
/// backend was terminated) at a moment when Npgsql noticed without throwing, so the next statement
/// finds the transaction "already completed". Nothing in it was committed: an outage, answered 503.
/// </summary>
public sealed class TransactionLostException(Exception? inner = null)
    : Exception("The database transaction ended before the request could finish; nothing was committed.", inner);
