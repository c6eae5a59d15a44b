using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Access;
using PrisonerTracker.Web.Features.Accounts;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Staff sign-in for the workspace: ASP.NET Core Identity over the tracker's database, its cookie
/// beside the API's Bearer keys (the API never accepts the cookie), and the Data Protection key
/// ring in PostgreSQL so that cookies and tokens survive restarts and work on every instance.
/// </summary>
public static class IdentitySetup
{
    public const string ApplicationName = "PrisonerTracker";

    /// <summary>The staff session cookie; requests carrying it read from the primary (ADR 17).</summary>
    public const string StaffCookie = "pt_staff";

    public static WebApplicationBuilder AddTrackerIdentity(this WebApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<TrackerDbContext>();
        builder.Services.AddIdentityCore<StaffUser>(options =>
            {
                // Length is what makes a password strong; composition rules only make it harder to remember.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<TrackerDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>();
        builder.Services.AddAuthentication().AddIdentityCookies();
        builder.Services.Configure<IdentityPasskeyOptions>(options =>
        {
            // The relying party's domain: the public host name in production (a passkey works only there and on
            // its subdomains). Unset, the request's host is used, which is what a developer's localhost needs.
            options.ServerDomain = builder.Configuration["Workspace:PasskeyServerDomain"] is { Length: > 0 } domain ? domain : null;
            // The authenticator must verify the person (fingerprint, face, PIN): that is what lets a passkey stand for two factors.
            options.UserVerificationRequirement = "required";
            options.ResidentKeyRequirement = "required";
        });

        // Plain HTTP (cookies without Secure) only on a developer's machine, or where the operator says so for a
        // loopback-only test server (Workspace:AllowPlainHttp; the browser tests serve http://localhost, which
        // Chromium treats as secure, because Web Authentication refuses a site whose certificate it cannot trust).
        var development = builder.Environment.IsDevelopment() || builder.Configuration.GetValue("Workspace:AllowPlainHttp", false);
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = StaffCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/workspace/signin";
            options.LogoutPath = "/workspace/signout";
            // A signed-in user without the role gets a plain 403, not a redirect to a page that would loop.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        builder.Services.ConfigureExternalCookie(options => ConfigureShortCookie(options.Cookie, development));
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorUserIdScheme, options => ConfigureShortCookie(options.Cookie, development));
        builder.Services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorRememberMeScheme, options => ConfigureShortCookie(options.Cookie, development));
        // Disabling a user (a new security stamp) signs every session out within this interval.
        builder.Services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = TimeSpan.FromSeconds(builder.Configuration.GetValue("Workspace:SessionCheckSeconds", 60));
            options.OnRefreshingPrincipal = PasskeySession.KeepAuthenticationMethod;
        });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "pt_antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        builder.Services.AddAuthorization(WorkspacePolicies.Add);
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(WorkspacePolicies.Apply);
        builder.Services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(
            options => SignInLimits.AddAddressPolicy(options, builder.Configuration));
        builder.Services.AddScoped<SecurityEvents>();
        builder.Services.AddScoped<StaffAccounts>();
        builder.Services.AddScoped<StaffSignIn>();
        builder.Services.AddScoped<TwoFactorRules>();
        builder.Services.AddScoped<TwoFactorEnrolment>();
        builder.Services.AddScoped<StaffPasskeys>();
        builder.Services.AddSingleton<SignInLimits>();
        return builder;
    }

    private static void ConfigureShortCookie(CookieBuilder cookie, bool development)
    {
        cookie.HttpOnly = true;
        cookie.SameSite = SameSiteMode.Strict;
        cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }
}
