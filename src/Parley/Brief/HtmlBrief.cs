using System.Globalization;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;

namespace Parley.Brief;

/// <summary>
/// The brief as one self-contained HTML file: inline CSS and SVG, no script, nothing fetched (a Content-Security-Policy
/// forbids both), print-friendly. Everything that comes from articles is written through <see cref="HtmlBuilder"/>,
/// which encodes it, and only http(s) addresses become links.
/// </summary>
internal static class HtmlBrief
{
    private const string ForInk = "#15803d";
    private const string AgainstInk = "#b91c1c";
    private const int TooltipEvidence = 280;

    public static string Render(BriefView view)
    {
        var content = view.Content;
        var html = new HtmlBuilder();
        html.TrustedRaw("<!DOCTYPE html>\n");
        html.Open("html", ("lang", "en"));
        html.Open("head");
        html.Empty("meta", ("charset", "utf-8"));
        html.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Empty("meta", ("http-equiv", "Content-Security-Policy"), ("content", "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"));
        html.Empty("meta", ("name", "generator"), ("content", "Parley"));
        html.Element("title", $"Negotiation brief: {content.Title} ({BriefText.Period(content.Since, content.Until)})");
        html.Open("style").TrustedRaw(Css).Close();
        html.Close("head");

        html.Open("body");
        Masthead(html, view);
        html.Open("main");
        if (view.IsEmpty)
        {
            Empty(html, view);
        }
        else
        {
            Changes(html, view);
            Grid(html, view);
            Outlooks(html, view);
            Timelines(html, view);
            Evidence(html, view);
        }

        html.Close("main");
        html.Open("footer", ("class", "colophon"));
        html.Text($"Made by Parley on {content.Generated.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC. Claims are read from news articles by rule; each one links back to the sentence it rests on.");
        html.Close("footer");
        html.Close("body");
        html.Close("html");
        return html.ToString();
    }

    private static void Masthead(HtmlBuilder html, BriefView view)
    {
        var content = view.Content;
        var stats = content.Stats;
        html.Open("header", ("class", "masthead"));
        html.Element("p", "Parley · negotiation brief", ("class", "kicker"));
        html.Element("h1", content.Title);
        html.Element("p", $"Period: {BriefText.Period(content.Since, content.Until)}", ("class", "period"));
        var published = stats.FirstPublished is { } first && stats.LastPublished is { } last ? $"; articles published {BriefText.Date(first)} to {BriefText.Date(last)}" : string.Empty;
        html.Element(
            "p",
            $"The store holds {BriefText.Count(stats.Documents, "article", "articles")} in {BriefText.Count(stats.Stories, "story", "stories")} "
            + $"({BriefText.Count(stats.SyndicatedStories, "syndicated story", "syndicated stories")}) from {BriefText.Count(stats.Outlets, "outlet", "outlets")}, "
            + $"and {BriefText.Count(stats.Claims, "claim", "claims")}{published}.",
            ("class", "store"));
        if (!view.IsEmpty)
        {
            var clashes = content.Map.Issues.Count(i => i.Outlook == Outlook.Clash);
            var overlaps = content.Map.Issues.Count(i => i.Outlook == Outlook.Overlap);
            var open = content.Map.Issues.Count(i => i.Outlook == Outlook.Open);
            html.Element(
                "p",
                $"This brief: {BriefText.Count(view.Actors.Count, "party", "parties")} × {BriefText.Count(view.Issues.Count, "issue", "issues")}, "
                + $"{BriefText.Count(content.Claims.Count, "claim", "claims")} in the period; {clashes} clashing, {overlaps} overlapping, {open} open; "
                + $"{BriefText.Count(content.Changes.Count, "change", "changes")} since {BriefText.Date(content.ChangesSince)}.",
                ("class", "summary"));
            html.Open("nav", ("aria-label", "Sections"));
            foreach (var (id, title) in new[] { ("changes", "Headline changes"), ("positions", "Positions"), ("outlook", "Outlook"), ("timelines", "Timelines"), ("evidence", "Key evidence") })
            {
                html.Element("a", title, ("href", "#" + id));
            }

            html.Close("nav");
        }

        html.Close("header");
    }

