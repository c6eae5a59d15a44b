using System.Globalization;
using System.Text;
using PrisonerTracker.Domain.Common;
using PrisonerTracker.Domain.Detainees;
using static PrisonerTracker.Infrastructure.Synthetic.SyntheticVocabulary;

namespace PrisonerTracker.Infrastructure.Synthetic;

/// <summary>
/// Plausible but invented people, built through the domain API. Each is recorded by one of
/// the synthetic verifying organisations, in turn (no random draw, so seeds give the same data as before).
/// </summary>
internal sealed class SyntheticPeople(Random random, IReadOnlyList<Guid> recorders)
{
    private static readonly string[] MilitaryOccupations = ["Army officer", "National Guard sergeant", "Retired officer"];

    public (Detainee Person, PersonalDetails Details) Next(int number)
    {
        var gender = Roll(45) ? Gender.Female : Roll(90) ? Gender.Male : Gender.Unknown;
        var name = Name(gender);
        var occupation = Pick(Occupations);
        var details = new PersonalDetails(
            name,
            Variants(name),
            gender,
            MinorAtArrest: Roll(2),
            Nationalities(),
            MilitaryOccupations.Contains(occupation) ? ServiceBranch.Military : ServiceBranch.Civilian,
            Labelled(occupation),
            Labelled(Pick(Regions)),
            Roll(70) ? $"{Prefix} agency {random.Next(1, 9)}" : null,
            Roll(60) ? ChargesText() : null);
        var person = new Detainee(details, recorders[number % recorders.Count]);
        if (Roll(3)) person.Withhold();
        if (Roll(20))
            person.SetRestrictedDetails(new RestrictedDetails($"SYN-{number:D8}", $"synthetic.family.{number}@example.invalid",
                "Synthetic health note: not a real person.", $"Synthetic private note #{number}."));
        return (person, details);
    }

    private string Name(Gender gender)
    {
        var firsts = gender switch
        {
            Gender.Female => FemaleFirstNames,
            Gender.Male => MaleFirstNames,
            _ => Roll(50) ? FemaleFirstNames : MaleFirstNames,
        };
        var first = Roll(25) ? $"{Pick(firsts)} {Pick(firsts)}" : Pick(firsts);
        return Roll(85) ? $"{first} {Pick(Surnames)} {Pick(Surnames)}" : $"{first} {Pick(Surnames)}";
    }

    /// <summary>Lists often drop accents or the second surname; variants let search find both.</summary>
    private List<string> Variants(string name)
    {
        var variants = new List<string>();
        var plain = WithoutAccents(name);
        if (plain != name && Roll(50)) variants.Add(plain);
        var words = name.Split(' ');
        if (words.Length >= 3 && Roll(10)) variants.Add($"{words[0]} {words[^2]}");
        return variants;
    }

    private string ChargesText()
    {
        var first = Pick(Charges);
        var second = Pick(Charges);
        return second == first ? first : $"{first}; {second}";
    }

    private string[] Nationalities() => random.Next(100) switch
    {
        < 85 => ["VE"],
        < 90 => ["VE", "ES"],
        < 93 => ["ES"],
        < 96 => ["CO"],
        < 98 => ["VE", "CO"],
        _ => ["VE", "US"],
    };

    private static string WithoutAccents(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) builder.Append(ch);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private bool Roll(int percent) => random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
