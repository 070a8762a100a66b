using Parley.Claims;

namespace Parley.Positions;

/// <summary>How sure the map is of a cell's current stance: independent stories, weighted by how they are sourced, discounted for hedging and for conflict.</summary>
/// <remarks>
/// <para>Each claim weighs <c>w = base(kind) × (hedged ? 0.5 : 1)</c> with the base weights on the record 0.9,
/// named source 0.75, media report 0.6, anonymous 0.4, unconfirmed 0.3. A story cluster (an article and its
/// syndicated copies) counts once, with the weight of its strongest claim for that stance.</para>
/// <para>The support for a stance is <c>S = 1 − Π(1 − w_s)</c> over the stories that report it: independent
/// sources compound, so two on-record stories give 0.99 and one anonymous story 0.4.</para>
/// <para>The confidence in the current stance <c>c</c> against the opposite <c>o</c> is
/// <c>S_c × S_c / (S_c + S_o)</c>: the support times its share of all support. Without conflict it is
/// <c>S_c</c>; evenly conflicted it is about half of it.</para>
/// </remarks>
public static class PositionConfidence
{
    /// <summary>The factor applied to a hedged claim's weight.</summary>
    public const double HedgeFactor = 0.5;

    /// <summary>Story slots: one per attribution kind and hedging, <c>2 × kind + hedged</c>.</summary>
    internal const int Slots = 10;

    // Slots ordered strongest first (by weight; ties by slot), and each slot's rank in that order.
    private static readonly int[] SlotRank = BuildRanks();

    /// <summary>The base weight of a claim sourced this way.</summary>
    public static double BaseWeight(AttributionKind kind) => kind switch
    {
        AttributionKind.OnRecord => 0.9,
        AttributionKind.NamedSource => 0.75,
        AttributionKind.Report => 0.6,
        AttributionKind.Anonymous => 0.4,
        _ => 0.3,
    };

    /// <summary>The weight of one claim: its base weight, halved when hedged.</summary>
    public static double Weight(AttributionKind kind, bool hedged) => BaseWeight(kind) * (hedged ? HedgeFactor : 1.0);

    /// <summary>The support <c>1 − Π(1 − w_s)</c> of stories with the given weights.</summary>
    public static double Support(IEnumerable<double> storyWeights)
    {
        ArgumentNullException.ThrowIfNull(storyWeights);
        var miss = 1.0;
        foreach (var weight in storyWeights)
        {
            miss *= 1 - Math.Clamp(weight, 0, 1);
        }

        return 1 - miss;
    }

    /// <summary>The confidence in a stance with this support against the opposite stance's support.</summary>
    public static double Confidence(double support, double opposing) => support <= 0 ? 0 : support * support / (support + Math.Max(0, opposing));

    /// <summary>The slot of a claim: <c>2 × kind + hedged</c>.</summary>
    internal static int Slot(AttributionKind kind, bool hedged) => ((int)kind * 2) + (hedged ? 1 : 0);

    /// <summary>The weight of a slot.</summary>
    internal static double SlotWeight(int slot) => Weight((AttributionKind)(slot / 2), (slot & 1) == 1);

    /// <summary>True when a claim in slot <paramref name="slot"/> is stronger than one in <paramref name="than"/> (a story keeps its strongest).</summary>
    internal static bool Stronger(int slot, int than) => SlotRank[slot] < SlotRank[than];

    /// <summary>The support of stories counted by the slot of their strongest claim.</summary>
    internal static double Support(ReadOnlySpan<long> storiesBySlot)
    {
        var miss = 1.0;
        for (var slot = 0; slot < storiesBySlot.Length; slot++)
        {
            if (storiesBySlot[slot] > 0)
            {
                miss *= Math.Pow(1 - SlotWeight(slot), storiesBySlot[slot]);
            }
        }

        return 1 - miss;
    }

    private static int[] BuildRanks()
    {
        var order = new int[Slots];
        for (var i = 0; i < Slots; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => SlotWeight(b).CompareTo(SlotWeight(a)) is var byWeight && byWeight != 0 ? byWeight : a.CompareTo(b));
        var ranks = new int[Slots];
        for (var rank = 0; rank < Slots; rank++)
        {
            ranks[order[rank]] = rank;
        }

        return ranks;
    }
}
