using Microsoft.EntityFrameworkCore.Infrastructure;
using PrisonerTracker.Infrastructure.Protection;
using System.Globalization;
using Npgsql;
using Microsoft.EntityFrameworkCore;

namespace PrisonerTracker.Infrastructure;

public static class TrackerDatabase
{
    /// <summary>
    /// The one place the provider is configured, shared by the app, the tools and the tests. Reads, and
    /// transactions begun inside the execution strategy, are retried after a lost connection (ADR 16).
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithSessionSettings(connectionString), npgsql => npgsql
                .MigrationsHistoryTable("__ef_migrations_history")
                .ExecutionStrategy(dependencies => new Resilience.TrackerExecutionStrategy(dependencies)))
            .UseSnakeCaseNamingConvention()
            .ReplaceService<IModelCacheKeyFactory, ProtectorModelCacheKeyFactory>();

    /// <summary>
    /// Settings every session needs, sent when the connection opens. Name search's fuzzy match is
    /// the operator <c>word &lt;% search_text</c>, which can use the trigram index (the function form
    /// cannot); its threshold is this setting, not an argument.
    /// </summary>
    public static string WithSessionSettings(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var threshold = NameSearch.FuzzyThreshold.ToString(CultureInfo.InvariantCulture);
        builder.Options = $"{builder.Options} -c pg_trgm.word_similarity_threshold={threshold}".Trim();
        return builder.ConnectionString;
    }

    /// <summary>
    /// The connection for serving requests. A <c>statement_timeout</c>: a slow statement is cancelled by
    /// PostgreSQL (answered 503 by the app) instead of holding a pooled connection while requests queue
    /// behind it. No parallel workers per query: a request reads a page, a person or a grouped count,
    /// and under concurrent readers the workers only compete for the cores the other requests need
    /// (a page of 50 measured 150 ms with two workers against 7 ms without, docs/benchmarks.md).
    /// Maintenance commands (rebuilds, imports of synthetic data) use neither.
    /// </summary>
    public static string ForServing(string connectionString, int statementTimeoutMilliseconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var timeout = statementTimeoutMilliseconds.ToString(CultureInfo.InvariantCulture);
        builder.Options = $"{builder.Options} -c statement_timeout={timeout} -c max_parallel_workers_per_gather=0".Trim();
        return builder.ConnectionString;
    }
}
