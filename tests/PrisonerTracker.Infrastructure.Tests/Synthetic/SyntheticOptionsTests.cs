using PrisonerTracker.Infrastructure.Synthetic;

namespace PrisonerTracker.Infrastructure.Tests.Synthetic;

public sealed class SyntheticOptionsTests
{
    [Fact]
    public void NoArgumentsGiveTheDefaultDataset()
    {
        var options = SyntheticOptions.Parse([]);

        Assert.Equal((20_000, 200, 100_000, 500, 42),
            (options.Detainees, options.Facilities, options.Events, options.Announcements, options.Seed));
    }

    [Fact]
    public void ReadsEveryOptionInEitherSpelling()
    {
        var options = SyntheticOptions.Parse(
            ["--detainees", "300", "--facilities=12", "--events", "1500", "--announcements=0", "--seed", "-7"]);

        Assert.Equal((300, 12, 1500, 0, -7),
            (options.Detainees, options.Facilities, options.Events, options.Announcements, options.Seed));
    }

    [Theory]
    [InlineData(new[] { "--people", "5" }, "Unknown option '--people'")]
    [InlineData(new[] { "300" }, "Unexpected argument '300'")]
    [InlineData(new[] { "--detainees" }, "--detainees needs a value")]
    [InlineData(new[] { "--detainees", "--events", "10" }, "--detainees needs a value")]
    [InlineData(new[] { "--detainees", "many" }, "--detainees must be a whole number, not 'many'")]
    [InlineData(new[] { "--seed", "1.5" }, "--seed must be a whole number, not '1.5'")]
    [InlineData(new[] { "--detainees", "0" }, "--detainees must be at least 1, not 0")]
    [InlineData(new[] { "--facilities", "-3" }, "--facilities must be at least 1, not -3")]
    [InlineData(new[] { "--announcements", "-1" }, "--announcements must be at least 0, not -1")]
    [InlineData(new[] { "--detainees", "99999999999" }, "--detainees must be a whole number")]
    public void RejectsMalformedArgumentsWithTheReason(string[] args, string reason)
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticOptions.Parse(args));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void RejectsFewerEventsThanDetaineesBecauseEveryHistoryStartsWithAnArrest()
    {
        var error = Assert.Throws<ArgumentException>(() => SyntheticOptions.Parse(["--detainees", "100", "--events", "99"]));

        Assert.Contains("must be at least --detainees (100)", error.Message);
    }

    [Fact]
    public void RejectsMoreEventsPerPersonThanTheCap()
    {
        var atCap = SyntheticOptions.Parse(["--detainees", "10", "--events", $"{10 * SyntheticOptions.MaxEventsPerDetainee}"]);
        Assert.Equal(10 * SyntheticOptions.MaxEventsPerDetainee, atCap.Events);

        var error = Assert.Throws<ArgumentException>(() =>
            SyntheticOptions.Parse(["--detainees", "10", "--events", $"{10 * SyntheticOptions.MaxEventsPerDetainee + 1}"]));
        Assert.Contains($"more than {SyntheticOptions.MaxEventsPerDetainee} per person", error.Message);
    }
}
