using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PrisonerTracker.Web.Features.ApiKeys;

namespace PrisonerTracker.Web.Api.Access;

/// <summary>
/// <c>Authorization: Bearer pt_…</c>: a valid key signs the request in as its label, with its
/// role and organisation. Failures answer 401 problem details with <c>WWW-Authenticate: Bearer</c>.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";
    public const string KeyIdClaim = "api_key_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.Fail("Only Bearer API keys are accepted.");

        var key = await keys.AuthenticateAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("The API key is not valid or was revoked.");

        var identity = new ClaimsIdentity(
        [
            new Claim(KeyIdClaim, key.Id.ToString()),
            // The audit log names actors by this claim; signed-in staff carry their account id in it.
            new Claim(ClaimTypes.NameIdentifier, $"api-key:{key.Id}"),
            new Claim(ClaimTypes.Name, key.Name),
            new Claim(ClaimTypes.Role, key.Role.ToString()),
            new Claim(Viewer.OrganisationClaim, key.OrganisationId.ToString()),
            new Claim(Viewer.AuthorClaim, key.AuthorId),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        // Only say "invalid" when a key was sent: a missing key is not an invalid one.
        Response.Headers.WWWAuthenticate = result.Failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await Problems.WriteAsync(Context, Problems.Details(StatusCodes.Status401Unauthorized, "Authentication required.",
            result.Failure is null
                ? "Send an API key as 'Authorization: Bearer <key>'."
                : "The API key is not valid or was revoked."));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        Problems.WriteAsync(Context, Problems.Details(StatusCodes.Status403Forbidden, "Not allowed for this key's role.",
            "This operation needs a role the API key does not have."));
}
