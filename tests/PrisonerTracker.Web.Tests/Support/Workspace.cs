using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Infrastructure.Access;

namespace PrisonerTracker.Web.Tests.Support;

/// <summary>
/// Staff accounts and signed-in HTTP clients for workspace tests. Clients talk HTTPS to the test
/// server (the sign-in cookie is Secure outside Development) and keep cookies like a browser.
/// </summary>
public static partial class Workspace
{
    public const string Password = "correct horse battery staple";

    public static HttpClient CreateBrowserLikeClient(this WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// A user of the first demo organisation (or a new one), with <see cref="Password"/>. Reviewers and
    /// admins must use two-factor sign-in: unless <paramref name="twoFactor"/> says otherwise, theirs is
    /// set up, and <see cref="SignInAsync"/> completes it with a code from <see cref="AuthenticatorKey"/>.
    /// </summary>
    public static async Task<StaffUser> CreateUserAsync(this WebApplicationFactory<Program> app, string email, string role = "Editor", bool? twoFactor = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.TrackerDbContext>();
        var organisation = await db.Organisations.OrderBy(o => o.Name).FirstOrDefaultAsync();
        if (organisation is null)
        {
            organisation = new Domain.Organisations.Organisation("Test NGO", Domain.Common.OrganisationKind.Ngo);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser(email, organisation.Id, role);
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (twoFactor ?? role != "Editor")
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            Keys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        return user;
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new();

    /// <summary>The shared key of a user made with two-factor by <see cref="CreateUserAsync"/>.</summary>
    public static string AuthenticatorKey(string email) => Keys[email];

    /// <summary>
    /// Posts the sign-in form as a browser does (with the form's antiforgery token); for a user with
    /// two-factor, also the code step. The response is the last step's.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.PostFormAsync("/workspace/signin", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.Headers.Location?.ToString().StartsWith("/workspace/signin/two-factor", StringComparison.Ordinal) != true) return response;
        var step = response.Headers.Location.ToString();
        return await client.PostFormAsync(step, new() { ["Input.Code"] = Totp.Code(Keys[email], DateTimeOffset.UtcNow) }, step);
    }

    /// <summary>GETs <paramref name="page"/>, then posts its form with the token the page rendered.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = Token(html);
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(fields));
    }

    public static string Token(string html) =>
        WebUtility.HtmlDecode(TokenField().Match(html) is { Success: true } m ? m.Groups["token"].Value : throw new InvalidOperationException("The page has no antiforgery token."));

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)""")]
    private static partial Regex TokenField();
}
