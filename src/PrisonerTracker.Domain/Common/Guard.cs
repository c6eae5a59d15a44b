namespace PrisonerTracker.Domain.Common;

/// <summary>Small argument checks that raise <see cref="DomainRuleException"/> with the field name.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength = 300)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainRuleException(field, $"{field} is required.");
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainRuleException(field, $"{field} must be at most {maxLength} characters.");
        return trimmed;
    }

    public static string? Optional(string? value, string field, int maxLength = 2000)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
            throw new DomainRuleException(field, $"{field} must be at most {maxLength} characters.");
        return trimmed;
    }

    public static DateOnly NotInFuture(DateOnly date, DateOnly today, string field)
    {
        if (date > today)
            throw new DomainRuleException(field, $"{field} {date:yyyy-MM-dd} is in the future; only facts that have happened can be recorded.");
        return date;
    }

    /// <summary>ISO 3166-1 alpha-2 codes, upper-cased and de-duplicated.</summary>
    public static string[] CountryCodes(IEnumerable<string>? codes, string field)
    {
        var result = new List<string>();
        foreach (var raw in codes ?? [])
        {
            var code = raw?.Trim().ToUpperInvariant() ?? "";
            if (code.Length != 2 || !code.All(char.IsAsciiLetterUpper))
                throw new DomainRuleException(field, $"'{raw}' is not an ISO 3166-1 alpha-2 country code (e.g. VE, ES).");
            if (!result.Contains(code)) result.Add(code);
        }
        return [.. result];
    }
}
