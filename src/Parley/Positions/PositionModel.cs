using Parley.Claims;
using Parley.Codebooks;

namespace Parley.Positions;

/// <summary>Which stored claims a query looks at; every field left null means "all".</summary>
/// <param name="Actor">Only this party's claims (codebook id).</param>
/// <param name="Issue">Only claims on this issue (codebook id).</param>
/// <param name="Since">Only claims dated on or after this day.</param>
/// <param name="Until">Only claims dated on or before this day.</param>
/// <param name="Attribution">Only claims sourced this way.</param>
public sealed record ClaimFilter(
    string? Actor = null,
    string? Issue = null,
    DateOnly? Since = null,
    DateOnly? Until = null,
    AttributionKind? Attribution = null)
{
    /// <summary>No restriction.</summary>
    public static ClaimFilter All { get; } = new();
}

/// <summary>One stored claim with the article it came from: the drill-down row of every view and export.</summary>
/// <param name="Id">The claim's row id.</param>
/// <param name="DocumentId">The document's row id.</param>
/// <param name="Doc">The document name.</param>
/// <param name="Actor">The party (codebook id).</param>
/// <param name="Act">What the party does with the term.</param>
/// <param name="Issue">The term (codebook id).</param>
/// <param name="Stance">For or against the issue's proposition.</param>
/// <param name="Speaker">The person who voiced it, when named.</param>
/// <param name="Evidence">The sentence that carries it.</param>
/// <param name="Start">The evidence's first character offset in the article text.</param>
/// <param name="End">The offset just past the evidence.</param>
/// <param name="Attribution">How it is sourced.</param>
/// <param name="Via">The chain of organisations it came through, outermost first.</param>
/// <param name="Hedged">True when the article says it is unconfirmed.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Outlet">The article's outlet.</param>
/// <param name="Url">The article's address.</param>
/// <param name="Date">The article's publication date, or its ingest date when it has none.</param>
/// <param name="DateIsIngest">True when <paramref name="Date"/> is the ingest date (no publication date was found).</param>
/// <param name="Story">The story cluster the article belongs to (syndicated copies share one).</param>
public sealed record StoredClaim(
    long Id,
    long DocumentId,
    string Doc,
    string Actor,
    ClaimAct Act,
    string Issue,
    Stance Stance,
    string? Speaker,
    string Evidence,
    int Start,
    int End,
    AttributionKind Attribution,
    IReadOnlyList<string> Via,
    bool Hedged,
    string? Title,
    string? Outlet,
    string? Url,
    DateOnly Date,
    bool DateIsIngest,
    long Story);

/// <summary>How many of a cell's claims were sourced each way.</summary>
/// <param name="OnRecord">Said on the record by the party or its official.</param>
/// <param name="NamedSource">From a named source who is not the party's official voice.</param>
/// <param name="Anonymous">From anonymous sources.</param>
/// <param name="Report">Relayed by a media report.</param>
/// <param name="Unconfirmed">Explicitly unconfirmed.</param>
public sealed record AttributionMix(int OnRecord, int NamedSource, int Anonymous, int Report, int Unconfirmed)
{
    /// <summary>No claims.</summary>
    public static AttributionMix None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>All claims counted.</summary>
    public int Total => OnRecord + NamedSource + Anonymous + Report + Unconfirmed;
}

/// <summary>Where one party stands on one issue: one cell of the actor × issue matrix.</summary>
/// <param name="Actor">The party (codebook id).</param>
/// <param name="Issue">The issue (codebook id).</param>
/// <param name="Stance">The current stance: that of the most recent claims.</param>
/// <param name="Act">The current act: that of the most recent claims.</param>
/// <param name="Claims">How many claims the cell holds.</param>
/// <param name="Sources">How many independent sources (story clusters, not outlets) carry them.</param>
/// <param name="FirstSeen">The date of the earliest claim.</param>
/// <param name="LastSeen">The date of the latest claim.</param>
/// <param name="Attribution">The mix of attribution kinds.</param>
/// <param name="Confidence">From 0 to 1: grows with independent, on-record sources; falls with anonymity, hedging and conflict.</param>
/// <param name="Conflict">True when the party is reported both for and against the issue: shown as a conflict, never merged.</param>
/// <param name="ForClaims">Claims with the stance "for".</param>
/// <param name="AgainstClaims">Claims with the stance "against".</param>
/// <param name="IngestDated">Claims dated by their ingest date because their article has no publication date (their dates are less certain).</param>
public sealed record PositionCell(
    string Actor,
    string Issue,
    Stance Stance,
    ClaimAct Act,
    int Claims,
    int Sources,
    DateOnly FirstSeen,
    DateOnly LastSeen,
    AttributionMix Attribution,
    double Confidence,
    bool Conflict,
    int ForClaims,
    int AgainstClaims,
    int IngestDated = 0);

/// <summary>Whether the parties' stances on an issue leave room for a deal.</summary>
public enum Outlook
{
    /// <summary>Fewer than two parties have a settled stance (one not in conflict).</summary>
    Open,

    /// <summary>Two or more parties have a settled stance, and all want the same outcome.</summary>
    Overlap,

    /// <summary>Among the parties with a settled stance, some are for and others against.</summary>
    Clash,
}

/// <summary>One issue across the parties: who is for, who against, who conflicted, and the outlook.</summary>
/// <param name="Issue">The issue (codebook id).</param>
/// <param name="Outlook">Room for a deal, a clash, or still open.</param>
/// <param name="For">Parties whose settled stance is "for" (not in conflict).</param>
/// <param name="Against">Parties whose settled stance is "against" (not in conflict).</param>
/// <param name="Conflicted">Parties reported both ways (their cells have <see cref="PositionCell.Conflict"/>).</param>
public sealed record IssueOutlook(string Issue, Outlook Outlook, IReadOnlyList<string> For, IReadOnlyList<string> Against, IReadOnlyList<string> Conflicted);

/// <summary>The negotiation map: every actor × issue cell with claims, and each issue's outlook.</summary>
/// <param name="Cells">The cells, by actor then issue.</param>
/// <param name="Issues">The outlook per issue.</param>
/// <param name="Filter">The filter it was computed under.</param>
public sealed record NegotiationMap(IReadOnlyList<PositionCell> Cells, IReadOnlyList<IssueOutlook> Issues, ClaimFilter Filter);

/// <summary>The kinds of position change between two dates.</summary>
public enum ChangeKind
{
    /// <summary>A party's stance on an issue turned (for to against, or back).</summary>
    Shift,

    /// <summary>A party took a position on an issue for the first time, without demanding it (a first position that is a demand is a <see cref="NewDemand"/>).</summary>
    NewPosition,

    /// <summary>A party demanded a term it had not demanded before.</summary>
    NewDemand,

    /// <summary>A demand made before the date was not repeated since, while the party kept speaking on the issue otherwise.</summary>
    DroppedDemand,
}

/// <summary>One change in a party's position, with the claim that shows it.</summary>
/// <param name="Kind">What changed.</param>
/// <param name="Actor">The party.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Before">The stance and act before, if any.</param>
/// <param name="After">The stance and act since, if any.</param>
/// <param name="Evidence">The claim that shows the change: the first claim since the date with the new stance, the first new demand, or, for a dropped demand, the last time it was made.</param>
public sealed record PositionChange(ChangeKind Kind, string Actor, string Issue, PositionState? Before, PositionState? After, StoredClaim Evidence);

/// <summary>A stance with the act that expressed it.</summary>
/// <param name="Stance">For or against.</param>
/// <param name="Act">Demand, propose, accept or reject.</param>
public sealed record PositionState(Stance Stance, ClaimAct Act);
