using System.Net.Sockets;
using Npgsql;

namespace Catalogue.Seeding;

/// <summary>The database could not be reached, refused us, or went away: say where, what happened and what to do, in one line.</summary>
public sealed class DatabaseUnreachableException(string message, Exception inner) : Exception(message, inner)
{
    private const string RerunIsSafe =
        "Documents already applied stay applied and none is half-applied; rerunning the seed once PostgreSQL is up is safe and finishes the job.";

    public static bool TryExplain(Exception exception, string connectionString, out DatabaseUnreachableException explained)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return Explain(exception, $"{builder.Host ?? "localhost"}:{builder.Port}, database '{builder.Database}'", out explained);
    }

    /// <summary>For a failure whose connection string is not at hand.</summary>
    public static bool TryExplain(Exception exception, out DatabaseUnreachableException explained) =>
        Explain(exception, where: null, out explained);

    private static bool Explain(Exception exception, string? where, out DatabaseUnreachableException explained)
    {
        var npgsql = Find(exception);
        var at = where is null ? "PostgreSQL" : $"PostgreSQL at {where}";
        // Lost mid-run: the server shut down, crashed or restarted under us.
        var lost = npgsql switch
        {
            PostgresException { SqlState: "57P01" } => "the server was shut down (57P01 admin shutdown)",
            PostgresException { SqlState: "57P02" } => "the server crashed and is restarting (57P02 crash shutdown)",
            PostgresException { SqlState: "57P03" } => "the server is restarting or recovering (57P03 cannot connect now)",
            NpgsqlException { InnerException: IOException or EndOfStreamException } => "the connection was closed by the server",
            _ => null,
        };
        if (lost is not null)
        {
            explained = new DatabaseUnreachableException($"lost the connection to {at}: {lost}. {RerunIsSafe}", exception);
            return true;
        }
        var reason = npgsql switch
        {
            PostgresException { SqlState: "3D000" } => "the database does not exist",
            PostgresException { SqlState: "28P01" or "28000" } p => $"authentication failed ({p.MessageText})",
            NpgsqlException { InnerException: SocketException s } => s.Message,
            NpgsqlException { InnerException: TimeoutException } => "the connection timed out",
            PostgresException => null,
            NpgsqlException n => n.Message,
            _ => null,
        };
        explained = new DatabaseUnreachableException(
            $"cannot use {at}: {reason}. Check ConnectionStrings__Catalogue, or start a local server with `db/local-postgres.sh start` (or `docker compose up -d db`).",
            exception);
        return reason is not null;
    }

    private static NpgsqlException? Find(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
            if (exception is NpgsqlException npgsql) return npgsql;
        return null;
    }
}
