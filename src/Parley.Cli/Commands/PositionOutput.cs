using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;
using Parley.Reading;

namespace Parley.Cli.Commands;

/// <summary>How the position commands print cells, outlooks, claims and changes: JSON Lines (one object per line), CSV (RFC 4180, with a header) and text.</summary>
public static class PositionOutput
{
    /// <summary>The CSV header of a matrix cell.</summary>
    public static readonly string[] CellColumns =
        ["actor", "issue", "stance", "act", "claims", "sources", "first_seen", "last_seen", "confidence", "conflict", "for_claims", "against_claims", "on_record", "named_source", "anonymous", "report", "unconfirmed", "ingest_dated"];

    /// <summary>The CSV header of an issue outlook.</summary>
    public static readonly string[] OutlookColumns = ["issue", "outlook", "for", "against", "conflicted"];

    /// <summary>The CSV header of a claim.</summary>
    public static readonly string[] ClaimColumns =
        ["date", "date_is_ingest", "actor", "act", "issue", "stance", "attribution", "via", "hedged", "speaker", "outlet", "title", "url", "doc", "story", "claim", "start", "end", "evidence"];

    /// <summary>The CSV header of a change.</summary>
    public static readonly string[] ChangeColumns =
        ["kind", "actor", "issue", "before_stance", "before_act", "after_stance", "after_act", .. ClaimColumns];

    /// <summary>A date as YYYY-MM-DD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The lower-case name of an act.</summary>
    public static string Name(ClaimAct act) => act.ToString().ToLowerInvariant();

    /// <summary>The lower-case name of a stance.</summary>
    public static string Name(Stance stance) => stance == Stance.For ? "for" : "against";

    /// <summary>The snake_case name of a change kind.</summary>
    public static string Name(ChangeKind kind) => kind switch
    {
        ChangeKind.Shift => "shift",
        ChangeKind.NewPosition => "new_position",
        ChangeKind.NewDemand => "new_demand",
        _ => "dropped_demand",
    };

    /// <summary>The lower-case name of an outlook.</summary>
    public static string Name(Outlook outlook) => outlook.ToString().ToLowerInvariant();

