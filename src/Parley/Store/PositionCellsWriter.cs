using Microsoft.Data.Sqlite;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;

namespace Parley.Store;

/// <summary>Keeps <c>position_cells</c> up to date as the writer stores claims: per-row deltas gathered over a batch, written with one upsert per row before the batch commits.</summary>
internal sealed class PositionCellsWriter
{
    /// <summary>The columns of <c>position_cells</c> after the key, in the order the upsert binds them.</summary>
    internal static readonly string[] BestColumns =
    [
        "best_on_record", "best_on_record_hedged", "best_named_source", "best_named_source_hedged", "best_anonymous",
        "best_anonymous_hedged", "best_report", "best_report_hedged", "best_unconfirmed", "best_unconfirmed_hedged",
    ];

    /// <summary>The upsert: adds a batch's delta to a row, keeping the latest claim and the claims on the latest day.</summary>
    internal static readonly string UpsertSql =
        "INSERT INTO position_cells(actor, issue, stance, claims, on_record, named_source, anonymous, report, unconfirmed, hedged, ingest_dated, " +
        "first_day, last_day, last_day_claims, last_claim, last_act, stories, " + string.Join(", ", BestColumns) + ") " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27) " +
        "ON CONFLICT(actor, issue, stance) DO UPDATE SET claims = claims + excluded.claims, on_record = on_record + excluded.on_record, " +
        "named_source = named_source + excluded.named_source, anonymous = anonymous + excluded.anonymous, report = report + excluded.report, " +
        "unconfirmed = unconfirmed + excluded.unconfirmed, hedged = hedged + excluded.hedged, ingest_dated = ingest_dated + excluded.ingest_dated, " +
        "first_day = min(first_day, excluded.first_day), " +
        "last_day_claims = CASE WHEN excluded.last_day > last_day THEN excluded.last_day_claims WHEN excluded.last_day = last_day THEN last_day_claims + excluded.last_day_claims ELSE last_day_claims END, " +
        "last_claim = CASE WHEN excluded.last_day >= last_day THEN excluded.last_claim ELSE last_claim END, " +
        "last_act = CASE WHEN excluded.last_day >= last_day THEN excluded.last_act ELSE last_act END, " +
        "last_day = max(last_day, excluded.last_day), stories = stories + excluded.stories, " +
        string.Join(", ", BestColumns.Select(c => $"{c} = {c} + excluded.{c}"));

    /// <summary>Recomputes <c>position_cells</c> from the claims (migration 2's back-fill after emptying the table).</summary>
    internal const string RebuildSql = "DELETE FROM position_cells;\n" + Schema.PositionCellsBackfill;

    private readonly Dictionary<CellKey, PositionTally> _pending = [];
    private readonly Dictionary<CellKey, int> _story = [];

    /// <summary>Starts an article: what its story already holds, by row, so its stories are counted once with their strongest claim.</summary>
    /// <param name="storyClaims">The story's stored claims when the article joined an existing story, else null.</param>
    /// <param name="story">The story id.</param>
    public void BeginArticle(SqliteCommand? storyClaims, long story)
    {
        _story.Clear();
        if (storyClaims is null)
        {
            return;
        }

        storyClaims.Parameters["$story"].Value = story;
        using var reader = storyClaims.ExecuteReader();
        while (reader.Read())
        {
            var slot = PositionConfidence.Slot(StoredNames.Kind(reader.GetString(3)), reader.GetInt64(4) != 0);
            Keep(new CellKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)), slot);
            Keep(new CellKey(reader.GetString(0), reader.GetString(1), string.Empty), slot);
        }
    }

    /// <summary>Counts one stored claim of the current article into its two rows (its stance, and both stances).</summary>
    public void Add(string actor, string issue, string stance, ClaimAct act, AttributionKind kind, bool hedged, bool ingestDated, int day, long id)
    {
        var slot = PositionConfidence.Slot(kind, hedged);
        AddTo(new CellKey(actor, issue, stance), act, kind, hedged, ingestDated, day, id, slot);
        AddTo(new CellKey(actor, issue, string.Empty), act, kind, hedged, ingestDated, day, id, slot);
    }

    /// <summary>Writes the batch's deltas with the upsert (<see cref="UpsertSql"/>); call inside the batch's transaction, before it commits.</summary>
    public void Flush(RawStatement upsert)
    {
        foreach (var (key, tally) in _pending)
        {
            upsert.Bind(1, key.Actor);
            upsert.Bind(2, key.Issue);
            upsert.Bind(3, key.Stance);
            upsert.Bind(4, tally.Claims);
            for (var k = 0; k < tally.Kinds.Length; k++)
            {
                upsert.Bind(5 + k, tally.Kinds[k]);
            }

            upsert.Bind(10, tally.Hedged);
            upsert.Bind(11, tally.IngestDated);
            upsert.Bind(12, tally.FirstDay);
            upsert.Bind(13, tally.LastDay);
            upsert.Bind(14, tally.LastDayClaims);
            upsert.Bind(15, tally.LastClaim);
            upsert.Bind(16, StoredNames.Act(tally.LastAct));
            upsert.Bind(17, tally.Stories);
            for (var b = 0; b < tally.Best.Length; b++)
            {
                upsert.Bind(18 + b, tally.Best[b]);
            }

            upsert.Execute();
        }

        _pending.Clear();
    }

    /// <summary>Forgets the batch's deltas (the batch was rolled back).</summary>
    public void Discard() => _pending.Clear();

    private void AddTo(CellKey key, ClaimAct act, AttributionKind kind, bool hedged, bool ingestDated, int day, long id, int slot)
    {
        if (!_pending.TryGetValue(key, out var tally))
        {
            tally = new PositionTally();
            _pending[key] = tally;
        }

        tally.AddClaim(act, kind, hedged, ingestDated, day, id);
        if (!_story.TryGetValue(key, out var best))
        {
            _story[key] = slot;
            tally.AddStory(slot);
        }
        else if (PositionConfidence.Stronger(slot, best))
        {
            _story[key] = slot;
            tally.UpgradeStory(best, slot);
        }
    }

    private void Keep(CellKey key, int slot)
    {
        if (!_story.TryGetValue(key, out var best) || PositionConfidence.Stronger(slot, best))
        {
            _story[key] = slot;
        }
    }

    private readonly record struct CellKey(string Actor, string Issue, string Stance);
}

