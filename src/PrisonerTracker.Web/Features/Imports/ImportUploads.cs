namespace PrisonerTracker.Web.Features.Imports;

/// <summary>Reads the uploaded file from a request: a multipart <c>file</c> field, or the whole body.</summary>
public static class ImportUploads
{
    /// <summary>Null when the request carries no file (a form without one, or a JSON body).</summary>
    public static async Task<ImportUpload?> ReadAsync(HttpRequest request, string? fileName, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            var file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
            return file is null ? null : await FromFormFileAsync(file, ct);
        }
        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true) return null;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        return new ImportUpload(SafeName(fileName), buffer.ToArray());
    }

    public static async Task<ImportUpload> FromFormFileAsync(IFormFile file, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        return new ImportUpload(SafeName(file.FileName), buffer.ToArray());
    }

    /// <summary>Longest file name accepted in the query (as file systems allow); the audit log keeps 200 characters of it.</summary>
    public const int MaxFileNameLength = 255;

    /// <summary>The name as the audit log and the preview show it: no directories, no control characters, at most 200 characters.</summary>
    public static string SafeName(string? name)
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var clean = new string(bare.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "upload.csv" : clean[..Math.Min(clean.Length, 200)];
    }
}
