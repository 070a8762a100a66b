using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;

namespace Parley.Brief;

/// <summary>One issue's timeline, laid out in SVG user units: one row per party, x by date, a marker per claim.</summary>
/// <param name="Issue">The issue.</param>
/// <param name="Actors">The rows, top to bottom.</param>
/// <param name="Plot">The plotting area.</param>
/// <param name="Width">The drawing's width.</param>
/// <param name="Height">The drawing's height.</param>
/// <param name="Ticks">The date ticks along the x axis.</param>
/// <param name="Markers">The markers, oldest first.</param>
/// <param name="Total">How many claims the issue has in the period (more than the markers when capped).</param>
internal sealed record TimelineChart(
    string Issue,
    IReadOnlyList<string> Actors,
    ChartBox Plot,
    double Width,
    double Height,
    IReadOnlyList<ChartTick> Ticks,
    IReadOnlyList<ChartMarker> Markers,
    int Total)
{
    public const double DefaultWidth = 760;
    public const double LabelWidth = 120;
    public const double RowHeight = 24;
    public const double Top = 10;
    public const double AxisHeight = 30;
    public const double RightMargin = 14;
    public const double InnerPad = 10;
    public const double MarkerSize = 5;
    private const int MaxTicks = 7;

    /// <summary>The y of a row's centre line.</summary>
    public double RowY(int row) => RowCentre(Plot, row);

    private static double RowCentre(ChartBox plot, int row) => plot.Top + (row * RowHeight) + (RowHeight / 2);

    /// <summary>Lays out an issue's claims (any order); keeps the latest <paramref name="maxMarkers"/>. The x axis spans <paramref name="axis"/> (widened to the claims if they pass it), else the claims' own dates.</summary>
    public static TimelineChart Build(string issue, IReadOnlyList<StoredClaim> claims, BriefLabels labels, int maxMarkers, (DateOnly First, DateOnly Last)? axis = null, double width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(labels);
        var ordered = claims.OrderBy(c => c.Date).ThenBy(c => c.Id).ToList();
        var shown = ordered.Count > maxMarkers ? ordered.Skip(ordered.Count - Math.Max(0, maxMarkers)).ToList() : ordered;
        var actors = labels.OrderActors(shown.Select(c => c.Actor));
        var plot = new ChartBox(LabelWidth, Top, width - RightMargin, Top + (Math.Max(1, actors.Count) * RowHeight));
        if (shown.Count == 0)
        {
            return new TimelineChart(issue, actors, plot, width, plot.Bottom + AxisHeight, [], [], ordered.Count);
        }

        // A single day gets a day either side, so its markers sit in the middle rather than on an edge.
        var first = shown[0].Date;
        var last = shown[^1].Date;
        if (axis is { } range)
        {
            first = range.First < first ? range.First : first;
            last = range.Last > last ? range.Last : last;
        }

        if (first == last)
        {
            first = first > DateOnly.MinValue ? first.AddDays(-1) : first;
            last = last < DateOnly.MaxValue ? last.AddDays(1) : last;
        }

        var span = (double)(last.DayNumber - first.DayNumber);
        double X(DateOnly date) => plot.Left + InnerPad + ((date.DayNumber - first.DayNumber) / span * (plot.Width - (2 * InnerPad)));

        var rowOf = actors.Select((actor, row) => (actor, row)).ToDictionary(p => p.actor, p => p.row, StringComparer.Ordinal);
        var sameDay = new Dictionary<(string, DateOnly), int>();
        var markers = new List<ChartMarker>(shown.Count);
        foreach (var claim in shown)
        {
            // Claims by one party on one day are spread up and down the row, never along the date axis.
            var key = (claim.Actor, claim.Date);
            var k = sameDay.GetValueOrDefault(key);
            sameDay[key] = k + 1;
            var offset = k == 0 ? 0 : (k % 2 == 1 ? -1 : 1) * Math.Min(2, (k + 1) / 2) * (MarkerSize - 1);
            var row = rowOf[claim.Actor];
            markers.Add(new ChartMarker(claim, X(claim.Date), RowCentre(plot, row) + offset, Hollow(claim)));
        }

        var ticks = TickDates(first, last).Select(d => new ChartTick(d, X(d), string.Empty)).ToList();
        ticks = ticks.Select((t, i) => t with { Label = i == 0 || ticks[i - 1].Date.Year != t.Date.Year ? BriefText.Date(t.Date) : BriefText.ShortDate(t.Date) }).ToList();
        return new TimelineChart(issue, actors, plot, width, plot.Bottom + AxisHeight, ticks, markers, ordered.Count);
    }

    /// <summary>Dates for axis ticks between two days: days, weeks (Mondays), month starts or years, at most <see cref="MaxTicks"/>.</summary>
    internal static IReadOnlyList<DateOnly> TickDates(DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber;
        foreach (var step in new[] { 1, 2, 3 })
        {
            if (days / step + 1 <= MaxTicks)
            {
                return Range(first, last, first, d => d.AddDays(step));
            }
        }

        var monday = first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
        foreach (var weeks in new[] { 1, 2 })
        {
            var ticks = Range(first, last, monday, d => d.AddDays(7 * weeks));
            if (ticks.Count <= MaxTicks)
            {
                return ticks;
            }
        }

        var monthStart = first.Day == 1 ? first : new DateOnly(first.Year, first.Month, 1).AddMonths(1);
        foreach (var months in new[] { 1, 2, 3, 6 })
        {
            var ticks = Range(first, last, monthStart, d => d.AddMonths(months));
            if (ticks.Count <= MaxTicks)
            {
                return ticks;
            }
        }

        var yearStart = first.DayOfYear == 1 ? first : new DateOnly(first.Year + 1, 1, 1);
        for (var years = 1; ; years *= 2)
        {
            var ticks = Range(first, last, yearStart, d => d.AddYears(years));
            if (ticks.Count <= MaxTicks)
            {
                return ticks;
            }
        }
    }

    private static List<DateOnly> Range(DateOnly first, DateOnly last, DateOnly start, Func<DateOnly, DateOnly> next)
    {
        var ticks = new List<DateOnly>();
        for (var d = start; d <= last; d = next(d))
        {
            if (d >= first)
            {
                ticks.Add(d);
            }
        }

        return ticks;
    }

    /// <summary>Claims the source itself doubts (hedged, unconfirmed, anonymous) are drawn hollow.</summary>
    private static bool Hollow(StoredClaim claim) => claim.Hedged || claim.Attribution is AttributionKind.Unconfirmed or AttributionKind.Anonymous;
}

/// <summary>A rectangle in SVG user units.</summary>
internal readonly record struct ChartBox(double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;
}

/// <summary>A date tick on the x axis.</summary>
internal sealed record ChartTick(DateOnly Date, double X, string Label);

/// <summary>One claim's marker: where it sits, and whether it is drawn hollow (the source doubts it).</summary>
internal sealed record ChartMarker(StoredClaim Claim, double X, double Y, bool Hollow)
{
    public Stance Stance => Claim.Stance;

    public ClaimAct Act => Claim.Act;
}
