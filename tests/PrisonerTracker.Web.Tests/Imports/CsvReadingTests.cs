using System.Text;
using PrisonerTracker.Web.Features.Imports;

namespace PrisonerTracker.Web.Tests.Imports;

/// <summary>How a file is read before any row is planned: encoding, separator, headers, row numbers, dates.</summary>
public sealed class CsvReadingTests
{
    private static ImportTable Read(string text, ImportKind kind = ImportKind.Detainees) =>
        ImportTable.Read(Encoding.UTF8.GetBytes(text), kind);

    [Fact]
    public void SpanishExcelAndWindows1252BytesGiveTheSameRows()
    {
        var utf8 = ImportTable.Read(ImportFiles.SpanishExcel(), ImportKind.Detainees);
        var cp1252 = ImportTable.Read(ImportFiles.Windows1252(), ImportKind.Detainees);

        Assert.Equal(CsvText.Utf8WithBom, utf8.Encoding);
        Assert.Equal(CsvText.Windows1252, cp1252.Encoding);
        Assert.Equal(utf8.Lines.Select(l => l.Values.OrderBy(v => v.Key).ToList()), cp1252.Lines.Select(l => l.Values.OrderBy(v => v.Key).ToList()));
        Assert.Equal("José Ñáñez", cp1252.Lines[1][ImportColumns.Name]);
        Assert.True(utf8.SpanishHeaders);
    }

    [Fact]
    public void RowNumbersAreTheSpreadsheetsEvenWithAQuotedLineBreakAndABlankLine()
    {
        var table = ImportTable.Read(ImportFiles.SpanishExcel(), ImportKind.Detainees);
        Assert.Equal([2, 3, 5], table.Lines.Select(l => l.Row));
        Assert.Contains("\n", table.Lines[0][ImportColumns.Conditions]);
    }

    [Theory]
    [InlineData("sep=,\r\nNombre,Cédula\r\nAna,1\r\n", ',')]
    [InlineData("Name\tNational ID\nAna\t1\n", '\t')]
    [InlineData("NAME;national_id:\nAna;1\n", ';')]
    [InlineData("Name,National ID\nAna,1\n", ',')]
    public void SeparatorIsDetectedAndHeadersAreRecognisedWhateverTheirCaseAccentsOrSpelling(string text, char separator)
    {
        var table = Read(text);
        Assert.Equal(separator, table.Delimiter);
        Assert.Equal("Ana", table.Lines.Single()[ImportColumns.Name]);
        Assert.Equal("1", table.Lines.Single()[ImportColumns.NationalId]);
    }

    [Fact]
    public void FileWithNoKnownColumnIsRefusedAsAWhole()
    {
        var refused = Assert.Throws<ImportFileException>(() => Read("foo;bar\n1;2\n"));
        Assert.Equal("file", refused.Field);
    }

    [Fact]
    public void DatesThatReadBothWaysAreNotGuessed()
    {
        var ambiguous = Assert.Throws<ImportFileException>(() => ImportDates.Decide(["01/02/2025", "03/04/2025"], null));
        Assert.Equal("dateFormat", ambiguous.Field);
        Assert.Equal(new DateOnly(2025, 1, 2), ImportDates.Decide(["01/02/2025"], DateFormat.Mdy).Parse("01/02/2025")?.Date);
    }

    [Fact]
    public void OneDateThatReadsOnlyOneWayDecidesTheFileAndIsNamed()
    {
        var dates = ImportDates.Decide(["01/02/2025", "25/12/2024", "2024-05-01"], null);
        Assert.Equal(DateFormat.Dmy, dates.Format);
        Assert.Equal("25/12/2024", dates.Reason);
        Assert.Equal(new DateOnly(2025, 2, 1), dates.Parse("01/02/2025")?.Date);
        Assert.Equal(DateFormat.Mdy, ImportDates.Decide(["12/25/2024", "01/02/2025"], null).Format);
    }
}
