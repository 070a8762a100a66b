using System.Globalization;
using System.Text;
using Parley.Positions;

namespace Parley.Brief;

/// <summary>The brief as Markdown: the same sections, the grid as a table, the timelines as dated lists. Article text is escaped so it can neither inject HTML nor Markdown structure.</summary>
internal static class MarkdownBrief
{
    private const int TimelineEntriesPerParty = 12;

    public static string Render(BriefView view)
    {
        var content = view.Content;
        var stats = content.Stats;
        var md = new StringBuilder(16 * 1024);
        md.Append("# ").Append(Escape(content.Title)).Append("\n\n");
        md.Append("*Parley negotiation brief.* **Period:** ").Append(BriefText.Period(content.Since, content.Until)).Append("  \n");
        var published = stats.FirstPublished is { } first && stats.LastPublished is { } last ? $"; articles published {BriefText.Date(first)} to {BriefText.Date(last)}" : string.Empty;
        md.Append("The store holds ").Append(BriefText.Count(stats.Documents, "article", "articles"))
            .Append(" in ").Append(BriefText.Count(stats.Stories, "story", "stories"))
            .Append(" from ").Append(BriefText.Count(stats.Outlets, "outlet", "outlets"))
            .Append(", and ").Append(BriefText.Count(stats.Claims, "claim", "claims")).Append(published).Append(".\n\n");
        if (view.IsEmpty)
        {
            md.Append("## Nothing to brief yet\n\n");
            md.Append(stats.Claims == 0
                ? "The store holds no claims. Ingest some articles first (`parley ingest PATH...`, or `parley demo`), then make the brief again.\n"
                : $"The store holds claims, but none in this period ({BriefText.Period(content.Since, content.Until)}). Widen `--since` / `--until`.\n");
            return md.ToString();
        }

        Changes(md, view);
        Grid(md, view);
        Outlooks(md, view);
        Timelines(md, view);
        Evidence(md, view);
        md.Append("---\n\n*Made by Parley on ")
            .Append(content.Generated.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
            .Append(" UTC.*\n");
        return md.ToString();
    }

    private static void Changes(StringBuilder md, BriefView view)
    {
        md.Append("## Headline changes\n\n");
        if (view.Headlines.Count == 0)
        {
            md.Append("No party changed its position since ").Append(BriefText.Date(view.Content.ChangesSince)).Append(".\n\n");
            return;
        }

        md.Append("Since ").Append(BriefText.Date(view.Content.ChangesSince)).Append(":\n\n");
        foreach (var change in view.Headlines)
        {
            md.Append("- **").Append(BriefText.ChangeKind(change.Kind)).Append(":** **").Append(Escape(BriefText.Names(change.Actors.Select(view.Labels.Actor).ToList()))).Append("** ")
                .Append(Escape(BriefText.ChangeSentence(change, view.Labels.Issue(change.Issue)))).Append("  \n  ");
            Quote(md, view, change.Evidence);
            md.Append('\n');
        }

        if (view.MoreChanges > 0)
        {
            md.Append("- …and ").Append(BriefText.Count(view.MoreChanges, "more headline", "more headlines")).Append('\n');
        }

        md.Append('\n');
    }

    private static void Grid(StringBuilder md, BriefView view)
    {
        md.Append("## Where the parties stand\n\n");
        md.Append("Legend: **+** for, **−** against, **±** reported both ways, · no claim; then the act, claims·independent sources, and the confidence (0–1).\n\n");
        md.Append("| Party |");
        foreach (var issue in view.Issues)
        {
            md.Append(' ').Append(Escape(view.Labels.Issue(issue))).Append(" |");
        }

        md.Append("\n|---|");
        md.Append(string.Concat(Enumerable.Repeat(":---:|", view.Issues.Count)));
        md.Append('\n');
        foreach (var actor in view.Actors)
        {
            md.Append("| **").Append(Escape(view.Labels.Actor(actor))).Append("** |");
            foreach (var issue in view.Issues)
            {
                md.Append(' ').Append(view.Cell(actor, issue) is { } cell ? CellText(cell) : "·").Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>"+ demand 3·2 (0.72)".</summary>
    internal static string CellText(PositionCell cell) =>
        string.Create(CultureInfo.InvariantCulture, $"{BriefText.Glyph(cell)} {BriefText.Act(cell.Act)} {cell.Claims}·{cell.Sources} ({Math.Clamp(double.IsFinite(cell.Confidence) ? cell.Confidence : 0, 0, 1):0.00})");

    private static void Outlooks(StringBuilder md, BriefView view)
    {
        md.Append("## Outlook per issue\n\n");
        md.Append("| Issue | Outlook | For | Against | Both ways |\n|---|---|---|---|---|\n");
        foreach (var outlook in view.Outlooks)
        {
            md.Append("| ").Append(Escape(view.Labels.Issue(outlook.Issue)))
                .Append(" | ").Append(BriefText.Outlook(outlook.Outlook))
                .Append(" | ").Append(Names(view, outlook.For))
                .Append(" | ").Append(Names(view, outlook.Against))
                .Append(" | ").Append(Names(view, outlook.Conflicted))
                .Append(" |\n");
        }

        md.Append('\n');
    }

    private static void Timelines(StringBuilder md, BriefView view)
    {
        md.Append("## Timelines\n\n");
        md.Append("Per issue and party, oldest first: the date, then + for or − against and the act.\n\n");
        var oneYear = view.Content.Claims.Select(c => c.Date.Year).Distinct().Count() <= 1;
        foreach (var chart in view.Timelines)
        {
            md.Append("**").Append(Escape(view.Labels.Issue(chart.Issue))).Append("** (").Append(BriefText.Count(chart.Total, "claim", "claims")).Append(")\n\n");
            foreach (var actor in chart.Actors)
            {
                var entries = chart.Markers.Where(m => m.Claim.Actor == actor).Select(m => m.Claim).ToList();
                var shown = entries.Skip(Math.Max(0, entries.Count - TimelineEntriesPerParty));
                md.Append("- ").Append(Escape(view.Labels.Actor(actor))).Append(": ");
                if (entries.Count > TimelineEntriesPerParty)
                {
                    md.Append("… ");
                }

                md.Append(string.Join(", ", shown.Select(c => $"{(oneYear ? BriefText.ShortDate(c.Date) : BriefText.Date(c.Date))} {BriefText.Glyph(c.Stance)}{BriefText.Act(c.Act)}"))).Append('\n');
            }

            md.Append('\n');
        }
    }

    private static void Evidence(StringBuilder md, BriefView view)
    {
        md.Append("## Key evidence\n\n");
        foreach (var issue in view.Evidence)
        {
            md.Append("### ").Append(Escape(view.Labels.Issue(issue.Issue))).Append("\n\n");
            if (view.Labels.Proposition(issue.Issue) is { } proposition)
            {
                md.Append("*For means: ").Append(Escape(proposition)).Append("*\n\n");
            }

            foreach (var claim in issue.Quotes)
            {
                md.Append("> ");
                Quote(md, view, claim);
                md.Append("\n\n");
            }
        }
    }

    /// <summary>“evidence” — Speaker (Party), [Outlet](url), date, “Title”, via A > B, on the record.</summary>
    private static void Quote(StringBuilder md, BriefView view, Positions.StoredClaim claim)
    {
        md.Append('“').Append(Escape(BriefText.OneLine(claim.Evidence))).Append("” — ").Append(Escape(BriefText.Speaker(claim, view.Labels))).Append(", ");
        var outlet = Escape(string.IsNullOrWhiteSpace(claim.Outlet) ? "unknown outlet" : BriefText.OneLine(claim.Outlet));
        if (BriefText.WebLink(claim.Url) is { } link)
        {
            md.Append('[').Append(outlet).Append("](<").Append(LinkTarget(link)).Append(">)");
        }
        else
        {
            md.Append(outlet);
        }

        md.Append(", ").Append(BriefText.ClaimDate(claim));
        if (!string.IsNullOrWhiteSpace(claim.Title))
        {
            md.Append(", “").Append(Escape(BriefText.OneLine(claim.Title))).Append('”');
        }

        if (claim.Via.Count > 0)
        {
            md.Append(", ").Append(Escape(BriefText.Via(claim.Via)));
        }

        md.Append(", ").Append(BriefText.Sourcing(claim));
    }

    private static string Names(BriefView view, IReadOnlyList<string> actors) =>
        actors.Count == 0 ? "—" : Escape(string.Join(", ", view.Labels.OrderActors(actors).Select(view.Labels.Actor)));

    /// <summary>
    /// Makes text inert in Markdown: &amp; and &lt; become entities (no raw HTML, no autolinks), the characters of
    /// inline structure (emphasis, links, code, table cells, strike-through) are backslash-escaped, and newlines fold to
    /// spaces, so the text never starts a block of its own.
    /// </summary>
    internal static string Escape(string? text)
    {
        // '<' would open raw HTML and '&' an entity; '>' only matters at the start of a line, which text never is here.
        var line = BriefText.OneLine(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        var escaped = new StringBuilder(line.Length + 8);
        foreach (var c in line)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A link target inside &lt;...&gt;: the absolute URI, with the characters that could end it percent-encoded.</summary>
    private static string LinkTarget(Uri link) =>
        link.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal);
}
