using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Catalogue.Api.Infrastructure.Database;

/// <summary>A command that completed is proof the database is back: ends the outage <see cref="DatabaseOutage"/> tracks.</summary>
public sealed class DatabaseAvailabilityInterceptor(DatabaseOutage outage) : DbCommandInterceptor
{
    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        outage.Succeeded();
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        outage.Succeeded();
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        outage.Succeeded();
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        outage.Succeeded();
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        outage.Succeeded();
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        outage.Succeeded();
        return ValueTask.FromResult(result);
    }
}
