using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PrisonerTracker.Testing;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Benchmarks;

/// <summary>
/// The CSV import of N people (Spanish Excel layout: ";", BOM, dd/mm/yyyy; each with an arrest, and
/// every third a release) into an empty register: the dry run, the commit, the re-import of the same
/// file, and COPY FROM STDIN of the same file into a staging table (what psql's \copy sends), the
/// floor any import of these bytes stands on.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<string> RunAsync(int rows)
    {
        await using var database = await TestDatabase.CreateAsync("bench-import");
        var file = Build(rows);
        var viewer = new Viewer(true, "Benchmark desk", StaffRole.Editor, null, "user:benchmark");
        var upload = new ImportUpload($"bench-{rows}.csv", file);
        var lines = new List<string> { $"## CSV import, {rows:N0} rows ({file.Length / 1024.0 / 1024.0:F1} MB)", "", "| Step | Time | Result |", "| --- | ---: | --- |" };

        async Task Time(string step, Func<Task<string>> run)
        {
            var clock = Stopwatch.StartNew();
            var result = await run();
            lines.Add($"| {step} | {clock.Elapsed.TotalSeconds:F1} s | {result} |");
            Console.WriteLine($"  {step,-40} {clock.Elapsed.TotalSeconds,8:F1} s   ({result})");
        }

        await Time("Dry run (preview of every row)", () => ImportAsync(database, upload, viewer, commit: false));
        await Time("Commit (one transaction)", () => ImportAsync(database, upload, viewer, commit: true));
        await Time("Re-import of the same file", () => ImportAsync(database, upload, viewer, commit: true));
        await Time("COPY FROM STDIN into a staging table", () => CopyAsync(database, file));
        return string.Join('\n', lines) + "\n";
    }

    private static async Task<string> ImportAsync(TestDatabase database, ImportUpload upload, Viewer viewer, bool commit)
    {
        await using var db = database.CreateContext();
        var preview = await new ImportService(db, TimeProvider.System, NullLogger<ImportService>.Instance)
            .RunAsync(ImportKind.Detainees, upload, null, commit, viewer, CancellationToken.None);
        var c = preview.Counts;
        return $"{c.Create} create, {c.AlreadyImported} already imported, {c.Reject} rejected; {c.PeopleCreated} people, {c.EventsCreated} events written: {preview.Committed}";
    }

    private static async Task<string> CopyAsync(TestDatabase database, byte[] file)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE import_staging (nombre text, cedula text, genero text, fecha_detencion text, estado text, fecha_excarcelacion text)", connection))
            await create.ExecuteNonQueryAsync();
        await using (var writer = await connection.BeginTextImportAsync("COPY import_staging FROM STDIN (FORMAT csv, HEADER true, DELIMITER ';')"))
            await writer.WriteAsync(Encoding.UTF8.GetString(file, 3, file.Length - 3));
        await using var count = new NpgsqlCommand("SELECT count(*) FROM import_staging", connection);
        return $"{await count.ExecuteScalarAsync()} rows staged (text only: no matching, validation, encryption or audit)";
    }

    private static byte[] Build(int rows)
    {
        var random = new Random(42);
        string[] first = ["José", "María", "Ana", "Luis", "Carmen", "Jesús", "Rosa", "Pedro", "Ángel", "Lucía"];
        string[] last = ["García", "Pérez", "Rodríguez", "Martínez", "González", "Hernández", "Núñez", "Peña", "Márquez", "Ibáñez"];
        var text = new StringBuilder("Nombre;Cédula;Género;Fecha de detención;Estado;Fecha de excarcelación\r\n");
        var start = new DateOnly(2024, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            var arrest = start.AddDays(random.Next(0, 700));
            var released = i % 3 == 0;
            var release = arrest.AddDays(random.Next(1, 30));
            text.Append(CultureInfo.InvariantCulture, $"{first[random.Next(first.Length)]} {last[random.Next(last.Length)]} {last[random.Next(last.Length)]} {i:D5};")
                .Append(CultureInfo.InvariantCulture, $"V-{10_000_000 + i:N0};{(i % 2 == 0 ? "F" : "M")};{arrest:dd/MM/yyyy};")
                .Append(released ? $"Excarcelado;{release.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}" : "Detenido;").Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
