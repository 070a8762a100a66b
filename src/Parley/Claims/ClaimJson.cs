using Parley.Reading;

namespace Parley.Claims;

/// <summary>Writes a claim as one JSON line: <c>{doc, actor, act, issue, stance, speaker, evidence, start, end, attribution: {kind, via}, hedged}</c>.</summary>
public static class ClaimJson
{
    /// <summary>The claim as one line of JSON, without the newline.</summary>
    public static string ToLine(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return ArticleJson.Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("doc", claim.Doc);
            writer.WriteString("actor", claim.Actor);
            writer.WriteString("act", Name(claim.Act.ToString()));
            writer.WriteString("issue", claim.Issue);
            writer.WriteString("stance", Name(claim.Stance.ToString()));
            writer.WriteString("speaker", claim.Speaker);
            writer.WriteString("evidence", claim.Evidence);
            writer.WriteNumber("start", claim.Start);
            writer.WriteNumber("end", claim.End);
            writer.WriteStartObject("attribution");
            writer.WriteString("kind", KindName(claim.Attribution.Kind));
            writer.WriteStartArray("via");
            foreach (var organisation in claim.Attribution.Via)
            {
                writer.WriteStringValue(organisation);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteBoolean("hedged", claim.Hedged);
            writer.WriteEndObject();
        });
    }

    /// <summary>The snake_case name of an attribution kind (<c>on_record</c>, <c>named_source</c>...).</summary>
    public static string KindName(AttributionKind kind) => kind switch
    {
        AttributionKind.OnRecord => "on_record",
        AttributionKind.NamedSource => "named_source",
        AttributionKind.Anonymous => "anonymous",
        AttributionKind.Report => "report",
        _ => "unconfirmed",
    };

    private static string Name(string value) => value.ToLowerInvariant();
}
