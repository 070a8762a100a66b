using Parley.Codebooks;
using Parley.Positions;
using Parley.Store;

namespace Parley.Brief;

/// <summary>Everything a brief shows, gathered from the store: the map, the changes, the timeline claims, the labels and the store's counts.</summary>
/// <param name="Title">What the brief is about (the codebook's title).</param>
/// <param name="Since">The first day of the period, or null for "from the start".</param>
/// <param name="Until">The last day of the period, or null for "to date".</param>
/// <param name="ChangesSince">The day the headline changes are counted from.</param>
/// <param name="Map">The actor × issue matrix and the outlooks over the period.</param>
/// <param name="Changes">Shifts, new positions, new and dropped demands since <paramref name="ChangesSince"/>.</param>
/// <param name="Claims">The period's claims, oldest first: the timelines and the evidence quotes.</param>
/// <param name="Labels">Display names of the parties and issues.</param>
/// <param name="Stats">What the whole store holds.</param>
/// <param name="Generated">When the brief was made.</param>
public sealed record BriefContent(
    string Title,
    DateOnly? Since,
    DateOnly? Until,
    DateOnly ChangesSince,
    NegotiationMap Map,
    IReadOnlyList<PositionChange> Changes,
    IReadOnlyList<StoredClaim> Claims,
    BriefLabels Labels,
    StoreStats Stats,
    DateTimeOffset Generated)
{
    /// <summary>How far back the headline changes reach when no start date is given: a week before the latest claim.</summary>
    public const int DefaultChangeWindowDays = 7;

    /// <summary>Gathers a brief's content from an open store: the map and claims under [since, until], the changes since <paramref name="since"/> (default: a week before the latest claim) up to <paramref name="until"/>.</summary>
    /// <param name="store">The store.</param>
    /// <param name="codebook">The codebook, for names and labels.</param>
    /// <param name="since">The first day, or null.</param>
    /// <param name="until">The last day, or null.</param>
    /// <param name="generated">The time to stamp the brief with.</param>
    public static BriefContent FromStore(ParleyStore store, Codebook codebook, DateOnly? since, DateOnly? until, DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(codebook);
        var queries = new PositionQueries(store);
        var filter = new ClaimFilter(Since: since, Until: until);
        var stats = store.Stats();
        var claims = queries.Claims(filter);
        var map = queries.Map(filter);
        var changesSince = since ?? DefaultChangesSince(claims, stats, until, generated);
        var changes = queries.Changes(changesSince, new ClaimFilter(Until: until));
        return new BriefContent(codebook.Title, since, until, changesSince, map, changes, claims, BriefLabels.From(codebook), stats, generated);
    }

    /// <summary>A week before the latest claim (or the end of the period, or the latest publication, or the generation day).</summary>
    public static DateOnly DefaultChangesSince(IReadOnlyList<StoredClaim> claims, StoreStats stats, DateOnly? until, DateTimeOffset generated)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(stats);
        var latest = claims.Count > 0 ? claims.Max(c => c.Date) : until ?? stats.LastPublished ?? DateOnly.FromDateTime(generated.UtcDateTime);
        if (until is { } end && latest > end)
        {
            latest = end;
        }

        return latest.AddDays(-DefaultChangeWindowDays);
    }
}

/// <summary>The two forms of a brief.</summary>
public enum BriefFormat
{
    /// <summary>One self-contained HTML file: inline CSS and SVG, no script, nothing fetched.</summary>
    Html,

    /// <summary>Markdown, for chat, issues and plain-text mail.</summary>
    Markdown,
}

/// <summary>How much a brief shows.</summary>
/// <param name="HeadlineChanges">The most changes listed (shifts first); the rest are counted.</param>
/// <param name="QuotesPerIssue">The most evidence quotes per issue.</param>
/// <param name="MarkersPerIssue">The most claims drawn on one issue's timeline (the latest are kept; the rest are counted).</param>
/// <param name="SharedTimeAxis">Draw every issue's timeline on one date axis (the period, else the span of all claims) rather than each on its own.</param>
public sealed record BriefOptions(int HeadlineChanges = 12, int QuotesPerIssue = 3, int MarkersPerIssue = 400, bool SharedTimeAxis = true)
{
    /// <summary>The defaults.</summary>
    public static BriefOptions Default { get; } = new();
}
