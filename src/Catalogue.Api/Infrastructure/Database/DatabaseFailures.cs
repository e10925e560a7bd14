using System.Net.Sockets;
using Npgsql;

namespace Catalogue.Api.Infrastructure.Database;

/// <summary>Tells a database that is unavailable (the request may succeed later, unchanged) from anything else.</summary>
public static class DatabaseFailures
{
    /// <summary>A short reason when <paramref name="exception"/> means PostgreSQL cannot serve us right now; null otherwise.</summary>
    public static string? Unavailability(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.SqlState switch
                    {
                        "57P01" => "PostgreSQL is shutting down (57P01)",
                        "57P02" => "PostgreSQL crashed and is restarting (57P02)",
                        "57P03" => "PostgreSQL is starting up or recovering (57P03)",
                        "3D000" => "the catalogue's database does not exist (3D000)",
                        ['0', '8', ..] or ['5', '3', ..] or ['5', '8', ..] or ['2', '8', ..] =>
                            $"PostgreSQL refused the connection or ran out of resources ({postgres.SqlState})",
                        _ => null,
                    };
                case NpgsqlException { InnerException: TimeoutException }:
                    return "PostgreSQL did not answer in time (connect or command timeout, or the connection pool is exhausted)";
                case NpgsqlException { InnerException: SocketException socket }:
                    return $"PostgreSQL cannot be reached ({socket.SocketErrorCode})";
                case NpgsqlException { InnerException: IOException or EndOfStreamException }:
                    return "the connection to PostgreSQL was lost";
                case NpgsqlException { InnerException: null } npgsql:
                    return $"PostgreSQL is unavailable ({npgsql.Message})";
                case TimeoutException:
                    return "PostgreSQL did not answer in time";
            }
        }
        return null;
    }
}
