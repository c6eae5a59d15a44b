namespace PrisonerTracker.Web.Api;

/// <summary>
/// The written forms the API parses for ids, dates and instants, and their longest length: the
/// OpenAPI document declares these lengths on every parameter and field of those types.
/// </summary>
public static class ValueFormats
{
    /// <summary>A calendar date, the only form date parameters accept.</summary>
    public const string Date = "yyyy-MM-dd";
    public const int DateLength = 10;

    /// <summary>An id: a UUID written 8-4-4-4-12 hexadecimal digits.</summary>
    public const int UuidLength = 36;

    /// <summary>An ISO 8601 instant at its longest: 2026-01-31T00:00:00.0000000+00:00.</summary>
    public const int InstantLength = 33;
}

/// <summary>
/// A string query parameter parsed by the names of <paramref name="enumType"/> (case-insensitive):
/// the OpenAPI document lists those names as its allowed values.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class QueryNamesAttribute(Type enumType) : Attribute
{
    public IReadOnlyList<string> Names { get; } = Enum.GetNames(enumType);
}

/// <summary>The longest entry a list of strings may hold (a list's own length is its <c>[MaxLength]</c>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class EachMaxLengthAttribute(int length) : Attribute
{
    public int Length => length;
}