    /// <summary>One CSV record per RFC 4180: fields with a comma, quote or line break are quoted (quotes doubled); CRLF ends the record.</summary>
    public static void CsvRow(TextWriter writer, IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        var line = new StringBuilder(256);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            var field = fields[i] ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                line.Append(field);
            }
        }

        line.Append("\r\n");
        writer.Write(line.ToString());
    }

    /// <summary>A matrix cell as one JSON line.</summary>
    public static string CellJson(PositionCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return ArticleJson.Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("actor", cell.Actor);
            writer.WriteString("issue", cell.Issue);
            writer.WriteString("stance", Name(cell.Stance));
            writer.WriteString("act", Name(cell.Act));
            writer.WriteNumber("claims", cell.Claims);
            writer.WriteNumber("sources", cell.Sources);
            writer.WriteString("first_seen", Date(cell.FirstSeen));
            writer.WriteString("last_seen", Date(cell.LastSeen));
            writer.WriteNumber("confidence", cell.Confidence);
            writer.WriteBoolean("conflict", cell.Conflict);
            writer.WriteNumber("for_claims", cell.ForClaims);
            writer.WriteNumber("against_claims", cell.AgainstClaims);
            writer.WriteStartObject("attribution");
            writer.WriteNumber("on_record", cell.Attribution.OnRecord);
            writer.WriteNumber("named_source", cell.Attribution.NamedSource);
            writer.WriteNumber("anonymous", cell.Attribution.Anonymous);
            writer.WriteNumber("report", cell.Attribution.Report);
            writer.WriteNumber("unconfirmed", cell.Attribution.Unconfirmed);
            writer.WriteEndObject();
            writer.WriteNumber("ingest_dated", cell.IngestDated);
            writer.WriteEndObject();
        });
    }

    /// <summary>A matrix cell as CSV fields, in <see cref="CellColumns"/> order.</summary>
    public static string?[] CellCsv(PositionCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return
        [
            cell.Actor, cell.Issue, Name(cell.Stance), Name(cell.Act), Number(cell.Claims), Number(cell.Sources), Date(cell.FirstSeen), Date(cell.LastSeen),
            cell.Confidence.ToString("0.###", CultureInfo.InvariantCulture), cell.Conflict ? "true" : "false", Number(cell.ForClaims), Number(cell.AgainstClaims),
            Number(cell.Attribution.OnRecord), Number(cell.Attribution.NamedSource), Number(cell.Attribution.Anonymous), Number(cell.Attribution.Report),
            Number(cell.Attribution.Unconfirmed), Number(cell.IngestDated),
        ];
    }

    /// <summary>An issue outlook as one JSON line: <c>{issue, outlook, for, against, conflicted}</c>.</summary>
    public static string OutlookJson(IssueOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        return ArticleJson.Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("issue", outlook.Issue);
            writer.WriteString("outlook", Name(outlook.Outlook));
            WriteArray(writer, "for", outlook.For);
            WriteArray(writer, "against", outlook.Against);
            WriteArray(writer, "conflicted", outlook.Conflicted);
            writer.WriteEndObject();
        });
    }

    /// <summary>An issue outlook as CSV fields (party lists separated by spaces).</summary>
    public static string?[] OutlookCsv(IssueOutlook outlook)
    {
        ArgumentNullException.ThrowIfNull(outlook);
        return [outlook.Issue, Name(outlook.Outlook), string.Join(' ', outlook.For), string.Join(' ', outlook.Against), string.Join(' ', outlook.Conflicted)];
    }

    /// <summary>A stored claim as one JSON line.</summary>
    public static string ClaimJson(StoredClaim claim) => ArticleJson.Line(writer => WriteClaim(writer, claim));

    /// <summary>A stored claim as CSV fields, in <see cref="ClaimColumns"/> order (<c>via</c> joined with " &gt; ").</summary>
    public static string?[] ClaimCsv(StoredClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return
        [
            Date(claim.Date), claim.DateIsIngest ? "true" : "false", claim.Actor, Name(claim.Act), claim.Issue, Name(claim.Stance),
            Claims.ClaimJson.KindName(claim.Attribution), string.Join(" > ", claim.Via), claim.Hedged ? "true" : "false", claim.Speaker,
            claim.Outlet, claim.Title, claim.Url, claim.Doc, Number(claim.Story), Number(claim.Id), Number(claim.Start), Number(claim.End), claim.Evidence,
        ];
    }

    /// <summary>A change as one JSON line: <c>{kind, actor, issue, before, after, evidence}</c>, the evidence a claim object.</summary>
    public static string ChangeJson(PositionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ArticleJson.Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Name(change.Kind));
            writer.WriteString("actor", change.Actor);
            writer.WriteString("issue", change.Issue);
            WriteState(writer, "before", change.Before);
            WriteState(writer, "after", change.After);
            writer.WritePropertyName("evidence");
            WriteClaim(writer, change.Evidence);
            writer.WriteEndObject();
        });
    }

    /// <summary>A change as CSV fields, in <see cref="ChangeColumns"/> order.</summary>
    public static string?[] ChangeCsv(PositionChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return
        [
            Name(change.Kind), change.Actor, change.Issue,
            change.Before is { } b ? Name(b.Stance) : null, change.Before is { } ba ? Name(ba.Act) : null,
            change.After is { } a ? Name(a.Stance) : null, change.After is { } aa ? Name(aa.Act) : null,
            .. ClaimCsv(change.Evidence),
        ];
    }

    /// <summary>A claim in two lines of text: date (<c>*</c> when it is the ingest date), who does what, sourcing and outlet; then the evidence.</summary>
    public static string ClaimText(StoredClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var via = claim.Via.Count > 0 ? " via " + string.Join(" > ", claim.Via) : string.Empty;
        var hedged = claim.Hedged ? ", hedged" : string.Empty;
        var speaker = claim.Speaker is { Length: > 0 } s ? $" ({s})" : string.Empty;
        var outlet = claim.Outlet ?? "no outlet";
        return $"{Date(claim.Date)}{(claim.DateIsIngest ? "*" : " ")}  {claim.Actor}{speaker} {Name(claim.Act)} {claim.Issue} ({Name(claim.Stance)})  [{Claims.ClaimJson.KindName(claim.Attribution)}{via}{hedged}]  {outlet} · {claim.Doc}\n" +
            $"             \"{claim.Evidence.ReplaceLineEndings(" ")}\"";
    }

    /// <summary>The footnote for dates marked <c>*</c>.</summary>
    public const string IngestFootnote = "* no publication date was found: the date is the day the article was ingested";

    private static void WriteClaim(Utf8JsonWriter writer, StoredClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        writer.WriteStartObject();
        writer.WriteNumber("claim", claim.Id);
        writer.WriteString("date", Date(claim.Date));
        writer.WriteBoolean("date_is_ingest", claim.DateIsIngest);
        writer.WriteString("actor", claim.Actor);
        writer.WriteString("act", Name(claim.Act));
        writer.WriteString("issue", claim.Issue);
        writer.WriteString("stance", Name(claim.Stance));
        writer.WriteString("speaker", claim.Speaker);
        writer.WriteString("evidence", claim.Evidence);
        writer.WriteStartObject("attribution");
        writer.WriteString("kind", Claims.ClaimJson.KindName(claim.Attribution));
        WriteArray(writer, "via", claim.Via);
        writer.WriteEndObject();
        writer.WriteBoolean("hedged", claim.Hedged);
        writer.WriteString("outlet", claim.Outlet);
        writer.WriteString("title", claim.Title);
        writer.WriteString("url", claim.Url);
        writer.WriteString("doc", claim.Doc);
        writer.WriteNumber("story", claim.Story);
        writer.WriteNumber("start", claim.Start);
        writer.WriteNumber("end", claim.End);
        writer.WriteEndObject();
    }

    private static void WriteState(Utf8JsonWriter writer, string name, PositionState? state)
    {
        if (state is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("stance", Name(state.Stance));
        writer.WriteString("act", Name(state.Act));
        writer.WriteEndObject();
    }

    private static void WriteArray(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
