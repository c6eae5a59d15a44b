using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Errors;

namespace PrisonerTracker.Web.Api.Writes;

/// <summary>
/// <c>Idempotency-Key</c> on POST: the first request runs and its successful answer is kept
/// for 24 hours per caller and key; a retry with the same body gets that answer again
/// (status, body, Location) and creates nothing; the same key with another body is refused
/// with 422. Failed requests are not kept, so they can be retried.
/// The key, the write and the kept answer commit in one transaction (the request's DbContext
/// is shared with the endpoint): a crash at any point leaves nothing behind, and a concurrent
/// retry waits on the key's row until the first request commits, then gets its answer.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext context, TrackerDbContext db, TimeProvider clock)
    {
        string? key = context.Request.Headers[Header];
        if (key is null || !HttpMethods.IsPost(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentMetadata>() is null)
        {
            await next(context);
            return;
        }
        if (key.Length is 0 or > 200 || !key.All(c => c is > ' ' and <= '~'))
        {
            await Problems.WriteAsync(context, Problems.Details(400, "The request is invalid.", $"{Header} must be 1 to 200 visible ASCII characters."));
            return;
        }

        var caller = context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value ?? "anonymous";
        var hash = await HashAsync(context.Request);
        var now = clock.GetUtcNow();
        var expired = now - Lifetime;
        var ct = context.RequestAborted;

        await db.IdempotencyRecords.Where(r => r.CreatedAt < expired).ExecuteDeleteAsync(ct);
        // Not replayed by the execution strategy (the endpoint inside cannot run twice): a lost connection
        // rolls everything back and is answered 503, and the client's retry with its key runs it again (ADR 16).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        int inserted;
        try
        {
            // A retry waits on the first request's row, but not for ever: each waiting retry holds a connection.
            await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '15s'", ct);
            inserted = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO idempotency_records (caller, key, request_hash, created_at) VALUES ({caller}, {key}, {hash}, {now}) ON CONFLICT DO NOTHING", ct);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout TO DEFAULT", ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await InProgressAsync(context);
            return;
        }
        if (inserted == 0)
        {
            await transaction.RollbackAsync(ct);
            await ReplayAsync(context, db, caller, key, hash);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (context.Response.StatusCode is >= 200 and < 300)
        {
            var status = context.Response.StatusCode;
            var contentType = context.Response.ContentType;
            string? location = context.Response.Headers.Location;
            var body = Encoding.UTF8.GetString(buffer.ToArray());
            // The key's row was inserted in this transaction: if the update finds no row, the transaction
            // ended under the endpoint (the connection broke and Npgsql noticed without throwing, crash
            // drill), so the write died with it. Checked by its effect, not by the exception's shape.
            int kept;
            try
            {
                kept = await db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key).ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.StatusCode, status).SetProperty(r => r.ContentType, contentType)
                    .SetProperty(r => r.Location, location).SetProperty(r => r.ResponseBody, body), ct);
                if (kept == 1) await transaction.CommitAsync(ct);
            }
            catch (InvalidOperationException e)
            {
                throw new TransactionLostException(e);
            }
            if (kept != 1) throw new TransactionLostException();
        }
        else
        {
            // Before the answer goes out, so a slow client does not keep the key locked.
            await transaction.RollbackAsync(CancellationToken.None);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, ct);
    }

    private static async Task ReplayAsync(HttpContext context, TrackerDbContext db, string caller, string key, string hash)
    {
        var first = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Caller == caller && r.Key == key, context.RequestAborted);
        if (first.RequestHash != hash)
        {
            await Problems.WriteAsync(context, Problems.Details(422, "Idempotency-Key reused.",
                $"This {Header} was already used with a different request; use a new key for a new request."));
            return;
        }
        if (first.StatusCode is not { } status)
        {
            // Only a row from before answers were kept in the same transaction can lack one: free the key.
            await db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key).ExecuteDeleteAsync(context.RequestAborted);
            await InProgressAsync(context);
            return;
        }
        context.Response.StatusCode = status;
        if (first.ContentType is not null) context.Response.ContentType = first.ContentType;
        if (first.Location is not null) context.Response.Headers.Location = first.Location;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.WriteAsync(first.ResponseBody ?? "", context.RequestAborted);
    }

    private static Task InProgressAsync(HttpContext context)
    {
        context.Response.Headers.RetryAfter = "1";
        return Problems.WriteAsync(context, Problems.Details(409, "Request in progress.",
            $"A request with this {Header} is still being processed; retry shortly."));
    }

    /// <summary>Method, path and body: what makes two requests "the same".</summary>
    private static async Task<string> HashAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method}\n{request.Path}\n"));
        var chunk = new byte[16384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0) sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
