using System.Globalization;

namespace PrisonerTracker.Web.Api.Validation;

/// <summary>A request body that checks its own fields before anything reaches the database.</summary>
public interface IValidatedRequest
{
    void Validate(RequestErrors errors);
}

/// <summary>
/// Field errors keyed by the camelCase JSON name, collected in one pass so the caller
/// learns about every bad field at once. Values are never echoed back.
/// </summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, $"'{field}' is required.");
        else MaxLength(field, value, maxLength);
    }

    public void Required<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, $"'{field}' is required.");
    }

    public void MaxLength(string field, string? value, int maxLength)
    {
        if (value is not null && value.Trim().Length > maxLength) Add(field, $"'{field}' must be at most {maxLength} characters.");
    }

    public void Each(string field, IReadOnlyList<string>? values, int maxLength, int maxCount = 50)
    {
        if (values is null) return;
        if (values.Count > maxCount) Add(field, $"'{field}' has at most {maxCount} entries.");
        if (values.Any(string.IsNullOrWhiteSpace)) Add(field, $"'{field}' cannot contain empty entries.");
        if (values.Any(v => v is not null && v.Trim().Length > maxLength)) Add(field, $"Each '{field}' entry must be at most {maxLength} characters.");
    }

    /// <summary>Enum values sent as numbers bypass the JSON name check; undefined ones are refused here.</summary>
    public void Defined<TEnum>(string field, TEnum? value, bool required = false) where TEnum : struct, Enum
    {
        if (value is null)
        {
            if (required) Add(field, $"'{field}' is required.");
        }
        else if (!Enum.IsDefined(value.Value))
        {
            Add(field, $"'{field}' must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
        }
    }

    public void Countries(string field, IReadOnlyCollection<string>? codes, int maxCount = int.MaxValue)
    {
        if (codes is null) return;
        if (codes.Count > maxCount) Add(field, $"'{field}' has at most {maxCount} entries.");
        if (!codes.All(IsCountryCode)) Add(field, $"'{field}' must hold ISO 3166-1 alpha-2 country codes (e.g. VE, ES).");
    }

    public void NotNegative(string field, int? value)
    {
        if (value is < 0) Add(field, $"'{field}' cannot be negative.");
    }

    public void WebAddress(string field, string? value, int maxLength)
    {
        MaxLength(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value)
            && !(Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            Add(field, $"'{field}' must be an absolute http or https address.");
    }

    public static bool IsCountryCode(string? code)
    {
        if (code is null || code.Trim().Length != 2 || !code.Trim().All(char.IsAsciiLetter)) return false;
        try
        {
            return new RegionInfo(code.Trim().ToUpperInvariant()).TwoLetterISORegionName.Equals(code.Trim(), StringComparison.OrdinalIgnoreCase);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public Dictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