/// <summary>A claim's stance, act, attribution, hedging and date fallback packed in one small integer (<c>claims.flags</c>), kept in the cell index so that scans need not read the claims.</summary>
internal static class ClaimFlags
{
    /// <summary>The bit set for "against".</summary>
    public const int Against = 1;

    /// <summary>The bit set for a hedged claim.</summary>
    public const int Hedged = 64;

    /// <summary>The bit set for a claim dated by its ingest date.</summary>
    public const int IngestDated = 128;

    /// <summary>Packs a claim's flags.</summary>
    public static int Make(Stance stance, ClaimAct act, AttributionKind kind, bool hedged, bool ingestDated) =>
        (stance == Claims.Stance.Against ? Against : 0) | ((int)act << 1) | ((int)kind << 3) | (hedged ? Hedged : 0) | (ingestDated ? IngestDated : 0);

    /// <summary>The act.</summary>
    public static ClaimAct Act(long flags) => (ClaimAct)((flags >> 1) & 3);

    /// <summary>The attribution kind.</summary>
    public static AttributionKind Kind(long flags) => (AttributionKind)((flags >> 3) & 7);
}

/// <summary>The names the store uses for acts, stances and attribution kinds, both ways.</summary>
internal static class StoredNames
{
    /// <summary>The stored name of an act.</summary>
    public static string Act(ClaimAct act) => act switch
    {
        ClaimAct.Demand => "demand",
        ClaimAct.Propose => "propose",
        ClaimAct.Accept => "accept",
        _ => "reject",
    };

    /// <summary>The act of a stored name.</summary>
    public static ClaimAct Act(string name) => name switch
    {
        "demand" => ClaimAct.Demand,
        "propose" => ClaimAct.Propose,
        "accept" => ClaimAct.Accept,
        "reject" => ClaimAct.Reject,
        _ => throw new InvalidDataException($"unknown act '{name}' in the store"),
    };

    /// <summary>The stored name of a stance.</summary>
    public static string Stance(Stance stance) => stance == Claims.Stance.For ? "for" : "against";

    /// <summary>The stance of a stored name.</summary>
    public static Stance Stance(string name) => name switch
    {
        "for" => Claims.Stance.For,
        "against" => Claims.Stance.Against,
        _ => throw new InvalidDataException($"unknown stance '{name}' in the store"),
    };

    /// <summary>The attribution kind of a stored name (<c>on_record</c>, <c>named_source</c>...).</summary>
    public static AttributionKind Kind(string name) => name switch
    {
        "on_record" => AttributionKind.OnRecord,
        "named_source" => AttributionKind.NamedSource,
        "anonymous" => AttributionKind.Anonymous,
        "report" => AttributionKind.Report,
        _ => AttributionKind.Unconfirmed,
    };

    /// <summary>The organisations of a stored <c>via</c> (a JSON array, or null for none).</summary>
    public static IReadOnlyList<string> Via(string? json) =>
        json is null ? [] : System.Text.Json.JsonSerializer.Deserialize<string[]>(json) ?? [];
}
