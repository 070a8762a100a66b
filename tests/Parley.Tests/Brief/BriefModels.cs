using Parley.Brief;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;
using Parley.Store;

namespace Parley.Tests.Brief;

/// <summary>Brief content built by hand from model records (no store, no queries), with hostile article text in it.</summary>
public static class BriefModels
{
    public const string HostileTitle = "<img src=x onerror=\"window.pwned='title'\">Breaking: talks <b>collapse</b>";
    public const string HostileEvidence = "Russia rejected the ceasefire <script>window.pwned='evidence'</script> and said onerror=alert(1) javascript:alert(1) | *not* [a deal](javascript:alert(2)).";
    public const string HostileUrl = "javascript:window.pwned='url'";
    public const string HostileOutlet = "<b onmouseover=\"window.pwned='outlet'\">TASS</b>";
    public const string HostileSpeaker = "\"><svg onload=\"window.pwned='speaker'\">";
    public const string HostileVia = "Bloomberg</span><script>window.pwned='via'</script>";

    public static readonly DateTimeOffset Generated = new(2025, 4, 1, 9, 30, 0, TimeSpan.Zero);

    public static StoreStats Stats(long claims = 14) =>
        new(36, 30, 12, claims, 4, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 28), [new OutletCount("Reuters", 6), new OutletCount("UNN", 4)]);

    public static StoredClaim Claim(
        long id,
        string actor,
        ClaimAct act,
        string issue,
        Stance stance,
        DateOnly date,
        long story,
        AttributionKind attribution = AttributionKind.OnRecord,
        string evidence = "",
        string? speaker = null,
        string? outlet = "Reuters",
        string? title = "Envoys meet in Riyadh",
        string? url = "https://example.org/article",
        IReadOnlyList<string>? via = null,
        bool hedged = false) =>
        new(id, 1000 + id, $"doc{id}.txt", actor, act, issue, stance, speaker,
            evidence.Length > 0 ? evidence : $"{actor} {act.ToString().ToLowerInvariant()}s {issue} (claim {id}).",
            0, 10, attribution, via ?? [], hedged, title, outlet, url, date, false, story);

    public static PositionCell Cell(string actor, string issue, Stance stance, ClaimAct act, int claims, int sources, double confidence, bool conflict = false, int forClaims = -1, int againstClaims = -1) =>
        new(actor, issue, stance, act, claims, sources, new DateOnly(2025, 3, 3), new DateOnly(2025, 3, 20),
            new AttributionMix(claims, 0, 0, 0, 0), confidence, conflict,
            forClaims >= 0 ? forClaims : stance == Stance.For ? claims : 0,
            againstClaims >= 0 ? againstClaims : stance == Stance.Against ? claims : 0);

    /// <summary>Four parties and four issues: for, against, conflict and empty cells; fourteen claims through March 2025, one of them hostile.</summary>
    public static BriefContent Content()
    {
        var claims = new List<StoredClaim>
        {
            Claim(1, "US", ClaimAct.Propose, "ceasefire", Stance.For, D(3), 1, speaker: "Marco Rubio"),
            Claim(2, "UA", ClaimAct.Accept, "ceasefire", Stance.For, D(4), 2, speaker: "Volodymyr Zelensky", via: ["UNN", "Bloomberg"]),
            Claim(3, "RU", ClaimAct.Reject, "ceasefire", Stance.Against, D(5), 3, evidence: HostileEvidence, speaker: HostileSpeaker, outlet: HostileOutlet, title: HostileTitle, url: HostileUrl, via: ["UNN", HostileVia]),
            Claim(4, "US", ClaimAct.Propose, "ceasefire", Stance.For, D(5), 4, attribution: AttributionKind.Report),
            Claim(5, "US", ClaimAct.Propose, "ceasefire", Stance.For, D(5), 5, attribution: AttributionKind.Anonymous, hedged: true),
            Claim(6, "RU", ClaimAct.Demand, "ukraine_nato", Stance.Against, D(7), 6, speaker: "Sergei Lavrov"),
            Claim(7, "UA", ClaimAct.Demand, "ukraine_nato", Stance.For, D(9), 7),
            Claim(8, "RU", ClaimAct.Demand, "territory_recognition", Stance.For, D(10), 8, attribution: AttributionKind.NamedSource),
            Claim(9, "RU", ClaimAct.Reject, "ceasefire", Stance.Against, D(12), 9),
            Claim(10, "UA", ClaimAct.Accept, "ceasefire", Stance.For, D(14), 10),
            Claim(11, "EU", ClaimAct.Reject, "sanctions_relief", Stance.Against, D(15), 11),
            Claim(12, "US", ClaimAct.Propose, "sanctions_relief", Stance.For, D(17), 12, attribution: AttributionKind.Unconfirmed),
            Claim(13, "RU", ClaimAct.Demand, "ukraine_nato", Stance.Against, D(19), 13),
            Claim(14, "RU", ClaimAct.Accept, "ceasefire", Stance.For, D(20), 14, attribution: AttributionKind.NamedSource, speaker: "Dmitry Peskov"),
        };
        var cells = new List<PositionCell>
        {
            Cell("US", "ceasefire", Stance.For, ClaimAct.Propose, 3, 3, 0.8),
            Cell("US", "sanctions_relief", Stance.For, ClaimAct.Propose, 1, 1, 0.35),
            Cell("RU", "ceasefire", Stance.For, ClaimAct.Accept, 3, 3, 0.4, conflict: true, forClaims: 1, againstClaims: 2),
            Cell("RU", "ukraine_nato", Stance.Against, ClaimAct.Demand, 2, 2, 0.6),
            Cell("RU", "territory_recognition", Stance.For, ClaimAct.Demand, 1, 1, 0.55),
            Cell("UA", "ceasefire", Stance.For, ClaimAct.Accept, 2, 2, 0.7),
            Cell("UA", "ukraine_nato", Stance.For, ClaimAct.Demand, 1, 1, 0.5),
            Cell("EU", "sanctions_relief", Stance.Against, ClaimAct.Reject, 1, 1, 0.3),
        };
        var outlooks = new List<IssueOutlook>
        {
            new("ceasefire", Outlook.Overlap, ["US", "UA"], [], ["RU"]),
            new("ukraine_nato", Outlook.Clash, ["UA"], ["RU"], []),
            new("territory_recognition", Outlook.Open, ["RU"], [], []),
            new("sanctions_relief", Outlook.Clash, ["US"], ["EU"], []),
        };
        var changes = new List<PositionChange>
        {
            new(ChangeKind.Shift, "RU", "ceasefire", new PositionState(Stance.Against, ClaimAct.Reject), new PositionState(Stance.For, ClaimAct.Accept), claims[13]),
            new(ChangeKind.NewDemand, "RU", "ukraine_nato", null, new PositionState(Stance.Against, ClaimAct.Demand), claims[12]),
            new(ChangeKind.NewPosition, "EU", "sanctions_relief", null, new PositionState(Stance.Against, ClaimAct.Reject), claims[10]),
            new(ChangeKind.DroppedDemand, "UA", "ukraine_nato", new PositionState(Stance.For, ClaimAct.Demand), null, claims[6]),
        };
        var map = new NegotiationMap(cells, outlooks, new ClaimFilter(Since: D(1), Until: D(31)));
        return new BriefContent("2025 US–Russia–Ukraine talks", D(1), D(31), D(13), map, changes, claims, BriefLabels.From(Codebook.Default), Stats(), Generated);
    }

    /// <summary>A store with nothing in it.</summary>
    public static BriefContent Empty() =>
        new("2025 US–Russia–Ukraine talks", null, null, new DateOnly(2025, 3, 25), new NegotiationMap([], [], ClaimFilter.All), [], [], BriefLabels.From(Codebook.Default),
            new StoreStats(0, 0, 0, 0, 0, null, null, []), Generated);

    public static DateOnly D(int day) => new(2025, 3, day);

    /// <summary>Every issue of the built-in codebook against its first ten parties: the widest grid a brief draws for this negotiation.</summary>
    public static BriefContent Wide()
    {
        var codebook = Codebook.Default;
        var actors = codebook.Actors.Take(10).Select(a => a.Id).ToList();
        var issues = codebook.Issues.Select(i => i.Id).ToList();
        var acts = Enum.GetValues<ClaimAct>();
        var cells = new List<PositionCell>();
        var claims = new List<StoredClaim>();
        for (var a = 0; a < actors.Count; a++)
        {
            for (var i = 0; i < issues.Count; i++)
            {
                if ((a + i) % 3 == 2)
                {
                    continue;
                }

                var stance = (a * 7 + i) % 2 == 0 ? Stance.For : Stance.Against;
                var act = acts[(a + (2 * i)) % acts.Length];
                cells.Add(Cell(actors[a], issues[i], stance, act, 12, 9, ((a + i) % 10) / 10.0, conflict: (a + i) % 7 == 0));
                claims.Add(Claim(claims.Count + 1, actors[a], act, issues[i], stance, new DateOnly(2025, 1, 1).AddDays((a * 13 + i * 17) % 150), claims.Count + 1, speaker: "A Spokesperson With A Long Name"));
            }
        }

        var outlooks = issues.Select(issue => new IssueOutlook(issue, Outlook.Clash, [actors[0]], [actors[1]], [])).ToList();
        var map = new NegotiationMap(cells, outlooks, ClaimFilter.All);
        return new BriefContent(codebook.Title, null, null, new DateOnly(2025, 5, 1), map, [], claims.OrderBy(c => c.Date).ToList(), BriefLabels.From(codebook), Stats(claims.Count), Generated);
    }
}
