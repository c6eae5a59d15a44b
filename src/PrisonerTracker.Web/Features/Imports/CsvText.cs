using System.Text;

namespace PrisonerTracker.Web.Features.Imports;

/// <summary>
/// The file's bytes as text. NGOs' spreadsheets arrive as UTF-8 (with Excel's byte order mark or
/// without) or, from older Excel versions on Windows, as Windows-1252. Bytes that are not valid
/// UTF-8 can only be the latter: Latin text in 1252 ("Cédula" is 43 E9 ...) is never valid UTF-8.
/// </summary>
public static class CsvText
{
    public const string Utf8 = "utf-8";
    public const string Utf8WithBom = "utf-8-bom";
    public const string Windows1252 = "windows-1252";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (StrictUtf8.GetString(bytes[3..]), Utf8WithBom);
        try
        {
            return (StrictUtf8.GetString(bytes), Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(1252).GetString(bytes), Windows1252);
        }
    }

    /// <summary>For the downloadable templates: UTF-8 with the byte order mark, so Excel shows accents right.</summary>
    public static byte[] EncodeForExcel(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
}
