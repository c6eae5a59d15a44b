namespace PrisonerTracker.Domain.Common;

/// <summary>
/// A domain rule was broken (for example a release dated before the arrest).
/// The message is written for the person entering data and is safe to show;
/// <see cref="Field"/> names the input that broke the rule, when there is one.
/// </summary>
public sealed class DomainRuleException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
