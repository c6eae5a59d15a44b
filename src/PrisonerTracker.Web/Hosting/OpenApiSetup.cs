using Swashbuckle.AspNetCore.SwaggerGen;

namespace PrisonerTracker.Web.Hosting;

internal static class OpenApiSetup
{
    public static void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc("v1", new()
        {
            Title = "PrisonerTracker API",
            Version = "v1",
            Description = "Official claims about releases of political prisoners, next to what was independently verified.",
        });
        OpenApiEnums.Map(options);
        var xml = Path.Combine(AppContext.BaseDirectory, "PrisonerTracker.Web.xml");
        if (File.Exists(xml)) options.IncludeXmlComments(xml);
    }
}