    private static void Empty(HtmlBuilder html, BriefView view)
    {
        html.Open("section", ("id", "empty"), ("class", "empty"));
        html.Element("h2", "Nothing to brief yet");
        html.Element(
            "p",
            view.Content.Stats.Claims == 0
                ? "The store holds no claims. Ingest some articles first (parley ingest PATH..., or parley demo), then make the brief again."
                : $"The store holds claims, but none in this period ({BriefText.Period(view.Content.Since, view.Content.Until)}). Widen --since / --until.");
        html.Close("section");
    }

    private static void Changes(HtmlBuilder html, BriefView view)
    {
        html.Open("section", ("id", "changes"));
        html.Element("h2", "Headline changes");
        html.Element("p", $"Shifts, new and dropped demands and new positions since {BriefText.Date(view.Content.ChangesSince)}.", ("class", "note"));
        if (view.Headlines.Count == 0)
        {
            html.Element("p", $"No party changed its position since {BriefText.Date(view.Content.ChangesSince)}.", ("class", "none-note"));
        }
        else
        {
            html.Open("ol", ("class", "changes"));
            foreach (var change in view.Headlines)
            {
                var kind = change.Kind.ToString().ToLowerInvariant();
                html.Open("li", ("class", "change " + kind), ("data-kind", kind), ("data-actors", string.Join(' ', change.Actors)), ("data-issue", change.Issue));
                html.Open("p", ("class", "what"));
                html.Element("span", BriefText.ChangeKind(change.Kind), ("class", "badge " + kind));
                html.Text(" ");
                html.Element("strong", BriefText.Names(change.Actors.Select(view.Labels.Actor).ToList()));
                html.Text(" " + BriefText.ChangeSentence(change, view.Labels.Issue(change.Issue)));
                html.Close("p");
                Quote(html, view, change.Evidence);
                html.Close("li");
            }

            html.Close("ol");
            if (view.MoreChanges > 0)
            {
                html.Element("p", $"…and {BriefText.Count(view.MoreChanges, "more headline", "more headlines")}.", ("class", "note"));
            }
        }

        html.Close("section");
    }

