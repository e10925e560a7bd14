using Npgsql;

namespace Catalogue.Api.Infrastructure.Database;

/// <summary>
/// The Database section: how long the API waits for PostgreSQL before it gives up and answers 503. A stalled
/// server must cost a client seconds, not the minutes the driver's defaults allow.
/// </summary>
public sealed class DatabaseSettings
{
    public const string Section = "Database";

    /// <summary>Opening a connection, including waiting for a free one in the pool.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 2;

    /// <summary>Any one command. Long enough for the slowest read the API makes, short enough to fail fast on a stall.</summary>
    public int CommandTimeoutSeconds { get; set; } = 5;

    /// <summary>The readiness check as a whole: a probe that hangs tells the orchestrator nothing.</summary>
    public double ReadyTimeoutSeconds { get; set; } = 1.5;

    /// <summary>What a 503 asks the client to wait before trying again.</summary>
    public int RetryAfterSeconds { get; set; } = 5;

    public bool IsValid =>
        ConnectTimeoutSeconds >= 1 && CommandTimeoutSeconds >= 1 && ReadyTimeoutSeconds > 0 && RetryAfterSeconds >= 1;

    /// <summary>The configured connection string with these bounds; settings the connection string leaves alone pass through.</summary>
    public string Apply(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString)
    {
        Timeout = ConnectTimeoutSeconds,
        CommandTimeout = CommandTimeoutSeconds,
        // After a command timeout the driver asks the server to cancel and waits this long for it; a stalled server
        // never answers, so the wait is kept short and the connection is dropped instead.
        CancellationTimeout = 500,
    }.ConnectionString;
}
