using System.Net.Sockets;
using Npgsql;

namespace Catalogue.Seeding;

/// <summary>The database could not be reached or refused us: say where we tried and what to do, in one line.</summary>
public sealed class DatabaseUnreachableException(string message, Exception inner) : Exception(message, inner)
{
    public static bool TryExplain(Exception exception, string connectionString, out DatabaseUnreachableException explained)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"{builder.Host ?? "localhost"}:{builder.Port}, database '{builder.Database}'";
        var reason = exception switch
        {
            PostgresException { SqlState: "3D000" } => "the database does not exist",
            PostgresException { SqlState: "28P01" or "28000" } p => $"authentication failed ({p.MessageText})",
            NpgsqlException { InnerException: SocketException s } => s.Message,
            NpgsqlException { InnerException: TimeoutException } => "the connection timed out",
            NpgsqlException n when n.InnerException is not PostgresException && exception is not PostgresException => n.Message,
            _ => null,
        };
        explained = new DatabaseUnreachableException(
            $"cannot use PostgreSQL at {where}: {reason}. Check ConnectionStrings__Catalogue, or start a local server with `db/local-postgres.sh start` (or `docker compose up -d db`).",
            exception);
        return reason is not null;
    }
}
