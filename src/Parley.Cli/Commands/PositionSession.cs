using Parley.Positions;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>What a position command works on: the open store, its queries and the checked filter.</summary>
/// <param name="Store">The open store (disposed with the session).</param>
/// <param name="Queries">The position queries over it.</param>
/// <param name="Filter">The filter from the command line.</param>
internal sealed record PositionSession(ParleyStore Store, PositionQueries Queries, ClaimFilter Filter) : IDisposable
{
    /// <summary>Checks the output switches, dates, attribution and ids and opens the store; on failure prints one line and gives the exit code (2 for bad input, 3 for the store).</summary>
    public static PositionSession? Open(
        CliEnvironment environment,
        string? db,
        string? actor,
        string? issue,
        string? since,
        string? until,
        string? attribution,
        (string Name, bool Set)[] formats,
        out int exitCode)
    {
        exitCode = ExitCodes.Usage;
        if (!PositionOptions.TryOneFormat(environment, formats)
            || !PositionOptions.TryDates(since, until, environment, out var from, out var to)
            || !PositionOptions.TryAttribution(attribution, environment, out var kind))
        {
            return null;
        }

        var store = StoreCommand.Open(db, environment);
        if (store is null)
        {
            exitCode = ExitCodes.Failure;
            return null;
        }

        var queries = new PositionQueries(store);
        if (!PositionOptions.TryIds(queries, actor, issue, environment, out var actorId, out var issueId))
        {
            store.Dispose();
            return null;
        }

        exitCode = ExitCodes.Ok;
        return new PositionSession(store, queries, new ClaimFilter(actorId, issueId, from, to, kind));
    }

    /// <inheritdoc />
    public void Dispose() => Store.Dispose();
}
