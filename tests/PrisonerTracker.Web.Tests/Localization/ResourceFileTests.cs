using System.Text.RegularExpressions;
using System.Xml.Linq;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Localization;

/// <summary>
/// Every string exists in both languages, and every literal key a view asks for exists:
/// a missing translation would otherwise show its key ("Card.Held") to readers.
/// </summary>
public sealed partial class ResourceFileTests
{
    private static string Resources => Path.Combine(RepoPaths.WebProject, "Resources");

    public static TheoryData<string> EnglishFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Resources, "*.resx", SearchOption.AllDirectories).Where(f => !f.EndsWith(".es.resx")).Order())
            data.Add(Path.GetRelativePath(Resources, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void SpanishFileHasExactlyTheEnglishKeysAndNoEmptyValue(string englishFile)
    {
        var english = Read(Path.Combine(Resources, englishFile));
        var spanishFile = Path.Combine(Resources, englishFile[..^".resx".Length] + ".es.resx");
        Assert.True(File.Exists(spanishFile), $"{englishFile} has no Spanish file");
        var spanish = Read(spanishFile);
        Assert.Equal(english.Keys.Order(), spanish.Keys.Order());
        Assert.All(english.Concat(spanish), entry => Assert.False(string.IsNullOrWhiteSpace(entry.Value), $"{entry.Key} is empty"));
    }

    [Fact]
    public void EveryLiteralKeyUsedInViewsExists()
    {
        var shared = Read(Path.Combine(Resources, "SharedResource.resx"));
        var missing = new List<string>();
        foreach (var view in Directory.GetFiles(Path.Combine(RepoPaths.WebProject, "Pages"), "*.cshtml", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.WebProject, view);
            var pageFile = Path.Combine(Resources, Path.ChangeExtension(relative, ".resx"));
            var page = File.Exists(pageFile) ? Read(pageFile) : [];
            var source = File.ReadAllText(view);
            missing.AddRange(KeyUse().Matches(source)
                .Where(m => !(m.Groups["which"].Value == "Shared" ? shared : page).ContainsKey(m.Groups["key"].Value))
                .Select(m => $"{relative}: {m.Groups["which"].Value}[\"{m.Groups["key"].Value}\"]"));
        }
        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [GeneratedRegex("""(?<which>Localizer|Shared)\["(?<key>[^"{}]+)"[,\]]""")]
    private static partial Regex KeyUse();
}
