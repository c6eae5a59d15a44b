using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>An uploaded file between its preview and the user's confirmation, and afterwards its result.</summary>
public sealed record PendingImport(string Owner, ImportKind Kind, ImportUpload Upload)
{
    public ImportPreview? Result { get; set; }
}

/// <summary>
/// Uploads waiting for confirmation on the workspace pages, held in this server's memory for 30 minutes
/// under a random id and only for the account that uploaded them (nothing is written to the database
/// before confirmation). Behind several instances the confirmation must reach the same one (sticky
/// sessions); otherwise the page asks to upload again.
/// </summary>
public sealed class PendingImports : IDisposable
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20L * ImportUpload.MaxBytes });

    public string Add(string owner, ImportKind kind, ImportUpload upload)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        _cache.Set(id, new PendingImport(owner, kind, upload),
            new MemoryCacheEntryOptions { Size = Math.Max(1, upload.Content.Length), SlidingExpiration = Lifetime });
        return id;
    }

    /// <summary>Null when unknown, expired, or uploaded by another account.</summary>
    public PendingImport? Find(string? id, string owner) =>
        id is not null && _cache.TryGetValue(id, out PendingImport? pending) && pending!.Owner == owner ? pending : null;

    public void Dispose() => _cache.Dispose();
}
