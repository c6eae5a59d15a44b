namespace PrisonerTracker.Web.Api;

/// <summary>
/// The <c>format</c> query parameter of collections: JSON (default), CSV, or CSV for spreadsheets
/// in languages that write decimals with a comma (<c>csv-excel</c>: ";" between fields, UTF-8 with a
/// byte-order mark), which open it in columns with a double click.
/// </summary>
public enum ResponseFormat { Json, Csv, CsvExcel }
