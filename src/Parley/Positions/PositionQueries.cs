using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Store;

namespace Parley.Positions;

/// <summary>The read side of the negotiation map over a store: positions, timelines, changes and claims.</summary>
/// <remarks>
/// <para>A claim's date is its article's publication date or, when the article has none, the day it was
/// ingested (<see cref="StoredClaim.DateIsIngest"/>). Filters on dates are inclusive.</para>
/// <para><see cref="Map(ClaimFilter)"/> answers from <c>position_cells</c>, the aggregate the writer maintains, when the
/// filter restricts at most the actor and the issue (or its dates cover every claim); otherwise it reads the
/// claims in the filter's window (from the cell index alone, not the claims). Both give the same cells.</para>
/// <para>The queries share the store's one connection: use them from one thread at a time (open a store per
/// thread to serve requests in parallel; SQLite's WAL lets readers run beside an ingest in another process,
/// and each ingest batch, claims and positions together, appears at once).</para>
/// </remarks>
public sealed class PositionQueries
{
    private const string ClaimColumns =
        "c.id, c.document_id, d.doc, c.actor, c.act, c.issue, c.stance, c.speaker, " +
        "substr(d.text, coalesce(c.cp_start, c.start_offset) + 1, coalesce(c.cp_end, c.end_offset) - coalesce(c.cp_start, c.start_offset)), " +
        "c.start_offset, c.end_offset, c.attribution, c.via, c.hedged, d.title, d.outlet, d.url, c.day, c.date_is_ingest, c.story_id";

    private readonly ParleyStore store;
    private readonly Dictionary<string, int> actorOrder = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> issueOrder = new(StringComparer.Ordinal);

    /// <summary>Creates the queries over an open store, ordering actors and issues as the built-in codebook lists them.</summary>
    public PositionQueries(ParleyStore store)
        : this(store, Codebook.Default)
    {
    }

    /// <summary>Creates the queries over an open store, ordering actors and issues as the codebook lists them (others follow, alphabetically).</summary>
    public PositionQueries(ParleyStore store, Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(codebook);
        this.store = store;
        for (var i = 0; i < codebook.Actors.Count; i++)
        {
            actorOrder[codebook.Actors[i].Id] = i;
        }

        for (var i = 0; i < codebook.Issues.Count; i++)
        {
            issueOrder[codebook.Issues[i].Id] = i;
        }
    }

    private SqliteConnection Connection => store.Connection;

    /// <summary>The actor × issue matrix and each issue's outlook under the filter.</summary>
    /// <remarks>
    /// <para>A cell holds every claim of one party on one issue. Its current stance and act are those of its most
    /// recent claims: the claims on its latest date; when that day has claims both ways, the stance with more
    /// claims that day, and on a tie the stance of the last stored claim; the act is that of the last stored
    /// claim of that day with that stance.</para>
    /// <para><see cref="PositionCell.Sources"/> counts distinct story clusters, so syndicated copies count once.
    /// <see cref="PositionCell.Conflict"/> is set when the party is reported both for and against the issue
    /// under the filter (narrow the dates to see a settled position); the stance is then still the current one.
    /// The confidence follows <see cref="PositionConfidence"/>.</para>
    /// <para>Each issue's outlook looks at the parties with a settled stance (not in conflict): fewer than two is
    /// <see cref="Outlook.Open"/>, all of one stance <see cref="Outlook.Overlap"/>, both stances <see cref="Outlook.Clash"/>.</para>
    /// </remarks>
    public NegotiationMap Map(ClaimFilter filter) => Map(filter, fromClaims: false);

    /// <summary>The map, read from the claims themselves when <paramref name="fromClaims"/> is set (to check the aggregate against them).</summary>
    internal NegotiationMap Map(ClaimFilter filter, bool fromClaims)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var rows = !fromClaims && CanUseAggregate(filter) ? ReadAggregate(filter) : Scan(filter);
        var keys = new List<(string Actor, string Issue)>(rows.Count);
        foreach (var key in rows.Keys)
        {
            keys.Add(key);
        }

