using Parley.Claims;
using Parley.Store;

namespace Parley.Positions;

/// <summary>How many claims one party made on an issue on one day, for and against: one point of an issue's timeline.</summary>
/// <param name="Date">The day (the article's publication date, or its ingest date when it has none, as in <see cref="StoredClaim.Date"/>).</param>
/// <param name="Actor">The party (codebook id).</param>
/// <param name="For">Claims with the stance "for".</param>
/// <param name="Against">Claims with the stance "against".</param>
/// <param name="Sources">Independent sources (story clusters) behind them.</param>
public sealed record TimelinePoint(DateOnly Date, string Actor, int For, int Against, int Sources);

/// <summary>An issue's claims counted per day and party: the data behind a timeline chart, aggregated in SQL so it stays fast on large stores.</summary>
public sealed class IssueTimeline
{
    private readonly ParleyStore store;

    /// <summary>Creates the query over an open store.</summary>
    public IssueTimeline(ParleyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
    }

    /// <summary>The points for the filter's issue (required), oldest first, then by party.</summary>
    public IReadOnlyList<TimelinePoint> Points(ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (string.IsNullOrEmpty(filter.Issue))
        {
            throw new ArgumentException("a timeline needs an issue", nameof(filter));
        }

        using var command = store.Connection.CreateCommand();

        // Every open store has schema 2 (ParleyStore.Open migrates): claims carry their own day (a DateOnly day
        // number, as in PositionQueries) and story, so they are counted from the claims alone.
        var where = new List<string> { "c.issue = $issue" };
        command.Parameters.AddWithValue("$issue", filter.Issue);
        if (filter.Actor is { } actor)
        {
            where.Add("c.actor = $actor");
            command.Parameters.AddWithValue("$actor", actor);
        }
        else
        {
            // The claims index leads with the actor: list the few actors by seeking from one to the next, so the
            // issue is then found through the index for each of them instead of by reading every claim.
            where.Add("""
                c.actor IN (
                    WITH RECURSIVE actors(actor) AS (
                        SELECT min(actor) FROM claims
                        UNION ALL
                        SELECT (SELECT min(actor) FROM claims WHERE actor > actors.actor) FROM actors WHERE actors.actor IS NOT NULL)
                    SELECT actor FROM actors WHERE actor IS NOT NULL)
                """);
        }

        if (filter.Attribution is { } kind)
        {
            where.Add("c.attribution = $attribution");
            command.Parameters.AddWithValue("$attribution", ClaimJson.KindName(kind));
        }

        if (filter.Since is { } since)
        {
            where.Add("c.day >= $since");
            command.Parameters.AddWithValue("$since", since.DayNumber);
        }

        if (filter.Until is { } until)
        {
            where.Add("c.day <= $until");
            command.Parameters.AddWithValue("$until", until.DayNumber);
        }

        command.CommandText = $"""
            SELECT c.day, c.actor, sum(c.stance = 'for'), sum(c.stance = 'against'), count(DISTINCT c.story_id)
            FROM claims c
            WHERE {string.Join(" AND ", where)}
            GROUP BY 1, 2
            ORDER BY 1, 2
            """;
        var points = new List<TimelinePoint>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            points.Add(new TimelinePoint(
                DateOnly.FromDayNumber(reader.GetInt32(0)),
                reader.GetString(1),
                reader.GetInt32(2),
                reader.GetInt32(3),
                reader.GetInt32(4)));
        }

        return points;
    }
}
