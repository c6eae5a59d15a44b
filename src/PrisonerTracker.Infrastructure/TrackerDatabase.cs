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
    /// The same connection with a <c>statement_timeout</c>: a slow statement is cancelled by PostgreSQL
    /// (answered 503 by the app) instead of holding a pooled connection while requests queue behind it.
    /// For the app serving requests; maintenance commands run without it.
    /// </summary>
    public static string WithStatementTimeout(string connectionString, int milliseconds)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c statement_timeout={milliseconds.ToString(CultureInfo.InvariantCulture)}".Trim();
        return builder.ConnectionString;
    }
}
