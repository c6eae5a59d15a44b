using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Features.Stats;

/// <summary>Aggregate statistics: headline numbers on a date and daily, weekly or monthly series.</summary>
public static class StatsEndpoints
{
    public static IEndpointRouteBuilder MapStatsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/stats").WithTags("Statistics");
        group.MapGet("/summary", GetSummary)
            .WithName("GetStatsSummary")
            .WithSummary("Headline numbers on a date, in three parts: independent tallies (people held, releases), the latest official claim against them, and the register's named cases.")
            .WithDescription("'independent': the latest independent tally of people held, and the release tallies of each body in force on asOf as a range (each body named). " +
                "'official': the latest official release claim and its distance from those tallies. 'register': named cases in this register (n = namedPeople), never a national figure. " +
                "Every register count covers the people the register names; people withheld at their families' request are counted apart in register.notNamed, " +
                "for anonymous callers on the latest month end on or before asOf (see the privacy rule in the documentation). For anonymous callers a breakdown cell of 1–4 people has count null and display \"<5\"; " +
                "when a dimension has exactly one such cell, its next smallest cell is hidden too (display \"suppressed\").")
            .Produces<Summary>(StatusCodes.Status200OK)
            .ProducesValidationProblem();
        group.MapGet("/timeseries", GetTimeseries)
            .WithName("GetStatsTimeseries")
            .WithSummary("One row per period: held, whereabouts unknown, releases verified and reported, new arrests, the official claim and independent tallies in force.")
            .WithDescription("Counts cover the people the register names (withheld people are counted only in the summary's notNamed). " +
                "officialClaim* and independent* are the summary's official.latestClaim and independent.releases (low and high) on each period end. " +
                "JSON by default; CSV with ?format=csv or Accept: text/csv, one row per point with the point's fields as columns. " +
                "At most 3660 periods per request.")
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>Headline numbers on a date.</summary>
    /// <param name="context">The request.</param>
    /// <param name="stats">The statistics service.</param>
    /// <param name="asOf">Date the numbers describe (YYYY-MM-DD); default today.</param>
    /// <param name="since">Start of the register's releases verified here (inclusive) and new arrests (exclusive); default the first official release announcement.</param>
    /// <param name="minConfidence">Lowest confidence that counts: claimed, reported, verified (default) or confirmed.</param>
    /// <param name="knownAt">Reproduce the figures as they were known at this instant (ISO 8601 with offset, e.g. 2026-01-13T18:00:00Z); default now.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Results<Ok<Summary>, ValidationProblem>> GetSummary(HttpContext context, StatsService stats,
        [MaxLength(ValueFormats.DateLength)] string? asOf, [MaxLength(ValueFormats.DateLength)] string? since, [QueryNames(typeof(Domain.Events.Confidence))] string? minConfidence,
        [MaxLength(ValueFormats.InstantLength)] string? knownAt, CancellationToken ct)
    {
        var query = new StatsQuery();
        stats.ReadAsKnownAt(query.KnownAt(knownAt, stats.Now));
        var threshold = query.Confidence(minConfidence);
        var date = query.Date(asOf, "asOf") ?? stats.Today;
        var start = query.Date(since, "since");
        if (start > date) query.Add("since", "'since' must be on or before 'asOf'.");
        if (!query.IsValid) return Problems.Invalid(query.Errors);
        return TypedResults.Ok(await stats.GetSummaryAsync(date, threshold, start, exact: context.Viewer().IsStaff, breakdowns: true,
            Links.From(context.Request), ct));
    }

    /// <summary>A series of headline numbers, one point per period.</summary>
    /// <param name="context">The request.</param>
    /// <param name="stats">The statistics service.</param>
    /// <param name="from">First day (YYYY-MM-DD); default 30 days before <c>to</c>.</param>
    /// <param name="to">Last day (YYYY-MM-DD); default today. At most 3660 periods after <c>from</c>.</param>
    /// <param name="interval">day (default), week (7 days from <c>from</c>) or month (a calendar month from <c>from</c>'s day).</param>
    /// <param name="minConfidence">Lowest confidence that counts: claimed, reported, verified (default) or confirmed.</param>
    /// <param name="format">csv for CSV (as does <c>Accept: text/csv</c>), csv-excel for CSV separated by ";"; JSON otherwise.</param>
    /// <param name="knownAt">Reproduce the series as it was known at this instant (ISO 8601 with offset); default now.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<Results<Ok<Timeseries>, CsvResult<TimeseriesPoint>, ValidationProblem>> GetTimeseries(HttpContext context,
        StatsService stats, [MaxLength(ValueFormats.DateLength)] string? from, [MaxLength(ValueFormats.DateLength)] string? to, [QueryNames(typeof(Interval))] string? interval,
        [QueryNames(typeof(Domain.Events.Confidence))] string? minConfidence, QueryEnum<ResponseFormat>? format,
        [MaxLength(ValueFormats.InstantLength)] string? knownAt, CancellationToken ct)
    {
        var query = new StatsQuery();
        stats.ReadAsKnownAt(query.KnownAt(knownAt, stats.Now));
        var threshold = query.Confidence(minConfidence);
        var step = query.Interval(interval);
        var last = query.Date(to, "to") ?? stats.Today;
        var first = query.Date(from, "from") ?? last.AddDays(-30);
        if (!query.IsValid) return Problems.Invalid(query.Errors);
        if (first > last) query.Add("from", "'from' must be on or before 'to'.");
        else if (StatsQuery.PeriodCount(first, last, step) > StatsQuery.MaxPeriods)
            query.Add("to", $"At most {StatsQuery.MaxPeriods} periods per request: bring 'to' closer to 'from' or use a longer interval.");
        if (!query.IsValid) return Problems.Invalid(query.Errors);

        var series = await stats.GetTimeseriesAsync(first, last, step, threshold, ct);
        if (Csv.IsRequested(context))
            return Csv.Of(context, series.Points.ToAsyncEnumerable(), "timeseries", last);
        return TypedResults.Ok(series);
    }
}
