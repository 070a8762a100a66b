using Parley.Store;

namespace Parley.Positions;

/// <summary>The read side of the negotiation map over a store: positions, timelines, changes and claims.</summary>
public sealed class PositionQueries
{
    private readonly ParleyStore store;

    /// <summary>Creates the queries over an open store.</summary>
    public PositionQueries(ParleyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
    }

    /// <summary>The actor × issue matrix and each issue's outlook under the filter.</summary>
    public NegotiationMap Map(ClaimFilter filter) => throw new NotImplementedException(store.Path);

    /// <summary>The claims under the filter, oldest first (the timeline and the drill-down).</summary>
    /// <param name="filter">Which claims.</param>
    /// <param name="limit">The most claims to return.</param>
    public IReadOnlyList<StoredClaim> Claims(ClaimFilter filter, int limit = int.MaxValue) => throw new NotImplementedException(store.Path);

    /// <summary>Position shifts, new positions, new demands and dropped demands since the date.</summary>
    public IReadOnlyList<PositionChange> Changes(DateOnly since, ClaimFilter filter) => throw new NotImplementedException(store.Path);
}
