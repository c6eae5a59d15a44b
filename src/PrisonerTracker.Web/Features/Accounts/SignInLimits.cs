using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using PrisonerTracker.Web.Hosting.ScaleOut;
using StackExchange.Redis;

namespace PrisonerTracker.Web.Features.Accounts;

/// <summary>
/// How often anyone may try to sign in, from configuration section <c>Workspace</c>: per client
/// address (a rate-limiting policy on the sign-in pages, answered 429 like the API's limits) and
/// per account (checked by <see cref="StaffSignIn"/>, so that guesses spread over many addresses
/// still meet a limit before lockout). Fixed one-minute windows, shared by every instance when
/// Redis is configured (<see cref="SharedRateLimits"/>).
/// </summary>
public sealed class SignInLimits(IConfiguration configuration, IServiceProvider services)
{
    public const string AddressPolicy = "sign-in";

    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(account =>
        SharedRateLimits.PerMinute(services.GetService<IConnectionMultiplexer>(), $"sign-in-account:{account}",
            configuration.GetValue("Workspace:SignInsPerAccountPerMinute", 10)));

    /// <summary>False when this account has had too many attempts this minute.</summary>
    public async Task<bool> TryAcquireForAccountAsync(string email)
    {
        // Hashed: the counter's key may sit in Redis, which need not learn staff addresses.
        var account = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant())));
        using var lease = await _perAccount.AcquireAsync(account);
        return lease.IsAcquired;
    }

    /// <summary>The per-address policy; only posts count, so reading the form costs nothing.</summary>
    public static void AddAddressPolicy(RateLimiterOptions options, IConfiguration configuration) =>
        options.AddPolicy(AddressPolicy, context => HttpMethods.IsPost(context.Request.Method)
            ? SharedRateLimits.PerMinute(context.RequestServices.GetService<IConnectionMultiplexer>(),
                $"sign-in:{context.Connection.RemoteIpAddress}", configuration.GetValue("Workspace:SignInsPerAddressPerMinute", 30))
            : RateLimitPartition.GetNoLimiter(""));
}
