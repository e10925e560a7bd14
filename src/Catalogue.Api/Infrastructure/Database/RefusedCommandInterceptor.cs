using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Catalogue.Api.Infrastructure.Database;

/// <summary>
/// A connection on which PostgreSQL refused a command forgets its prepared statements before it goes back to the pool.
/// Npgsql (10.0) marks a statement it is auto-preparing as prepared as soon as the server has parsed it, and learns its
/// result columns only after the parameters are bound: when the server refuses a parameter (a data exception such as
/// 22021), the statement stays recorded as prepared with no result columns, and the next execution on that physical
/// connection reads its rows as a protocol error ("Received unexpected backend message DataRow"). The API refuses the
/// values it knows of before they reach the database; this keeps one it does not know of from spoiling a pooled
/// connection. It costs a round trip on the failure path only, and the statements are prepared again as they are used.
/// </summary>
public sealed class RefusedCommandInterceptor : DbCommandInterceptor, IDbConnectionInterceptor
{
    private readonly ConditionalWeakTable<DbConnection, object> refused = new();

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Note(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Note(command, eventData.Exception);
        return Task.CompletedTask;
    }

    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Forget(connection);
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Forget(connection);
        return ValueTask.FromResult(result);
    }

    private void Note(DbCommand command, Exception exception)
    {
        // Only a refusal the server answered leaves the connection usable yet mis-recorded; a lost connection is broken anyway.
        if (exception is PostgresException && command.Connection is { } connection) refused.AddOrUpdate(connection, this);
    }

    private void Forget(DbConnection connection)
    {
        if (!refused.Remove(connection) || connection is not NpgsqlConnection { State: ConnectionState.Open } npgsql) return;
        try
        {
            npgsql.UnprepareAll();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // Could not deallocate (still inside a failed transaction, say): then the physical connection must not be
            // reused at all. Clearing the pool closes it when it is returned, and idle ones are simply opened again.
            NpgsqlConnection.ClearPool(npgsql);
        }
    }
}
