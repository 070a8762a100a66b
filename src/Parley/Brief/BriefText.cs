using System.Globalization;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;

namespace Parley.Brief;

/// <summary>The words both forms of the brief use for acts, stances, outlooks, dates and sources.</summary>
internal static class BriefText
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>"demand", "propose", "accept", "reject".</summary>
    public static string Act(ClaimAct act) => act switch
    {
        ClaimAct.Demand => "demand",
        ClaimAct.Propose => "propose",
        ClaimAct.Accept => "accept",
        ClaimAct.Reject => "reject",
        _ => act.ToString().ToLowerInvariant(),
    };

    /// <summary>"demands", "proposes", "accepts", "rejects".</summary>
    public static string Acts(ClaimAct act) => Act(act) + "s";

    public static string Stance(Stance stance) => stance == Claims.Stance.For ? "for" : "against";

    /// <summary>The CSS class and data value of a cell: for, against, conflict.</summary>
    public static string CellClass(PositionCell cell) => cell.Conflict ? "conflict" : Stance(cell.Stance);

    /// <summary>A glyph that tells the stance without colour: + for, − against, ± both ways.</summary>
    public static string Glyph(PositionCell cell) => cell.Conflict ? "±" : Glyph(cell.Stance);

    public static string Glyph(Stance stance) => stance == Claims.Stance.For ? "+" : "−";

    public static string Outlook(Outlook outlook) => outlook switch
    {
        Positions.Outlook.Overlap => "overlap",
        Positions.Outlook.Clash => "clash",
        _ => "open",
    };

    public static string OutlookMeaning(Outlook outlook) => outlook switch
    {
        Positions.Outlook.Overlap => "the parties with a settled stance want the same outcome",
        Positions.Outlook.Clash => "some parties are for, others against",
        _ => "only one party has a known stance",
    };

    public static string Attribution(AttributionKind kind) => kind switch
    {
        AttributionKind.OnRecord => "on the record",
        AttributionKind.NamedSource => "named source",
        AttributionKind.Anonymous => "anonymous sources",
        AttributionKind.Report => "media report",
        AttributionKind.Unconfirmed => "unconfirmed",
        _ => kind.ToString(),
    };

    public static string ChangeKind(ChangeKind kind) => kind switch
    {
        Positions.ChangeKind.Shift => "Shift",
        Positions.ChangeKind.NewDemand => "New demand",
        Positions.ChangeKind.DroppedDemand => "Dropped demand",
        Positions.ChangeKind.NewPosition => "New position",
        _ => kind.ToString(),
    };

    /// <summary>"against (reject)".</summary>
    public static string State(PositionState? state) => state is null ? "no position" : $"{Stance(state.Stance)} ({Act(state.Act)})";

    /// <summary>What a change says after its parties' names: "shifted on Ceasefire: against (reject) → for (accept)"; verbs agree with one or several parties.</summary>
    public static string ChangeSentence(ChangeGroup change, string issue)
    {
        var one = change.Actors.Count == 1;
        return change.Kind switch
        {
            Positions.ChangeKind.Shift => $"shifted on {issue}: {State(change.Before)} → {State(change.After)}",
            Positions.ChangeKind.NewDemand => $"now {(one ? "demands" : "demand")} {issue}{(change.After is { } after ? $" ({Stance(after.Stance)})" : string.Empty)}",
            Positions.ChangeKind.DroppedDemand => $"no longer {(one ? "repeats its" : "repeat their")} demand on {issue}{(change.Before is { } before ? $" ({Stance(before.Stance)})" : string.Empty)}",
            Positions.ChangeKind.NewPosition => $"took {(one ? "a position" : "positions")} on {issue}: {State(change.After)}",
            _ => issue,
        };
    }

    /// <summary>"Germany", "Germany and France", "Germany, France and United Kingdom".</summary>
    public static string Names(IReadOnlyList<string> names) => names.Count switch
    {
        0 => string.Empty,
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    /// <summary>"via UNN > Bloomberg", or empty.</summary>
    public static string Via(IReadOnlyList<string> via) => via.Count > 0 ? "via " + string.Join(" > ", via) : string.Empty;

    /// <summary>The speaker and party: "Sergei Lavrov (Russia)" or "Russia".</summary>
    public static string Speaker(StoredClaim claim, BriefLabels labels) =>
        string.IsNullOrWhiteSpace(claim.Speaker) ? labels.Actor(claim.Actor) : $"{claim.Speaker} ({labels.Actor(claim.Actor)})";

    /// <summary>The date as shown on a quote, marked when it is the ingest date.</summary>
    public static string ClaimDate(StoredClaim claim) => claim.DateIsIngest ? $"{Date(claim.Date)} (ingest date)" : Date(claim.Date);

    /// <summary>The sourcing in words: "on the record, hedged".</summary>
    public static string Sourcing(StoredClaim claim) => Attribution(claim.Attribution) + (claim.Hedged && claim.Attribution != AttributionKind.Unconfirmed ? ", hedged" : string.Empty);

    /// <summary>The address if it is a web link (http or https); anything else (javascript:, data:, relative) is never linked.</summary>
    public static Uri? WebLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>One line of text: newlines and runs of spaces folded.</summary>
    public static string OneLine(string? text) => string.IsNullOrEmpty(text) ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The period in words.</summary>
    public static string Period(DateOnly? since, DateOnly? until) => (since, until) switch
    {
        ({ } s, { } u) => $"{Date(s)} – {Date(u)}",
        ({ } s, null) => $"since {Date(s)}",
        (null, { } u) => $"up to {Date(u)}",
        _ => "all dates",
    };

    /// <summary>"1 claim", "3 claims".</summary>
    public static string Count(long n, string one, string many) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
