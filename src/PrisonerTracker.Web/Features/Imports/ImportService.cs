using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>An uploaded file: its name (for the audit log and the preview) and its bytes.</summary>
public sealed record ImportUpload(string FileName, byte[] Content)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Content));
}

/// <summary>
/// The CSV import, for the API and the workspace pages alike: read the file, plan every row against
/// the register (in bulk), and either stop there (dry run, or any row rejected) or write everything in
/// one transaction with the import's audit entry. The same file twice creates nothing the second time.
/// </summary>
public sealed class ImportService(TrackerDbContext db, TimeProvider clock, ILogger<ImportService> logger)
{
    /// <exception cref="ImportFileException">The file as a whole cannot be read (nothing was planned or written).</exception>
    public async Task<ImportPreview> RunAsync(ImportKind kind, ImportUpload upload, DateFormat? dateFormat, bool commit, Viewer viewer, CancellationToken ct,
        IImportProgress? progress = null)
    {
        if (upload.Content.Length == 0) throw new ImportFileException("file", "The file is empty.");
        if (upload.Content.Length > ImportUpload.MaxBytes) throw new ImportFileException("file", $"The file is larger than {ImportUpload.MaxBytes / (1024 * 1024)} MB; split it.");
        var table = ImportTable.Read(upload.Content, kind);
        if (progress is not null) await progress.ReportAsync(0, table.Lines.Count, ct);
        var dateColumns = kind == ImportKind.Detainees ? new[] { ImportColumns.ArrestDate, ImportColumns.ReleaseDate } : [ImportColumns.Date];
        var dates = ImportDates.Decide(table.Lines.SelectMany(l => dateColumns.Select(c => l[c])).OfType<string>(), dateFormat);
        var run = new ImportRun(db, table, dates, viewer, clock.GetUtcNow());
        var prints = table.Lines.Select(l => run.Fingerprint(kind, l)).ToList();

        // Change detection once, at save, rather than on every change to tens of thousands of records.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var lookups = await ImportLookups.LoadAsync(db,
                table.Lines.Select(l => l[ImportColumns.PersonId]).Select(t => Guid.TryParse(t, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty),
                table.Lines.Select(l => l[ImportColumns.NationalId]).OfType<string>().Select(n => db.Protector!.BlindIndex(n)),
                byName: table.Lines.Any(l => l[ImportColumns.NationalId] is null && l[ImportColumns.PersonId] is null),
                table.Lines.Select(l => l[ImportColumns.SourceUrl]?.Trim()).OfType<string>(), prints, ct);
            var plans = kind == ImportKind.Detainees
                ? table.Lines.Select(new DetaineeRows(run, lookups).Plan).ToList()
                : table.Lines.Select(new EventRows(run, lookups).Plan).ToList();

            var rows = plans.Select(p => p.ToPreview(p.Line[ImportColumns.Name] ?? p.Match?.Name)).ToList();
            var people = plans.Count(p => p.Outcome == RowOutcome.Create && kind == ImportKind.Detainees && p.Problems.Count == 0);
            var preview = new ImportPreview(kind, upload.FileName, upload.Sha256, table.Encoding, CsvDialect.Name(table.Delimiter), dates.Format, dates.Reason,
                table.Headers, table.IgnoredHeaders, ImportPreview.Count(rows, people, plans.Sum(p => p.EventsAdded)), rows, Committed: false);
            // Counts only: row contents (names, national IDs) never reach the log.
            logger.LogInformation("Import of {Kind} planned: {Rows} rows, {Rejected} rejected, commit {Commit}", kind, rows.Count, preview.Counts.Reject, commit);
            if (!commit || preview.HasRejections) return preview;

            await new ImportCommit(db, clock).SaveAsync(kind, upload, plans, lookups.NewPeople, preview, progress, ct);
            return preview with { Committed = true };
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }
}