        keys.Sort(CompareCells);
        var cells = new List<PositionCell>(keys.Count);
        foreach (var key in keys)
        {
            cells.Add(ToCell(key.Actor, key.Issue, rows[key]));
        }

        return new NegotiationMap(cells, Outlooks(cells), filter);
    }

    /// <summary>The claims under the filter, oldest first (the timeline and the drill-down).</summary>
    /// <param name="filter">Which claims.</param>
    /// <param name="limit">The most claims to return.</param>
    public IReadOnlyList<StoredClaim> Claims(ClaimFilter filter, int limit = int.MaxValue)
    {
        var claims = new List<StoredClaim>(Math.Min(Math.Max(limit, 0), 1024));
        foreach (var claim in EnumerateClaims(filter, limit))
        {
            claims.Add(claim);
        }

        return claims;
    }

    /// <summary>The claims under the filter, oldest first (by date, then in the order they were stored), read as they are enumerated: for exports of any size.</summary>
    /// <param name="filter">Which claims.</param>
    /// <param name="limit">The most claims to return.</param>
    public IEnumerable<StoredClaim> EnumerateClaims(ClaimFilter filter, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (limit <= 0)
        {
            yield break;
        }

        // Each cell's claims come in date order from claims_actor_issue_day: take the first `limit` of every
        // cell (index only), merge them, then read the claims themselves a chunk at a time.
        var keys = new List<(int Day, long Id)>();
        using (var statement = CellStatement("c.day, c.id", filter, " ORDER BY c.day, c.id LIMIT $limit"))
        {
            statement.Bind("$limit", limit);
            foreach (var (actor, issue) in CellKeys(filter))
            {
                statement.ForCell(actor, issue);
                while (statement.Step())
                {
                    keys.Add(((int)statement.Int64(0), statement.Int64(1)));
                }
            }
        }

        keys.Sort();
        var count = Math.Min(keys.Count, limit);
        const int Chunk = 256;
        var ids = new List<long>(Chunk);
        for (var start = 0; start < count; start += Chunk)
        {
            ids.Clear();
            for (var i = start; i < Math.Min(count, start + Chunk); i++)
            {
                ids.Add(keys[i].Id);
            }

            var claims = ClaimsById(ids);
            foreach (var id in ids)
            {
                if (claims.TryGetValue(id, out var claim))
                {
                    yield return claim;
                }
            }
        }
    }

    /// <summary>Position shifts, new positions, new demands and dropped demands since the date.</summary>
    /// <remarks>
    /// <para>The claims under the filter are split at <paramref name="since"/>: <em>before</em> is from the
    /// filter's <see cref="ClaimFilter.Since"/> (or the first claim) to the day before <paramref name="since"/>;
    /// <em>since</em> is from <paramref name="since"/> to the filter's <see cref="ClaimFilter.Until"/> (or the last claim).
    /// Only cells with claims since the date can change. A cell's state in a window is its current stance and
    /// act over that window's claims, by the rule of <see cref="Map(ClaimFilter)"/>.</para>
    /// <list type="bullet">
    /// <item><see cref="ChangeKind.Shift"/>: the cell had claims before and its stance since differs from its stance before.
    /// Evidence: the earliest claim since the date with the new stance.</item>
    /// <item><see cref="ChangeKind.NewDemand"/>: the party demands the issue with a stance since the date and made no demand with that stance before
    /// (a new cell included). Evidence: the earliest such demand since the date.</item>
    /// <item><see cref="ChangeKind.NewPosition"/>: the cell had no claims before and none of its claims since is a demand (a new cell with a demand
    /// is reported as <see cref="ChangeKind.NewDemand"/> only). Evidence: the earliest claim since the date with its current stance.</item>
    /// <item><see cref="ChangeKind.DroppedDemand"/>: the party demanded the issue with a stance before the date, has claims on the issue since,
    /// and none of them is a demand with that stance. Evidence: the last such demand before the date.</item>
    /// </list>
    /// <para>A shift and a new demand can be reported for the same cell. Changes come by kind, then actor and issue in codebook order.</para>
    /// </remarks>
    public IReadOnlyList<PositionChange> Changes(DateOnly since, ClaimFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var after = ScanSince(since, filter);
        var found = new List<(ChangeKind Kind, string Actor, string Issue, PositionState? Before, PositionState? After, long Evidence)>();
        using var beforeState = Connection.CreateCommand();
        using var lastDemand = Connection.CreateCommand();
        PrepareBefore(beforeState, lastDemand, since, filter);
        foreach (var ((actor, issue), window) in after)
        {
            var now = window.State();
            var before = BeforeState(beforeState, actor, issue);
            var demandedBefore = new long?[2];
            for (var s = 0; s < 2; s++)
            {
                demandedBefore[s] = before is null ? null : LastDemandBefore(lastDemand, actor, issue, (Stance)s);
            }

            if (before is null)
            {
                var demanded = false;
                for (var s = 0; s < 2; s++)
                {
                    if (window.FirstDemand[s] is { } demand)
                    {
                        demanded = true;
                        found.Add((ChangeKind.NewDemand, actor, issue, null, new PositionState((Stance)s, ClaimAct.Demand), demand));
                    }
                }

                if (!demanded)
                {
                    found.Add((ChangeKind.NewPosition, actor, issue, null, now, window.First[(int)now.Stance]!.Value));
                }

                continue;
            }

            if (before.Stance != now.Stance)
            {
                found.Add((ChangeKind.Shift, actor, issue, before, now, window.First[(int)now.Stance]!.Value));
            }

            for (var s = 0; s < 2; s++)
            {
                if (window.FirstDemand[s] is { } demand && demandedBefore[s] is null)
                {
                    found.Add((ChangeKind.NewDemand, actor, issue, before, new PositionState((Stance)s, ClaimAct.Demand), demand));
                }
                else if (window.FirstDemand[s] is null && demandedBefore[s] is { } last)
                {
                    found.Add((ChangeKind.DroppedDemand, actor, issue, new PositionState((Stance)s, ClaimAct.Demand), now, last));
                }
            }
        }

        found.Sort((a, b) =>
        {
            if (a.Kind != b.Kind)
            {
                return a.Kind.CompareTo(b.Kind);
            }

            var byCell = CompareCells((a.Actor, a.Issue), (b.Actor, b.Issue));
            return byCell != 0 ? byCell : a.Evidence.CompareTo(b.Evidence);
        });
        var ids = new List<long>(found.Count);
        foreach (var change in found)
        {
            ids.Add(change.Evidence);
        }

        var evidence = ClaimsById(ids);
        var changes = new List<PositionChange>(found.Count);
        foreach (var change in found)
        {
            changes.Add(new PositionChange(change.Kind, change.Actor, change.Issue, change.Before, change.After, evidence[change.Evidence]));
        }

        return changes;
    }

    /// <summary>The actors and issues the store has claims about, for checking ids given on a command line.</summary>
    public (IReadOnlyList<string> Actors, IReadOnlyList<string> Issues) KnownIds()
    {
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        var issues = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (actor, issue) in CellKeys(ClaimFilter.All))
        {
            actors.Add(actor);
            issues.Add(issue);
        }

        return ([.. actors], [.. issues]);
    }

    /// <summary>The cells (actor, issue) with claims that the filter's actor and issue allow, from <c>position_cells</c>.</summary>
    private List<(string Actor, string Issue)> CellKeys(ClaimFilter filter)
    {
        var cells = new List<(string, string)>();
        using var command = Connection.CreateCommand();
        var sql = new StringBuilder("SELECT actor, issue FROM position_cells WHERE stance = '' AND claims > 0");
        if (filter.Actor is { } actor)
        {
            sql.Append(" AND actor = $actor");
            command.Parameters.AddWithValue("$actor", actor);
        }

        if (filter.Issue is { } issue)
        {
            sql.Append(" AND issue = $issue");
            command.Parameters.AddWithValue("$issue", issue);
        }

        command.CommandText = sql.ToString();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cells.Add((reader.GetString(0), reader.GetString(1)));
        }

        return cells;
    }

    /// <summary>A statement over one cell's claims (<c>$actor</c>, <c>$issue</c>, bound per cell) within the filter's dates and attribution.</summary>
    private CellStatement CellStatement(string columns, ClaimFilter filter, string tail = "")
    {
        var parameters = new RawParameters();
        var where = Where(filter with { Actor = null, Issue = null }, parameters);
        var statement = new CellStatement(Connection, $"SELECT {columns} FROM claims c WHERE c.actor = $actor AND c.issue = $issue{where.Replace(" WHERE ", " AND ", StringComparison.Ordinal)}{tail}");
        parameters.BindTo(statement);
        return statement;
    }

    private bool CanUseAggregate(ClaimFilter filter)
    {
        if (filter.Attribution is not null)
        {
            return false;
        }

        if (filter.Since is null && filter.Until is null)
        {
            return true;
        }

        // Dates that cover every stored claim restrict nothing.
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT min(first_day), max(last_day) FROM position_cells WHERE stance = ''";
        using var reader = command.ExecuteReader();
        if (!reader.Read() || reader.IsDBNull(0))
        {
            return true;
        }

        return (filter.Since is not { } since || since.DayNumber <= reader.GetInt32(0)) && (filter.Until is not { } until || until.DayNumber >= reader.GetInt32(1));
    }

    private Dictionary<(string Actor, string Issue), CellRows> ReadAggregate(ClaimFilter filter)
    {
        var rows = new Dictionary<(string, string), CellRows>();
        using var command = Connection.CreateCommand();
        var where = new StringBuilder();
        if (filter.Actor is { } actor)
        {
            where.Append(" WHERE actor = $actor");
            command.Parameters.AddWithValue("$actor", actor);
        }

        if (filter.Issue is { } issue)
        {
            where.Append(where.Length == 0 ? " WHERE " : " AND ").Append("issue = $issue");
            command.Parameters.AddWithValue("$issue", issue);
        }

        command.CommandText =
            "SELECT actor, issue, stance, claims, on_record, named_source, anonymous, report, unconfirmed, hedged, ingest_dated, " +
            "first_day, last_day, last_day_claims, last_claim, last_act, stories, " + string.Join(", ", PositionCellsWriter.BestColumns) +
            " FROM position_cells" + where;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var key = (reader.GetString(0), reader.GetString(1));
            if (!rows.TryGetValue(key, out var cell))
            {
                cell = new CellRows();
                rows[key] = cell;
            }

            var tally = new PositionTally { Claims = reader.GetInt64(3) };
            for (var k = 0; k < tally.Kinds.Length; k++)
            {
                tally.Kinds[k] = reader.GetInt64(4 + k);
            }

            tally.Hedged = reader.GetInt64(9);
            tally.IngestDated = reader.GetInt64(10);
            tally.FirstDay = reader.GetInt32(11);
            tally.LastDay = reader.GetInt32(12);
            tally.LastDayClaims = reader.GetInt64(13);
            tally.LastClaim = reader.GetInt64(14);
            tally.LastAct = StoredNames.Act(reader.GetString(15));
            tally.Stories = reader.GetInt64(16);
            for (var b = 0; b < tally.Best.Length; b++)
            {
                tally.Best[b] = reader.GetInt64(17 + b);
            }

            switch (reader.GetString(2))
            {
                case "for": cell.For = tally; break;
                case "against": cell.Against = tally; break;
                default: cell.All = tally; break;
            }
        }

        return rows;
    }

    private Dictionary<(string Actor, string Issue), CellRows> Scan(ClaimFilter filter)
    {
        // Every cell's claims in the window, through SQLite's C API (no strings made per row).
        var rows = new Dictionary<(string, string), CellRows>();
        using var statement = CellStatement("c.flags, c.day, c.id, c.story_id", filter);
        foreach (var (actor, issue) in CellKeys(filter))
        {
            statement.ForCell(actor, issue);
            CellRows? cell = null;
            while (statement.Step())
            {
                cell ??= new CellRows();
                var flags = statement.Int64(0);
                cell.Add(
                    (flags & ClaimFlags.Against) != 0,
                    ClaimFlags.Act(flags),
                    ClaimFlags.Kind(flags),
                    (flags & ClaimFlags.Hedged) != 0,
                    (flags & ClaimFlags.IngestDated) != 0,
                    (int)statement.Int64(1),
                    statement.Int64(2),
                    statement.Int64(3));
            }

            if (cell is not null)
            {
                rows[(actor, issue)] = cell;
            }
        }

        return rows;
    }

    private Dictionary<(string Actor, string Issue), SinceWindow> ScanSince(DateOnly since, ClaimFilter filter)
    {
        var from = filter.Since is { } lower && lower > since ? lower : since;
        var windows = new Dictionary<(string, string), SinceWindow>();
        using var statement = CellStatement("c.flags, c.day, c.id", filter with { Since = from });
        foreach (var (actor, issue) in CellKeys(filter))
        {
            statement.ForCell(actor, issue);
            SinceWindow? window = null;
            while (statement.Step())
            {
                window ??= new SinceWindow();
                var flags = statement.Int64(0);
                window.Add((int)(flags & ClaimFlags.Against), ClaimFlags.Act(flags), (int)statement.Int64(1), statement.Int64(2));
            }

            if (window is not null)
            {
                windows[(actor, issue)] = window;
            }
        }

        return windows;
    }

    private static void PrepareBefore(SqliteCommand state, SqliteCommand demand, DateOnly since, ClaimFilter filter)
    {
        var extra = new StringBuilder();
        foreach (var command in (ReadOnlySpan<SqliteCommand>)[state, demand])
        {
            command.Parameters.AddWithValue("$since", since.DayNumber);
            command.Parameters.Add(new SqliteParameter("$actor", null));
            command.Parameters.Add(new SqliteParameter("$issue", null));
            if (filter.Since is { } lower)
            {
                command.Parameters.AddWithValue("$lower", lower.DayNumber);
            }

            if (filter.Attribution is { } kind)
            {
                command.Parameters.AddWithValue("$kind", (int)kind);
            }
        }

        if (filter.Since is not null)
        {
            extra.Append(" AND day >= $lower");
        }

        if (filter.Attribution is not null)
        {
            extra.Append(" AND (flags >> 3) & 7 = $kind");
        }

        // Both read claims_actor_issue_day alone: the flags carry stance, act and attribution.
        state.CommandText =
            "SELECT flags, id FROM claims WHERE actor = $actor AND issue = $issue" + (filter.Attribution is null ? string.Empty : " AND (flags >> 3) & 7 = $kind") +
            " AND day = (SELECT max(day) FROM claims WHERE actor = $actor AND issue = $issue AND day < $since" + extra + ")";
        demand.Parameters.Add(new SqliteParameter("$stance", null));
        demand.CommandText =
            "SELECT id FROM claims WHERE actor = $actor AND issue = $issue AND day < $since" + extra +
            " AND flags & 7 = $stance ORDER BY day DESC, id DESC LIMIT 1";
    }

    private static PositionState? BeforeState(SqliteCommand command, string actor, string issue)
    {
        command.Parameters["$actor"].Value = actor;
        command.Parameters["$issue"].Value = issue;
        Span<long> count = stackalloc long[2];
        Span<long> lastId = stackalloc long[2];
        var lastAct = new ClaimAct[2];
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var flags = reader.GetInt64(0);
                var s = (int)(flags & ClaimFlags.Against);
                var id = reader.GetInt64(1);
                count[s]++;
                if (id > lastId[s])
                {
                    lastId[s] = id;
                    lastAct[s] = ClaimFlags.Act(flags);
                }
            }
        }

        if (count[0] + count[1] == 0)
        {
            return null;
        }

        var stance = count[0] != count[1] ? (count[0] > count[1] ? 0 : 1) : (lastId[0] > lastId[1] ? 0 : 1);
        return new PositionState((Stance)stance, lastAct[stance]);
    }

    private static long? LastDemandBefore(SqliteCommand command, string actor, string issue, Stance stance)
    {
        // A demand's flags & 7 is its stance bit (the act bits of a demand are 0).
        command.Parameters["$actor"].Value = actor;
        command.Parameters["$issue"].Value = issue;
        command.Parameters["$stance"].Value = stance == Stance.Against ? ClaimFlags.Against : 0;
        return command.ExecuteScalar() is long id ? id : null;
    }

    private Dictionary<long, StoredClaim> ClaimsById(List<long> ids)
    {
        var claims = new Dictionary<long, StoredClaim>(ids.Count);
        const int Chunk = 500;
        for (var start = 0; start < ids.Count; start += Chunk)
        {
            using var command = Connection.CreateCommand();
            var names = new StringBuilder();
            for (var i = start; i < Math.Min(ids.Count, start + Chunk); i++)
            {
                var name = "$i" + (i - start).ToString(CultureInfo.InvariantCulture);
                names.Append(names.Length == 0 ? string.Empty : ", ").Append(name);
                command.Parameters.AddWithValue(name, ids[i]);
            }

            command.CommandText = $"SELECT {ClaimColumns} FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id IN ({names})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var claim = ReadClaim(reader);
                claims[claim.Id] = claim;
            }
        }

        return claims;
    }

    /// <summary>The WHERE clause of a filter over <c>claims c</c>, its parameters added to <paramref name="parameters"/>.</summary>
    private static string Where(ClaimFilter filter, IParameterSink parameters)
    {
        var where = new StringBuilder();
        void And(string condition) => where.Append(where.Length == 0 ? " WHERE " : " AND ").Append(condition);
        if (filter.Actor is { } actor)
        {
            And("c.actor = $actor");
            parameters.Add("$actor", actor);
        }

        if (filter.Issue is { } issue)
        {
            And("c.issue = $issue");
            parameters.Add("$issue", issue);
        }

        if (filter.Since is { } since)
        {
            And("c.day >= $since");
            parameters.Add("$since", since.DayNumber);
        }

        if (filter.Until is { } until)
        {
            And("c.day <= $until");
            parameters.Add("$until", until.DayNumber);
        }

        if (filter.Attribution is { } kind)
        {
            And("(c.flags >> 3) & 7 = $kind");
            parameters.Add("$kind", (int)kind);
        }

        return where.ToString();
    }

    private static StoredClaim ReadClaim(SqliteDataReader reader)
    {
        return new StoredClaim(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.GetString(2),
            reader.GetString(3),
            StoredNames.Act(reader.GetString(4)),
            reader.GetString(5),
            StoredNames.Stance(reader.GetString(6)),
            reader.IsDBNull(7) ? null : reader.GetString(7),
            reader.IsDBNull(8) ? string.Empty : reader.GetString(8),
            reader.GetInt32(9),
            reader.GetInt32(10),
            StoredNames.Kind(reader.GetString(11)),
            StoredNames.Via(reader.IsDBNull(12) ? null : reader.GetString(12)),
            reader.GetInt64(13) != 0,
            reader.IsDBNull(14) ? null : reader.GetString(14),
            reader.IsDBNull(15) ? null : reader.GetString(15),
            reader.IsDBNull(16) ? null : reader.GetString(16),
            DateOnly.FromDayNumber(reader.GetInt32(17)),
            reader.GetInt64(18) != 0,
            reader.GetInt64(19));
    }

    private static PositionCell ToCell(string actor, string issue, CellRows rows)
    {
        var all = rows.All!;
        var current = CurrentStance(rows.For, rows.Against);
        var chosen = current == Stance.For ? rows.For! : rows.Against!;
        var support = PositionConfidence.Support(chosen.Best);
        var opposing = (current == Stance.For ? rows.Against : rows.For) is { } other ? PositionConfidence.Support(other.Best) : 0;
        return new PositionCell(
            actor,
            issue,
            current,
            chosen.LastAct,
            (int)all.Claims,
            (int)all.Stories,
            DateOnly.FromDayNumber(all.FirstDay),
            DateOnly.FromDayNumber(all.LastDay),
            new AttributionMix((int)all.Kinds[0], (int)all.Kinds[1], (int)all.Kinds[2], (int)all.Kinds[3], (int)all.Kinds[4]),
            Math.Round(PositionConfidence.Confidence(support, opposing), 3),
            rows.For is { Claims: > 0 } && rows.Against is { Claims: > 0 },
            (int)(rows.For?.Claims ?? 0),
            (int)(rows.Against?.Claims ?? 0),
            (int)all.IngestDated);
    }

    /// <summary>The stance of the most recent claims: the later last day; on the same day more claims; then the last stored claim.</summary>
    private static Stance CurrentStance(PositionTally? pro, PositionTally? contra)
    {
        if (contra is null || contra.IsEmpty)
        {
            return Stance.For;
        }

        if (pro is null || pro.IsEmpty)
        {
            return Stance.Against;
        }

        if (pro.LastDay != contra.LastDay)
        {
            return pro.LastDay > contra.LastDay ? Stance.For : Stance.Against;
        }

        if (pro.LastDayClaims != contra.LastDayClaims)
        {
            return pro.LastDayClaims > contra.LastDayClaims ? Stance.For : Stance.Against;
        }

        return pro.LastClaim > contra.LastClaim ? Stance.For : Stance.Against;
    }

    private List<IssueOutlook> Outlooks(List<PositionCell> cells)
    {
        var byIssue = new Dictionary<string, (List<string> For, List<string> Against, List<string> Conflicted)>(StringComparer.Ordinal);
        var issues = new List<string>();
        foreach (var cell in cells)
        {
            if (!byIssue.TryGetValue(cell.Issue, out var lists))
            {
                lists = ([], [], []);
                byIssue[cell.Issue] = lists;
                issues.Add(cell.Issue);
            }

            (cell.Conflict ? lists.Conflicted : cell.Stance == Stance.For ? lists.For : lists.Against).Add(cell.Actor);
        }

        issues.Sort(CompareIssues);
        var outlooks = new List<IssueOutlook>(issues.Count);
        foreach (var issue in issues)
        {
            var (pro, contra, conflicted) = byIssue[issue];
            var outlook = pro.Count + contra.Count < 2 ? Outlook.Open : pro.Count > 0 && contra.Count > 0 ? Outlook.Clash : Outlook.Overlap;
            outlooks.Add(new IssueOutlook(issue, outlook, pro, contra, conflicted));
        }

        return outlooks;
    }

    private int CompareCells((string Actor, string Issue) a, (string Actor, string Issue) b)
    {
        var byActor = Compare(actorOrder, a.Actor, b.Actor);
        return byActor != 0 ? byActor : CompareIssues(a.Issue, b.Issue);
    }

    private int CompareIssues(string a, string b) => Compare(issueOrder, a, b);

    private static int Compare(Dictionary<string, int> order, string a, string b)
    {
        var x = order.TryGetValue(a, out var i) ? i : int.MaxValue;
        var y = order.TryGetValue(b, out var j) ? j : int.MaxValue;
        return x != y ? x.CompareTo(y) : string.CompareOrdinal(a, b);
    }

    /// <summary>A cell's three rows: for, against, and both together; with, when built by a scan, each story's strongest slot in each row.</summary>
    private sealed class CellRows
    {
        // Per story, the strongest slot + 1 in each row: bits 0-3 both stances, 4-7 for, 8-11 against; 0 for none yet.
        private Dictionary<long, int>? _stories;

        public PositionTally? For { get; set; }

        public PositionTally? Against { get; set; }

        public PositionTally? All { get; set; }

        public void Add(bool against, ClaimAct act, AttributionKind kind, bool hedged, bool ingest, int day, long id, long story)
        {
            All ??= new PositionTally();
            var row = against ? (Against ??= new PositionTally()) : (For ??= new PositionTally());
            All.AddClaim(act, kind, hedged, ingest, day, id);
            row.AddClaim(act, kind, hedged, ingest, day, id);
            var slot = PositionConfidence.Slot(kind, hedged);
            ref var packed = ref CollectionsMarshal.GetValueRefOrAddDefault(_stories ??= [], story, out _);
            packed = Count(All, packed, 0, slot);
            packed = Count(row, packed, against ? 8 : 4, slot);
        }

        private static int Count(PositionTally tally, int packed, int shift, int slot)
        {
            var best = (packed >> shift) & 0xF;
            if (best == 0)
            {
                tally.AddStory(slot);
            }
            else if (PositionConfidence.Stronger(slot, best - 1))
            {
                tally.UpgradeStory(best - 1, slot);
            }
            else
            {
                return packed;
            }

            return (packed & ~(0xF << shift)) | ((slot + 1) << shift);
        }
    }

    /// <summary>Somewhere to put a query's parameters: a command's collection or a raw statement's bindings.</summary>
    private interface IParameterSink
    {
        void Add(string name, object value);
    }

    /// <summary>Parameters gathered for a raw statement.</summary>
    private sealed class RawParameters : IParameterSink
    {
        private readonly List<(string Name, object Value)> _values = [];

        public void Add(string name, object value) => _values.Add((name, value));

        public void BindTo(CellStatement statement)
        {
            foreach (var (name, value) in _values)
            {
                if (value is string text)
                {
                    statement.Bind(name, text);
                }
                else
                {
                    statement.Bind(name, Convert.ToInt64(value, CultureInfo.InvariantCulture));
                }
            }
        }
    }

    /// <summary>A cell's claims since the date of <see cref="Changes"/>: the state they give, and each stance's earliest claim and earliest demand.</summary>
    private sealed class SinceWindow
    {
        private readonly PositionTally[] _tallies = [new(), new()];
        private readonly (int Day, long Id)[] _first = [(int.MaxValue, 0), (int.MaxValue, 0)];
        private readonly (int Day, long Id)[] _firstDemand = [(int.MaxValue, 0), (int.MaxValue, 0)];

        public long?[] First { get; } = new long?[2];

        public long?[] FirstDemand { get; } = new long?[2];

        public void Add(int stance, ClaimAct act, int day, long id)
        {
            _tallies[stance].AddClaim(act, AttributionKind.OnRecord, false, false, day, id);
            if ((day, id).CompareTo(_first[stance]) < 0)
            {
                _first[stance] = (day, id);
                First[stance] = id;
            }

            if (act == ClaimAct.Demand && (day, id).CompareTo(_firstDemand[stance]) < 0)
            {
                _firstDemand[stance] = (day, id);
                FirstDemand[stance] = id;
            }
        }

        public PositionState State()
        {
            var stance = CurrentStance(_tallies[0], _tallies[1]);
            return new PositionState(stance, _tallies[(int)stance].LastAct);
        }
    }
}

/// <summary>A raw statement over one cell's claims, re-bound to each cell in turn.</summary>
internal sealed class CellStatement(Microsoft.Data.Sqlite.SqliteConnection connection, string sql) : IDisposable
{
    private readonly RawStatement _statement = new(connection, sql);

    /// <summary>Binds a parameter that stays the same for every cell.</summary>
    public void Bind(string name, long value) => _statement.Bind(name, value);

    /// <summary>Binds a parameter that stays the same for every cell.</summary>
    public void Bind(string name, string value) => _statement.Bind(name, value);

    /// <summary>Starts over on another cell.</summary>
    public void ForCell(string actor, string issue)
    {
        _statement.Reset();
        _statement.Bind("$actor", actor);
        _statement.Bind("$issue", issue);
    }

    /// <summary>Moves to the cell's next row.</summary>
    public bool Step() => _statement.Step();

    /// <summary>A column as an integer.</summary>
    public long Int64(int column) => _statement.Int64(column);

    /// <summary>A column's UTF-8 bytes.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => _statement.Bytes(column);

    /// <inheritdoc />
    public void Dispose() => _statement.Dispose();
}