    private static void Grid(HtmlBuilder html, BriefView view)
    {
        html.Open("section", ("id", "positions"));
        html.Element("h2", "Where the parties stand");
        Legend(html);
        html.Open("div", ("class", "grid-wrap"));
        var minWidth = string.Create(CultureInfo.InvariantCulture, $"min-width:{10 + (view.Issues.Count * 2.9):0.#}rem");
        html.Open("table", ("class", "grid"), ("style", minWidth), ("data-rows", view.Actors.Count.ToString(CultureInfo.InvariantCulture)), ("data-columns", view.Issues.Count.ToString(CultureInfo.InvariantCulture)));
        html.Element("caption", "Each party's current act and stance on each issue, with its claims·independent sources and a confidence bar.");
        html.Open("thead").Open("tr");
        html.Element("th", "Party", ("scope", "col"), ("class", "corner"));
        foreach (var issue in view.Issues)
        {
            html.Open("th", ("scope", "col"), ("class", "issue"), ("data-issue", issue), ("title", IssueTitle(view.Labels, issue)));
            html.Element("span", view.Labels.Issue(issue));
            html.Close("th");
        }

        html.Close("tr").Close("thead");
        html.Open("tbody");
        foreach (var actor in view.Actors)
        {
            html.Open("tr", ("data-actor", actor));
            html.Element("th", view.Labels.Actor(actor), ("scope", "row"), ("title", $"{view.Labels.Actor(actor)} ({actor})"));
            foreach (var issue in view.Issues)
            {
                Cell(html, view, actor, issue);
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("div");
        html.Close("section");
    }

    private static void Cell(HtmlBuilder html, BriefView view, string actor, string issue)
    {
        if (view.Cell(actor, issue) is not { } cell)
        {
            html.Open("td", ("class", "cell none"), ("data-actor", actor), ("data-issue", issue), ("data-stance", "none"), ("title", $"{view.Labels.Actor(actor)} · {view.Labels.Issue(issue)}: no claim"));
            html.Element("span", "·", ("class", "act"));
            html.Close("td");
            return;
        }

        var kind = BriefText.CellClass(cell);
        var confidence = Math.Clamp(double.IsFinite(cell.Confidence) ? cell.Confidence : 0, 0, 1);
        var title = $"{view.Labels.Actor(actor)} {BriefText.Acts(cell.Act)} {view.Labels.Issue(issue)} ({(cell.Conflict ? "reported both ways" : BriefText.Stance(cell.Stance))}): "
            + $"{BriefText.Count(cell.Claims, "claim", "claims")} ({cell.ForClaims} for, {cell.AgainstClaims} against) from {BriefText.Count(cell.Sources, "independent source", "independent sources")}; "
            + $"{cell.Attribution.OnRecord} on the record, {cell.Attribution.NamedSource} named, {cell.Attribution.Report} reports, {cell.Attribution.Anonymous} anonymous, {cell.Attribution.Unconfirmed} unconfirmed; "
            + $"confidence {BriefText.Number(confidence)}; {BriefText.Date(cell.FirstSeen)} – {BriefText.Date(cell.LastSeen)}";
        html.Open(
            "td",
            ("class", "cell " + kind),
            ("data-actor", actor),
            ("data-issue", issue),
            ("data-stance", kind),
            ("data-act", BriefText.Act(cell.Act)),
            ("data-claims", cell.Claims.ToString(CultureInfo.InvariantCulture)),
            ("data-sources", cell.Sources.ToString(CultureInfo.InvariantCulture)),
            ("data-confidence", BriefText.Number(confidence)),
            ("title", title));
        html.Element("span", BriefText.Act(cell.Act), ("class", "act"));
        html.Element("span", $"{BriefText.Glyph(cell)} {cell.Claims}·{cell.Sources}", ("class", "n"));
        html.Open("span", ("class", "conf"), ("aria-label", $"confidence {BriefText.Number(confidence)}"));
        html.Empty("span", ("style", string.Create(CultureInfo.InvariantCulture, $"width:{confidence * 100:0}%")));
        html.Close("span");
        html.Close("td");
    }

    private static void Legend(HtmlBuilder html)
    {
        html.Open("ul", ("class", "legend"), ("aria-label", "Legend"));
        foreach (var (kind, label) in new[] { ("for", "+ for"), ("against", "− against"), ("conflict", "± reported both ways"), ("none", "no claim") })
        {
            html.Open("li", ("class", "legend-item"), ("data-stance", kind));
            html.Empty("span", ("class", "swatch " + kind));
            html.Text(label);
            html.Close("li");
        }

        html.Open("li", ("class", "legend-item"));
        html.Text("in each cell: the act (demand, propose, accept, reject), then ");
        html.Element("span", "+ 3·2", ("class", "mono"));
        html.Text(" = stance, claims·independent sources; the bar is the confidence");
        html.Close("li");
        html.Close("ul");
    }

    private static void Outlooks(HtmlBuilder html, BriefView view)
    {
        html.Open("section", ("id", "outlook"));
        html.Element("h2", "Outlook per issue");
        html.Element("p", "Overlap: the parties with a settled stance want the same outcome. Clash: some are for, others against. Open: only one party has a known stance.", ("class", "note"));
        html.Open("table", ("class", "outlook"));
        html.Open("thead").Open("tr");
        foreach (var head in new[] { "Issue", "Outlook", "For", "Against", "Both ways" })
        {
            html.Element("th", head, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var outlook in view.Outlooks)
        {
            var kind = BriefText.Outlook(outlook.Outlook);
            html.Open("tr", ("data-issue", outlook.Issue), ("data-outlook", kind));
            html.Open("th", ("scope", "row"));
            html.Text(view.Labels.Issue(outlook.Issue));
            if (view.Labels.Proposition(outlook.Issue) is { } proposition)
            {
                html.Element("span", "for = " + proposition, ("class", "prop"));
            }

            html.Close("th");
            html.Open("td").Element("span", kind, ("class", "badge " + kind), ("title", BriefText.OutlookMeaning(outlook.Outlook))).Close("td");
            html.Element("td", Names(view.Labels, outlook.For));
            html.Element("td", Names(view.Labels, outlook.Against));
            html.Element("td", Names(view.Labels, outlook.Conflicted));
            html.Close("tr");
        }

        html.Close("tbody").Close("table");
        html.Close("section");
    }

    private static void Timelines(HtmlBuilder html, BriefView view)
    {
        html.Open("section", ("id", "timelines"));
        html.Element("h2", "Timelines");
        html.Element("p", "Each claim by date, one row per party. Colour is the stance, shape the act; hollow markers are hedged, unconfirmed or anonymous.", ("class", "note"));
        MarkerLegend(html);
        var outlooks = view.Content.Map.Issues.GroupBy(i => i.Issue, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Outlook, StringComparer.Ordinal);
        foreach (var chart in view.Timelines)
        {
            html.Open("figure", ("class", "timeline"), ("data-issue", chart.Issue));
            html.Open("figcaption");
            html.Element("strong", view.Labels.Issue(chart.Issue));
            if (outlooks.TryGetValue(chart.Issue, out var outlook))
            {
                html.Text(" ");
                html.Element("span", BriefText.Outlook(outlook), ("class", "badge " + BriefText.Outlook(outlook)));
            }

            var dates = chart.Markers.Count > 0 ? $", {BriefText.Date(chart.Markers[0].Claim.Date)} – {BriefText.Date(chart.Markers[^1].Claim.Date)}" : string.Empty;
            var capped = chart.Markers.Count < chart.Total ? $" (the latest {chart.Markers.Count} of {chart.Total} drawn)" : string.Empty;
            html.Element("span", $" {BriefText.Count(chart.Total, "claim", "claims")}{dates}{capped}", ("class", "note"));
            html.Close("figcaption");
            Chart(html, view, chart);
            html.Close("figure");
        }

        html.Close("section");
    }

    private static void Chart(HtmlBuilder html, BriefView view, TimelineChart chart)
    {
        html.Open(
            "svg",
            ("class", "chart"),
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", $"0 0 {N(chart.Width)} {N(chart.Height)}"),
            ("width", N(chart.Width)),
            ("height", N(chart.Height)),
            ("role", "img"),
            ("aria-label", $"{view.Labels.Issue(chart.Issue)}: {BriefText.Count(chart.Markers.Count, "claim", "claims")} by date and party"),
            ("font-family", "system-ui, sans-serif"));
        html.Element("title", $"{view.Labels.Issue(chart.Issue)}: claims by date and party");
        var plot = chart.Plot;
        html.Empty("rect", ("class", "plot"), ("x", N(plot.Left)), ("y", N(plot.Top)), ("width", N(plot.Width)), ("height", N(plot.Height)), ("fill", "#fafafa"), ("stroke", "#d1d5db"));
        foreach (var tick in chart.Ticks)
        {
            html.Open("g", ("class", "tick"), ("data-date", BriefText.IsoDate(tick.Date)));
            html.Empty("line", ("x1", N(tick.X)), ("x2", N(tick.X)), ("y1", N(plot.Top)), ("y2", N(plot.Bottom + 4)), ("stroke", "#e5e7eb"));
            var anchor = tick.X + 40 > chart.Width ? "end" : "middle";
            html.Element("text", tick.Label, ("x", N(anchor == "end" ? chart.Width - 2 : tick.X)), ("y", N(plot.Bottom + 18)), ("text-anchor", anchor), ("font-size", "11"), ("fill", "#4b5563"));
            html.Close("g");
        }

        for (var row = 0; row < chart.Actors.Count; row++)
        {
            var y = chart.RowY(row);
            var name = view.Labels.Actor(chart.Actors[row]);
            html.Open("g", ("class", "row"), ("data-actor", chart.Actors[row]));
            html.Empty("line", ("x1", N(plot.Left)), ("x2", N(plot.Right)), ("y1", N(y)), ("y2", N(y)), ("stroke", "#e5e7eb"));
            html.Open("text", ("x", N(plot.Left - 8)), ("y", N(y + 4)), ("text-anchor", "end"), ("font-size", "12"), ("fill", "#1f2937"));
            html.Element("title", name);
            html.Text(name.Length > 17 ? name[..16] + "…" : name);
            html.Close("text");
            html.Close("g");
        }

        foreach (var marker in chart.Markers)
        {
            var claim = marker.Claim;
            var stance = BriefText.Stance(claim.Stance);
            var ink = claim.Stance == Stance.For ? ForInk : AgainstInk;
            html.Open(
                "g",
                ("class", $"marker {stance} {BriefText.Act(claim.Act)}{(marker.Hollow ? " hollow" : string.Empty)}"),
                ("data-claim", claim.Id.ToString(CultureInfo.InvariantCulture)),
                ("data-date", BriefText.IsoDate(claim.Date)),
                ("data-actor", claim.Actor),
                ("transform", $"translate({N(marker.X)} {N(marker.Y)})"));
            var evidence = BriefText.OneLine(claim.Evidence);
            html.Element("title", $"{BriefText.ClaimDate(claim)} · {view.Labels.Actor(claim.Actor)} {BriefText.Acts(claim.Act)} ({stance}) · {claim.Outlet ?? "unknown outlet"} · {BriefText.Sourcing(claim)}\n“{(evidence.Length > TooltipEvidence ? evidence[..TooltipEvidence] + "…" : evidence)}”");
            Shape(html, claim.Act, marker.Hollow ? "#ffffff" : ink, ink);
            html.Close("g");
        }

        html.Close("svg");
    }

    /// <summary>The marker shape of an act, centred on the origin: demand a square, propose a circle, accept a triangle up, reject a triangle down.</summary>
    private static void Shape(HtmlBuilder html, ClaimAct act, string fill, string stroke)
    {
        var s = TimelineChart.MarkerSize;
        var paint = new[] { ("fill", (string?)fill), ("stroke", stroke), ("stroke-width", "1.6") };
        _ = act switch
        {
            ClaimAct.Demand => html.Empty("rect", [("x", N(-s + 0.5)), ("y", N(-s + 0.5)), ("width", N((2 * s) - 1)), ("height", N((2 * s) - 1)), .. paint]),
            ClaimAct.Propose => html.Empty("circle", [("r", N(s)), .. paint]),
            ClaimAct.Accept => html.Empty("polygon", [("points", $"0,{N(-s - 1)} {N(s)},{N(s - 1)} {N(-s)},{N(s - 1)}"), .. paint]),
            _ => html.Empty("polygon", [("points", $"0,{N(s + 1)} {N(s)},{N(-s + 1)} {N(-s)},{N(-s + 1)}"), .. paint]),
        };
    }

    private static void MarkerLegend(HtmlBuilder html)
    {
        html.Open("svg", ("class", "marker-legend"), ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 560 24"), ("width", "560"), ("height", "24"), ("role", "img"), ("aria-label", "Marker legend"), ("font-family", "system-ui, sans-serif"));
        var x = 8.0;
        foreach (var act in Enum.GetValues<ClaimAct>())
        {
            html.Open("g", ("transform", $"translate({N(x)} 12)"));
            Shape(html, act, "#6b7280", "#6b7280");
            html.Close("g");
            html.Element("text", BriefText.Act(act), ("x", N(x + 10)), ("y", "16"), ("font-size", "12"), ("fill", "#1f2937"));
            x += 78;
        }

        foreach (var (label, fill, stroke) in new[] { ("for", ForInk, ForInk), ("against", AgainstInk, AgainstInk), ("doubted", "#ffffff", "#6b7280") })
        {
            html.Empty("circle", ("cx", N(x)), ("cy", "12"), ("r", "5"), ("fill", fill), ("stroke", stroke), ("stroke-width", "1.6"));
            html.Element("text", label, ("x", N(x + 10)), ("y", "16"), ("font-size", "12"), ("fill", "#1f2937"));
            x += 74;
        }

        html.Close("svg");
    }

    private static void Evidence(HtmlBuilder html, BriefView view)
    {
        html.Open("section", ("id", "evidence"));
        html.Element("h2", "Key evidence");
        html.Element("p", "Per issue, the best-sourced claims from the most trusted positions, one per story, each party's best first.", ("class", "note"));
        foreach (var issue in view.Evidence)
        {
            html.Open("section", ("class", "issue-evidence"), ("data-issue", issue.Issue));
            html.Element("h3", view.Labels.Issue(issue.Issue));
            if (view.Labels.Proposition(issue.Issue) is { } proposition)
            {
                html.Element("p", "For means: " + proposition, ("class", "prop"));
            }

            foreach (var claim in issue.Quotes)
            {
                Quote(html, view, claim);
            }

            html.Close("section");
        }

        html.Close("section");
    }

    /// <summary>A claim's sentence with who said it, where, when and through whom.</summary>
    private static void Quote(HtmlBuilder html, BriefView view, StoredClaim claim)
    {
        var stance = BriefText.Stance(claim.Stance);
        html.Open("blockquote", ("class", "quote " + stance), ("data-claim", claim.Id.ToString(CultureInfo.InvariantCulture)), ("data-actor", claim.Actor), ("data-issue", claim.Issue));
        html.Element("p", "“" + BriefText.OneLine(claim.Evidence) + "”");
        html.Open("footer");
        html.Element("cite", BriefText.Speaker(claim, view.Labels), ("class", "speaker"));
        html.Text($" — {BriefText.Acts(claim.Act)} {view.Labels.Issue(claim.Issue)} ({stance}) · ");
        var outlet = string.IsNullOrWhiteSpace(claim.Outlet) ? "unknown outlet" : BriefText.OneLine(claim.Outlet);
        if (BriefText.WebLink(claim.Url) is { } link)
        {
            html.Element("a", outlet, ("class", "outlet"), ("href", link.AbsoluteUri), ("rel", "noopener noreferrer"));
        }
        else
        {
            html.Element("span", outlet, ("class", "outlet"));
        }

        html.Text(" · ");
        html.Element("time", BriefText.ClaimDate(claim), ("datetime", BriefText.IsoDate(claim.Date)));
        if (!string.IsNullOrWhiteSpace(claim.Title))
        {
            html.Text(" · ");
            html.Element("span", "“" + BriefText.OneLine(claim.Title) + "”", ("class", "article-title"));
        }

        if (claim.Via.Count > 0)
        {
            html.Text(" · ");
            html.Element("span", BriefText.Via(claim.Via), ("class", "via"));
        }

        html.Text(" · ");
        html.Element("span", BriefText.Sourcing(claim), ("class", "sourcing"));
        html.Close("footer");
        html.Close("blockquote");
    }

    private static string Names(BriefLabels labels, IReadOnlyList<string> actors) =>
        actors.Count == 0 ? "—" : string.Join(", ", labels.OrderActors(actors).Select(labels.Actor));

    private static string IssueTitle(BriefLabels labels, string issue) =>
        labels.Proposition(issue) is { } proposition ? $"{labels.Issue(issue)}: for = {proposition}" : labels.Issue(issue);

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private const string Css = """

        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0 auto;max-width:1240px;padding:24px 20px 48px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2937;background:#fff;overflow-wrap:anywhere}
        h1{font-size:28px;line-height:1.2;margin:0 0 6px}
        h2{font-size:20px;margin:32px 0 8px;padding-bottom:4px;border-bottom:2px solid #e5e7eb}
        h3{font-size:16px;margin:20px 0 4px}
        a{color:#1d4ed8}
        .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:#6b7280}
        .period{margin:0;font-weight:600}
        .store,.summary{margin:2px 0;color:#374151}
        nav{display:flex;flex-wrap:wrap;gap:4px 16px;margin-top:10px;font-size:14px}
        .note,.none-note{color:#6b7280;font-size:14px;margin:4px 0 10px}
        .prop{display:block;font-weight:400;font-size:12px;color:#6b7280}
        .mono{font-variant-numeric:tabular-nums;font-weight:600}
        .badge{display:inline-block;padding:0 8px;border-radius:999px;font-size:12px;font-weight:600;line-height:1.6;background:#e5e7eb;color:#374151;white-space:nowrap}
        .badge.clash,.badge.shift,.badge.droppeddemand{background:#f7d0cb;color:#7f1d1d}
        .badge.overlap,.badge.newdemand{background:#cdebd5;color:#14532d}
        .badge.open,.badge.newposition{background:#e0e7ff;color:#3730a3}
        .empty{margin:32px 0;padding:20px;border:1px dashed #d1d5db;border-radius:8px;background:#f9fafb}
        ol.changes{list-style:none;margin:0;padding:0}
        li.change{margin:0 0 14px}
        li.change .what{margin:0 0 4px}
        blockquote.quote{margin:6px 0 14px;padding:6px 12px;border-left:4px solid #d1d5db;background:#fafafa}
        blockquote.quote.for{border-left-color:#15803d}
        blockquote.quote.against{border-left-color:#b91c1c}
        blockquote.quote p{margin:0 0 4px;font-style:italic}
        blockquote.quote footer{font-size:13px;color:#4b5563}
        cite{font-style:normal;font-weight:600;color:#1f2937}
        ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;margin:6px 0 10px;padding:0;font-size:13px;color:#374151}
        .legend-item{display:flex;align-items:center;gap:6px}
        .swatch{display:inline-block;width:18px;height:14px;border-radius:3px;border:1px solid rgba(0,0,0,.12)}
        .swatch.for,.grid td.for{background:#cdebd5;color:#14532d}
        .swatch.against,.grid td.against{background:#f7d0cb;color:#7f1d1d}
        .swatch.conflict,.grid td.conflict{background:repeating-linear-gradient(135deg,transparent 0 6px,rgba(113,63,18,.14) 6px 8px),#fbe3a1;color:#713f12}
        .swatch.none,.grid td.none{background:#f3f4f6;color:#9ca3af}
        .grid-wrap{overflow-x:auto;max-width:100%}
        table.grid{border-collapse:separate;border-spacing:3px;table-layout:fixed;width:100%}
        table.grid caption{caption-side:bottom;text-align:left;font-size:12px;color:#6b7280;padding-top:4px}
        .grid th.corner{width:10rem;text-align:left;vertical-align:bottom;font-size:12px;color:#6b7280;font-weight:400;padding:0 6px 4px}
        .grid thead th.issue{vertical-align:bottom;height:11rem;padding:0 0 4px;font-size:12px;font-weight:600}
        .grid thead th.issue span{display:inline-block;writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:10.7rem;overflow:hidden;text-overflow:ellipsis;text-align:left}
        .grid tbody th{text-align:left;font-size:13px;font-weight:600;padding:0 6px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .grid td{height:3.4rem;padding:4px 1px 3px;text-align:center;vertical-align:middle;border-radius:4px;font:11px/1.25 "Arial Narrow","Liberation Sans Narrow","DejaVu Sans Condensed","Roboto Condensed","Helvetica Neue",Arial,sans-serif;overflow:hidden;overflow-wrap:normal}
        .grid td .act{display:block;font-weight:700;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
        .grid td .n{display:block;font-variant-numeric:tabular-nums;white-space:nowrap}
        .grid td .conf{display:block;height:4px;margin:3px 3px 0;background:rgba(0,0,0,.08);border-radius:2px;overflow:hidden}
        .grid td .conf span{display:block;height:100%;background:currentColor;opacity:.75}
        table.outlook{border-collapse:collapse;width:100%;font-size:14px}
        table.outlook th,table.outlook td{border-bottom:1px solid #e5e7eb;padding:6px 8px;text-align:left;vertical-align:top}
        table.outlook thead th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#6b7280}
        table.outlook tbody th{font-weight:600;width:34%}
        figure.timeline{margin:0 0 22px}
        figure.timeline figcaption{font-size:14px;margin-bottom:4px}
        svg.chart{display:block;width:100%;max-width:760px;height:auto}
        svg.marker-legend{display:block;max-width:100%;height:auto;margin:0 0 12px}
        .issue-evidence{margin-bottom:8px}
        .colophon{margin-top:40px;padding-top:8px;border-top:1px solid #e5e7eb;font-size:12px;color:#6b7280}
        @media (max-width:720px){body{padding:14px 12px 32px;font-size:14px}h1{font-size:22px}.grid thead th.issue{height:7.5rem}.grid thead th.issue span{max-height:7.2rem}}
        @page{size:A4;margin:12mm}
        @media print{
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
          body{max-width:none;padding:0;font-size:10pt}
          nav{display:none}
          a{color:inherit;text-decoration:none}
          h2{break-after:avoid}
          .grid-wrap{overflow:visible}
          table.grid{min-width:0!important}
          .grid td{height:2.8rem;font-size:8pt}
          figure.timeline,blockquote.quote,li.change,table.outlook tr,table.grid tr{break-inside:avoid}
        }

        """;
}
