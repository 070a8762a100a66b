using Parley.Claims;
using Parley.Codebooks;

namespace Parley.Positions;

/// <summary>The running totals of one row of <c>position_cells</c>: the claims of one actor, issue and stance ('' for both). Built by the writer (as deltas) and by a scan of the claims (in full).</summary>
internal sealed class PositionTally
{
    /// <summary>Claims counted.</summary>
    public long Claims;

    /// <summary>Claims by attribution kind (indexed by <see cref="AttributionKind"/>).</summary>
    public readonly long[] Kinds = new long[5];

    /// <summary>Hedged claims.</summary>
    public long Hedged;

    /// <summary>Claims dated by their ingest date.</summary>
    public long IngestDated;

    /// <summary>The earliest claim's day number.</summary>
    public int FirstDay = int.MaxValue;

    /// <summary>The latest claim's day number.</summary>
    public int LastDay = int.MinValue;

    /// <summary>Claims on <see cref="LastDay"/>.</summary>
    public long LastDayClaims;

    /// <summary>The latest claim: the greatest (day, id).</summary>
    public long LastClaim;

    /// <summary>Its act.</summary>
    public ClaimAct LastAct;

    /// <summary>Distinct story clusters.</summary>
    public long Stories;

    /// <summary>Stories by the slot of their strongest claim (<see cref="PositionConfidence.Slot"/>).</summary>
    public readonly long[] Best = new long[PositionConfidence.Slots];

    /// <summary>True while no claim was counted.</summary>
    public bool IsEmpty => Claims == 0;

    /// <summary>Counts one claim (stories are counted separately: they need to know what the story held before).</summary>
    public void AddClaim(ClaimAct act, AttributionKind kind, bool hedged, bool ingestDated, int day, long id)
    {
        Claims++;
        Kinds[(int)kind]++;
        if (hedged)
        {
            Hedged++;
        }

        if (ingestDated)
        {
            IngestDated++;
        }

        if (day < FirstDay)
        {
            FirstDay = day;
        }

        if (day > LastDay)
        {
            LastDay = day;
            LastDayClaims = 1;
            LastClaim = id;
            LastAct = act;
        }
        else if (day == LastDay)
        {
            LastDayClaims++;
            if (id > LastClaim)
            {
                LastClaim = id;
                LastAct = act;
            }
        }
    }

    /// <summary>A story seen for the first time in this row, with the slot of its claim.</summary>
    public void AddStory(int slot)
    {
        Stories++;
        Best[slot]++;
    }

    /// <summary>A story already counted whose strongest claim is now in a stronger slot.</summary>
    public void UpgradeStory(int from, int to)
    {
        Best[from]--;
        Best[to]++;
    }
}
