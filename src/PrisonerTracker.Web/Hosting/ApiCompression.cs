using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Brotli or gzip for the API's JSON and CSV, which shrink five- to tenfold (a CSV export of
/// 20,000 people is about 7 MB). The output cache sits outside it, so a cached answer is stored
/// compressed, once per encoding (the cache varies by Accept-Encoding), and not compressed again.
/// HTML pages are left alone: they can carry an antiforgery token beside text a reader typed,
/// the mix a compression side channel (BREACH) needs.
/// </summary>
public static class ApiCompression
{
    public static IServiceCollection AddApiCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // API keys travel in headers, not cookies, so a third-party page cannot make a browser send them.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["application/json", "text/csv"];
        });
        // Fastest: on a busy server the CPU matters more than the last few percent of size.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }
}
