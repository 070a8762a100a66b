using Parley.Claims;
using Parley.Positions;

namespace Parley.Brief;

/// <summary>What a brief shows, decided once for both forms: the grid's rows and columns, the headline changes, the outlooks in order, the timelines and the quotes.</summary>
internal sealed class BriefView
{
    private readonly Dictionary<(string Actor, string Issue), PositionCell> _cells;

    private BriefView(BriefContent content, BriefOptions options)
    {
        Content = content;
        Labels = content.Labels;
        _cells = new Dictionary<(string, string), PositionCell>();
        foreach (var cell in content.Map.Cells)
        {
            _cells.TryAdd((cell.Actor, cell.Issue), cell);
        }

        Actors = Labels.OrderActors(content.Map.Cells.Select(c => c.Actor));
        Issues = Labels.OrderIssues(content.Map.Cells.Select(c => c.Issue));
        // Parties that changed the same way on the same issue in the same sentence ("Germany, France and Britain said...") are one headline.
        var changes = content.Changes
            .GroupBy(c => (c.Kind, c.Issue, c.Before, c.After, c.Evidence.DocumentId, Sentence: BriefText.OneLine(c.Evidence.Evidence)))
            .Select(g => new ChangeGroup(g.Key.Kind, g.Key.Issue, Labels.OrderActors(g.Select(c => c.Actor)), g.Key.Before, g.Key.After, g.First().Evidence))
            .OrderBy(g => KindOrder(g.Kind))
            .ThenByDescending(g => g.Evidence.Date)
            .ThenBy(g => g.Actors[0], StringComparer.Ordinal)
            .ThenBy(g => g.Issue, StringComparer.Ordinal)
            .ToList();
        Headlines = changes.Take(Math.Max(0, options.HeadlineChanges)).ToList();
        MoreChanges = changes.Count - Headlines.Count;
        var issueOrder = Labels.OrderIssues(content.Map.Issues.Select(i => i.Issue).Concat(content.Claims.Select(c => c.Issue)));
        var position = issueOrder.Select((issue, i) => (issue, i)).ToDictionary(p => p.issue, p => p.i, StringComparer.Ordinal);
        Outlooks = content.Map.Issues
            .OrderBy(o => OutlookOrder(o.Outlook))
            .ThenBy(o => position.GetValueOrDefault(o.Issue, int.MaxValue))
            .ToList();
        var byIssue = content.Claims.GroupBy(c => c.Issue, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var claimIssues = issueOrder.Where(byIssue.ContainsKey).ToList();
        // One time axis for every issue (the period, else the span of all claims), so charts line up and can be compared.
        (DateOnly, DateOnly)? axis = null;
        if (options.SharedTimeAxis && content.Claims.Count > 0)
        {
            axis = (content.Since ?? content.Claims.Min(c => c.Date), content.Until ?? content.Claims.Max(c => c.Date));
        }

        Timelines = claimIssues.Select(issue => TimelineChart.Build(issue, byIssue[issue], Labels, options.MarkersPerIssue, axis)).ToList();
        Evidence = claimIssues
            .Select(issue => new IssueQuotes(issue, KeyQuotes(byIssue[issue], options.QuotesPerIssue)))
            .Where(q => q.Quotes.Count > 0)
            .ToList();
    }

    public BriefContent Content { get; }

    public BriefLabels Labels { get; }

    /// <summary>The grid's rows: parties with at least one cell, in codebook order.</summary>
    public IReadOnlyList<string> Actors { get; }

    /// <summary>The grid's columns: issues with at least one cell, in codebook order.</summary>
    public IReadOnlyList<string> Issues { get; }

    /// <summary>The changes shown: shifts, then new demands, dropped demands and new positions, newest first within each.</summary>
    public IReadOnlyList<ChangeGroup> Headlines { get; }

    /// <summary>How many headlines were left out.</summary>
    public int MoreChanges { get; }

    /// <summary>The outlooks: clashes, then overlaps, then open issues.</summary>
    public IReadOnlyList<IssueOutlook> Outlooks { get; }

    /// <summary>One timeline per issue with claims in the period.</summary>
    public IReadOnlyList<TimelineChart> Timelines { get; }

    /// <summary>The key quotes per issue.</summary>
    public IReadOnlyList<IssueQuotes> Evidence { get; }

    /// <summary>True when the period holds nothing to brief on.</summary>
    public bool IsEmpty => Content.Map.Cells.Count == 0 && Content.Claims.Count == 0 && Content.Changes.Count == 0;

    public static BriefView Build(BriefContent content, BriefOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        return new BriefView(content, options);
    }

    public PositionCell? Cell(string actor, string issue) => _cells.GetValueOrDefault((actor, issue));

    /// <summary>
    /// The best-sourced, most trusted claims on an issue: on-record before named sources, reports, anonymous and unconfirmed
    /// ones, unhedged before hedged, weighted by the confidence of the party's cell; one quote per story and per sentence,
    /// each party's best first so the quotes do not all come from one side.
    /// </summary>
    internal IReadOnlyList<StoredClaim> KeyQuotes(IReadOnlyList<StoredClaim> claims, int count)
    {
        var ranked = claims
            .OrderByDescending(Score)
            .ThenByDescending(c => c.Date)
            .ThenBy(c => c.Id)
            .ToList();
        var chosen = new List<StoredClaim>();
        var stories = new HashSet<long>();
        var sentences = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var actors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var onePerActor in new[] { true, false })
        {
            foreach (var claim in ranked)
            {
                if (chosen.Count >= count)
                {
                    return chosen;
                }

                if ((onePerActor && actors.Contains(claim.Actor)) || stories.Contains(claim.Story) || !sentences.Add(BriefText.OneLine(claim.Evidence)))
                {
                    continue;
                }

                chosen.Add(claim);
                stories.Add(claim.Story);
                actors.Add(claim.Actor);
            }
        }

        return chosen;
    }

    private double Score(StoredClaim claim)
    {
        var sourcing = claim.Attribution switch
        {
            AttributionKind.OnRecord => 1.0,
            AttributionKind.NamedSource => 0.75,
            AttributionKind.Report => 0.55,
            AttributionKind.Anonymous => 0.3,
            _ => 0.1,
        };
        var confidence = Cell(claim.Actor, claim.Issue)?.Confidence ?? 0;
        return sourcing + confidence - (claim.Hedged ? 0.5 : 0) - (string.IsNullOrWhiteSpace(claim.Speaker) ? 0.05 : 0);
    }

    private static int KindOrder(ChangeKind kind) => kind switch
    {
        ChangeKind.Shift => 0,
        ChangeKind.NewDemand => 1,
        ChangeKind.DroppedDemand => 2,
        _ => 3,
    };

    private static int OutlookOrder(Outlook outlook) => outlook switch
    {
        Outlook.Clash => 0,
        Outlook.Overlap => 1,
        _ => 2,
    };
}

/// <summary>One headline: the same change by one or more parties, shown by one claim.</summary>
internal sealed record ChangeGroup(ChangeKind Kind, string Issue, IReadOnlyList<string> Actors, PositionState? Before, PositionState? After, StoredClaim Evidence);

/// <summary>An issue's key quotes.</summary>
internal sealed record IssueQuotes(string Issue, IReadOnlyList<StoredClaim> Quotes);
