using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;

namespace PrisonerTracker.Web.Localization;

/// <summary>
/// The languages of the public pages. Neutral cultures ("es", not "es-VE") so that one
/// translation serves every Spanish-speaking reader; dates and numbers still follow the
/// culture's formats. Anything that matches neither language falls back to English.
/// </summary>
public static class TrackerCultures
{
    public const string English = "en";
    public const string Spanish = "es";
    public const string Default = English;

    public static IReadOnlyList<string> Supported { get; } = [English, Spanish];

    public static bool IsSupported(string? culture) =>
        culture is not null && Supported.Contains(culture, StringComparer.OrdinalIgnoreCase);

    public static IServiceCollection AddTrackerLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddRazorPages()
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            // Validation messages of any page's input model are looked up in the shared resources.
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // Query string (?culture=es, handy for links shared by journalists), then the cookie set by
            // the language switch, then Accept-Language: the default providers, in that order.
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        // Write "Español", not "Espa&#xF1;ol": Spanish pages stay readable in source and smaller on the wire.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<CultureSwitch>();
        return services;
    }

    /// <summary>
    /// Pages only: the API answers the same bytes whatever the caller's Accept-Language, so
    /// CSV and JSON never change their number or date format with the reader's language.
    /// </summary>
    public static IApplicationBuilder UseTrackerLocalization(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), pages => pages
            .Use(VaryByLanguage)
            .UseRequestLocalization());

    /// <summary>A page's language comes from Accept-Language or the switch's cookie: a shared cache must key on both.</summary>
    private static Task VaryByLanguage(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Accept-Language, Cookie");
            return Task.CompletedTask;
        });
        return next(context);
    }
}
