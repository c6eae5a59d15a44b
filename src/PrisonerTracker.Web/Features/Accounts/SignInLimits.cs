using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// How often anyone may try to sign in, from configuration section <c>Workspace</c>: per client
/// address (a rate-limiting policy on the sign-in pages, answered 429 like the API's limits) and
/// per account (checked by <see cref="StaffSignIn"/>, so that guesses spread over many addresses
/// still meet a limit before lockout). Fixed one-minute windows.
/// </summary>
public sealed class SignInLimits(IConfiguration configuration)
{
    public const string AddressPolicy = "sign-in";

    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account, _ => PerMinute(configuration.GetValue("Workspace:SignInsPerAccountPerMinute", 10))));

    /// <summary>False when this account has had too many attempts this minute.</summary>
    public bool TryAcquireForAccount(string email)
    {
        using var lease = _perAccount.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    /// <summary>The per-address policy; only posts count, so reading the form costs nothing.</summary>
    public static void AddAddressPolicy(RateLimiterOptions options, IConfiguration configuration) =>
        options.AddPolicy(AddressPolicy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter($"sign-in:{context.Connection.RemoteIpAddress}",
                _ => PerMinute(configuration.GetValue("Workspace:SignInsPerAddressPerMinute", 30)))
            : RateLimitPartition.GetNoLimiter(""));

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
