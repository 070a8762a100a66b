using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Parley.Brief;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;

namespace Parley.Tests.Brief;

public sealed partial class BriefRendererTests
{
    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static string Html(BriefContent? content = null) => BriefRenderer.Default.Html(content ?? BriefModels.Content());

    [Fact]
    public void Hostile_titles_and_evidence_stay_inert_text_in_the_html()
    {
        var html = Html();
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        var attributes = document.All.SelectMany(e => e.Attributes).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(attributes, a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        var text = document.Body!.TextContent;
        Assert.Contains(BriefModels.HostileTitle, text, StringComparison.Ordinal);
        Assert.Contains("<script>window.pwned='evidence'</script>", text, StringComparison.Ordinal);
        Assert.Contains(BriefModels.HostileOutlet, text, StringComparison.Ordinal);
        Assert.Contains(BriefModels.HostileSpeaker, text, StringComparison.Ordinal);
        Assert.Contains("via UNN > " + BriefModels.HostileVia, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_http_and_https_addresses_become_links()
    {
        var document = Parse(Html());

        var hrefs = document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains("https://example.org/article", hrefs);
        Assert.All(hrefs, href => Assert.True(href.StartsWith('#') || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("http://", StringComparison.Ordinal), href));
        var hostile = document.QuerySelector("blockquote[data-claim='3'] .outlet")!;
        Assert.Equal("SPAN", hostile.TagName);
    }

    [Fact]
    public void The_html_is_self_contained_and_forbids_scripts_and_fetches()
    {
        var html = Html();
        var document = Parse(html);

        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe, object, embed, base, form"));
        Assert.DoesNotContain("url(", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain(document.All, e => e.HasAttribute("src"));
        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_gives_the_title_the_period_and_what_the_store_holds()
    {
        var document = Parse(Html());

        Assert.Equal("2025 US–Russia–Ukraine talks", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("Period: 1 Mar 2025 – 31 Mar 2025", document.QuerySelector(".period")!.TextContent);
        var store = document.QuerySelector(".store")!.TextContent;
        Assert.Contains("36 articles in 30 stories", store, StringComparison.Ordinal);
        Assert.Contains("12 outlets", store, StringComparison.Ordinal);
        Assert.Contains("14 claims", store, StringComparison.Ordinal);
        Assert.Contains("1 Mar 2025 to 28 Mar 2025", store, StringComparison.Ordinal);
    }

    [Fact]
    public void The_legend_shows_every_colour_of_the_grid()
    {
        var document = Parse(Html());

        var legend = document.QuerySelector("#positions .legend")!;
        var stances = legend.QuerySelectorAll("[data-stance]").Select(e => e.GetAttribute("data-stance")).ToList();

        Assert.Equal(["for", "against", "conflict", "none"], stances);
        Assert.All(legend.QuerySelectorAll("[data-stance]"), item => Assert.NotNull(item.QuerySelector(".swatch")));
        Assert.Contains("claims·independent sources", legend.TextContent, StringComparison.Ordinal);
        Assert.Contains("confidence", legend.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_cell_of_the_model_is_in_the_grid_with_its_stance_act_counts_and_confidence()
    {
        var content = BriefModels.Content();
        var document = Parse(Html(content));

        var grid = document.QuerySelector("table.grid")!;
        var rows = grid.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-actor")).ToList();
        var columns = grid.QuerySelectorAll("thead th.issue").Select(c => c.GetAttribute("data-issue")).ToList();

        Assert.Equal(["US", "RU", "UA", "EU"], rows);
        Assert.Equal(["ceasefire", "ukraine_nato", "territory_recognition", "sanctions_relief"], columns);
        Assert.Equal(rows.Count * columns.Count, grid.QuerySelectorAll("td.cell").Length);
        foreach (var cell in content.Map.Cells)
        {
            var td = grid.QuerySelector($"td[data-actor='{cell.Actor}'][data-issue='{cell.Issue}']")!;
            var stance = cell.Conflict ? "conflict" : cell.Stance == Stance.For ? "for" : "against";
            Assert.Contains(stance, td.ClassList);
            Assert.Equal(cell.Act.ToString().ToLowerInvariant(), td.GetAttribute("data-act"));
            Assert.Contains(cell.Act.ToString().ToLowerInvariant(), td.QuerySelector(".act")!.TextContent, StringComparison.Ordinal);
            Assert.Equal($"{(cell.Conflict ? "±" : cell.Stance == Stance.For ? "+" : "−")} {cell.Claims}·{cell.Sources}", td.QuerySelector(".n")!.TextContent);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"width:{cell.Confidence * 100:0}%"), td.QuerySelector(".conf span")!.GetAttribute("style"));
        }

        Assert.Equal(rows.Count * columns.Count - content.Map.Cells.Count, grid.QuerySelectorAll("td.none").Length);
        Assert.Equal("Russia", grid.QuerySelector("tr[data-actor='RU'] th")!.TextContent);
        Assert.Equal("Ukraine NATO", grid.QuerySelector("th[data-issue='ukraine_nato']")!.TextContent);
    }

    [Fact]
    public void Headline_changes_list_shifts_first_with_their_evidence()
    {
        var document = Parse(Html());

        var changes = document.QuerySelectorAll("#changes li.change").ToList();

        Assert.Equal(["shift", "newdemand", "droppeddemand", "newposition"], changes.Select(c => c.GetAttribute("data-kind")));
        Assert.Contains("Russia shifted on Ceasefire: against (reject) → for (accept)", changes[0].QuerySelector(".what")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("14", changes[0].QuerySelector("blockquote")!.GetAttribute("data-claim"));
        Assert.Contains("Dmitry Peskov (Russia)", changes[0].QuerySelector("cite")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Parties_that_change_alike_in_one_sentence_share_one_headline()
    {
        var content = BriefModels.Content();
        var sentence = BriefModels.Claim(20, "DE", ClaimAct.Demand, "front_line_freeze", Stance.For, BriefModels.D(21), 20, evidence: "Germany, France and Britain said the line of contact should be the starting point.");
        var after = new PositionState(Stance.For, ClaimAct.Demand);
        content = content with
        {
            Changes =
            [
                new PositionChange(ChangeKind.NewDemand, "FR", "front_line_freeze", null, after, sentence with { Id = 21, Actor = "FR" }),
                new PositionChange(ChangeKind.NewDemand, "DE", "front_line_freeze", null, after, sentence),
                new PositionChange(ChangeKind.NewDemand, "GB", "front_line_freeze", null, after, sentence with { Id = 22, Actor = "GB" }),
                new PositionChange(ChangeKind.NewDemand, "PL", "front_line_freeze", null, after, BriefModels.Claim(23, "PL", ClaimAct.Demand, "front_line_freeze", Stance.For, BriefModels.D(21), 23)),
            ],
        };

        var changes = Parse(Html(content)).QuerySelectorAll("#changes li.change").ToList();
        var markdown = BriefRenderer.Default.Markdown(content);

        Assert.Equal(2, changes.Count);
        var shared = changes.Single(c => c.GetAttribute("data-actors") == "GB FR DE");
        Assert.Equal("New demand United Kingdom, France and Germany now demand Front line freeze (for)", shared.QuerySelector(".what")!.TextContent);
        Assert.Single(shared.QuerySelectorAll("blockquote"));
        Assert.Contains("**United Kingdom, France and Germany** now demand Front line freeze (for)", markdown, StringComparison.Ordinal);
        Assert.Contains("now demands", changes.Single(c => c.GetAttribute("data-actors") == "PL").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_issue_has_its_outlook_with_the_parties_on_each_side()
    {
        var document = Parse(Html());

        var rows = document.QuerySelectorAll("table.outlook tbody tr").ToList();

        Assert.Equal(["ukraine_nato", "sanctions_relief", "ceasefire", "territory_recognition"], rows.Select(r => r.GetAttribute("data-issue")));
        Assert.Equal(["clash", "clash", "overlap", "open"], rows.Select(r => r.GetAttribute("data-outlook")));
        var ceasefire = rows[2].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["overlap", "United States, Ukraine", "—", "Russia"], ceasefire);
    }

    [Fact]
    public void The_timeline_svg_has_a_marker_per_claim_placed_left_to_right_by_date()
    {
        var content = BriefModels.Content();
        var document = Parse(Html(content));

        var figures = document.QuerySelectorAll("figure.timeline").ToList();

        Assert.Equal(["ceasefire", "ukraine_nato", "territory_recognition", "sanctions_relief"], figures.Select(f => f.GetAttribute("data-issue")));
        foreach (var figure in figures)
        {
            var issue = figure.GetAttribute("data-issue")!;
            var claims = content.Claims.Where(c => c.Issue == issue).ToList();
            var markers = figure.QuerySelectorAll("svg g.marker").ToList();
            Assert.Equal(claims.Select(c => c.Id.ToString(CultureInfo.InvariantCulture)).Order(), markers.Select(m => m.GetAttribute("data-claim")!).Order());
            var plot = figure.QuerySelector("rect.plot")!;
            var left = Double(plot, "x");
            var right = left + Double(plot, "width");
            var placed = markers.Select(m => (Date: DateOnly.Parse(m.GetAttribute("data-date")!, CultureInfo.InvariantCulture), Position: Translate(m))).OrderBy(p => p.Date).ToList();
            for (var i = 1; i < placed.Count; i++)
            {
                if (placed[i].Date > placed[i - 1].Date)
                {
                    Assert.True(placed[i].Position.X > placed[i - 1].Position.X, $"{issue}: {placed[i].Date} is not right of {placed[i - 1].Date}");
                }
                else
                {
                    Assert.Equal(placed[i - 1].Position.X, placed[i].Position.X);
                }
            }

            Assert.All(placed, p => Assert.InRange(p.Position.X, left, right));
            var rows = figure.QuerySelectorAll("g.row").Select(r => r.GetAttribute("data-actor")).ToList();
            Assert.Equal(claims.Select(c => c.Actor).Distinct().Count(), rows.Count);
            Assert.NotEmpty(figure.QuerySelectorAll("g.tick text"));
        }
    }

    [Fact]
    public void Markers_are_coloured_by_stance_and_shaped_by_act()
    {
        var document = Parse(Html());

        var shapes = document.QuerySelectorAll("figure.timeline g.marker")
            .ToDictionary(m => m.GetAttribute("data-claim")!, m => m.Children[^1])
            .ToDictionary(p => p.Key, p => (Shape: p.Value.LocalName, Stroke: p.Value.GetAttribute("stroke"), Fill: p.Value.GetAttribute("fill")));

        Assert.Equal("circle", shapes["1"].Shape);   // propose
        Assert.Equal("polygon", shapes["2"].Shape);  // accept
        Assert.Equal("rect", shapes["6"].Shape);     // demand
        Assert.NotEqual(shapes["2"].Stroke, shapes["3"].Stroke);   // for vs against
        Assert.Equal("#ffffff", shapes["5"].Fill);   // hedged and anonymous: hollow
        Assert.NotEqual("#ffffff", shapes["1"].Fill);
    }

    [Fact]
    public void Key_evidence_prefers_on_record_claims_and_takes_one_per_story_with_speaker_outlet_date_and_chain()
    {
        var document = Parse(Html());

        var ceasefire = document.QuerySelector("#evidence .issue-evidence[data-issue='ceasefire']")!;
        var quotes = ceasefire.QuerySelectorAll("blockquote").ToList();

        Assert.Equal(3, quotes.Count);
        Assert.Equal(3, quotes.Select(q => q.GetAttribute("data-actor")).Distinct().Count());
        Assert.DoesNotContain("5", quotes.Select(q => q.GetAttribute("data-claim")));
        var ukraine = quotes.Single(q => q.GetAttribute("data-actor") == "UA");
        var footer = ukraine.QuerySelector("footer")!.TextContent;
        Assert.Contains("Volodymyr Zelensky (Ukraine)", footer, StringComparison.Ordinal);
        Assert.Contains("Reuters", footer, StringComparison.Ordinal);
        Assert.Contains("4 Mar 2025", footer, StringComparison.Ordinal);
        Assert.Contains("via UNN > Bloomberg", footer, StringComparison.Ordinal);
        Assert.Contains("on the record", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_store_gives_a_brief_that_says_so()
    {
        var html = Html(BriefModels.Empty());
        var markdown = BriefRenderer.Default.Markdown(BriefModels.Empty());
        var document = Parse(html);

        Assert.Equal("Nothing to brief yet", document.QuerySelector("#empty h2")!.TextContent);
        Assert.Contains("no claims", document.QuerySelector("#empty")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector("table.grid"));
        Assert.Contains("## Nothing to brief yet", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_without_claims_in_a_full_store_says_to_widen_it()
    {
        var content = BriefModels.Empty() with { Stats = BriefModels.Stats(), Since = new DateOnly(2030, 1, 1) };

        var document = Parse(Html(content));

        Assert.Contains("none in this period (since 1 Jan 2030)", document.QuerySelector("#empty")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void No_changes_since_the_date_is_said_not_left_blank()
    {
        var content = BriefModels.Content() with { Changes = [] };

        var document = Parse(Html(content));

        Assert.Equal("No party changed its position since 13 Mar 2025.", document.QuerySelector("#changes .none-note")!.TextContent);
    }

    [Fact]
    public void Ids_missing_from_the_codebook_are_shown_as_themselves_and_encoded()
    {
        var content = BriefModels.Content();
        content = content with
        {
            Map = content.Map with { Cells = [.. content.Map.Cells, BriefModels.Cell("<X>", "<i>odd</i>", Stance.For, ClaimAct.Demand, 1, 1, 0.5)] },
            Claims = [.. content.Claims, BriefModels.Claim(99, "<X>", ClaimAct.Demand, "<i>odd</i>", Stance.For, BriefModels.D(21), 99)],
        };

        var document = Parse(Html(content));

        Assert.Equal("<X>", document.QuerySelector("table.grid tbody tr:last-child th")!.TextContent);
        Assert.Equal("<i>odd</i>", document.QuerySelector("table.grid thead th.issue:last-child")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("i"));
    }

    [Fact]
    public void The_markdown_grid_is_a_well_formed_table_with_a_cell_per_party_and_issue()
    {
        var content = BriefModels.Content();
        var markdown = BriefRenderer.Default.Markdown(content);
        var lines = markdown.Split('\n');

        var start = Array.FindIndex(lines, l => l.StartsWith("| Party |", StringComparison.Ordinal));
        var table = lines.Skip(start).TakeWhile(l => l.StartsWith('|')).ToList();

        Assert.Equal(2 + 4, table.Count);
        var widths = table.Select(CountCells).ToList();
        Assert.All(widths, w => Assert.Equal(1 + 4, w));
        Assert.Matches(@"^\|---\|(:---:\|){4}$", table[1]);
        Assert.StartsWith("| **Russia** | ± accept 3·3 (0.40) | − demand 2·2 (0.60) | + demand 1·1 (0.55) | · |", table[3], StringComparison.Ordinal);
        var outlook = lines.SkipWhile(l => !l.StartsWith("| Issue |", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(2 + 4, outlook.Count);
        Assert.All(outlook, l => Assert.Equal(5, CountCells(l)));
    }

    [Fact]
    public void The_markdown_brief_escapes_hostile_text_and_links_only_web_addresses()
    {
        var markdown = BriefRenderer.Default.Markdown(BriefModels.Content());

        Assert.DoesNotContain("<script", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(?<!\\)\]\(javascript", markdown);
        Assert.DoesNotContain("(<javascript", markdown, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script>window.pwned='evidence'&lt;/script>", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\| \*not\* \[a deal\](javascript:alert(2))", markdown, StringComparison.Ordinal);
        Assert.Contains("[Reuters](<https://example.org/article>)", markdown, StringComparison.Ordinal);
        Assert.Contains("via UNN > Bloomberg", markdown, StringComparison.Ordinal);
        foreach (var section in new[] { "## Headline changes", "## Where the parties stand", "## Outlook per issue", "## Timelines", "## Key evidence" })
        {
            Assert.Contains(section, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Issue_labels_take_their_spelling_from_the_codebook()
    {
        var labels = BriefLabels.From(Codebook.Default);

        Assert.Equal("Ukraine NATO", labels.Issue("ukraine_nato"));
        Assert.Equal("Sanctions relief", labels.Issue("sanctions_relief"));
        Assert.Equal("Russia", labels.Actor("RU"));
        Assert.Equal("unknown_issue", labels.Issue("unknown_issue"));
        Assert.Equal(["US", "RU", "ZZ"], labels.OrderActors(["ZZ", "RU", "US"]));
    }

    [Theory]
    [InlineData("2025-03-01", "2025-03-04", "2025-03-01 2025-03-02 2025-03-03 2025-03-04")]
    [InlineData("2025-03-01", "2025-04-10", "2025-03-03 2025-03-10 2025-03-17 2025-03-24 2025-03-31 2025-04-07")]
    [InlineData("2025-01-15", "2025-11-20", "2025-02-01 2025-04-01 2025-06-01 2025-08-01 2025-10-01")]
    public void Axis_ticks_fall_on_days_mondays_or_month_starts_and_never_crowd(string first, string last, string expected)
    {
        var ticks = TimelineChart.TickDates(DateOnly.Parse(first, CultureInfo.InvariantCulture), DateOnly.Parse(last, CultureInfo.InvariantCulture));

        Assert.Equal(expected, string.Join(' ', ticks.Select(t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Timelines_draw_at_most_the_latest_markers_and_say_how_many_were_left_out()
    {
        var content = BriefModels.Content();
        var renderer = new BriefRenderer(new BriefOptions(MarkersPerIssue: 2));

        var document = Parse(renderer.Html(content));

        var ceasefire = document.QuerySelector("figure.timeline[data-issue='ceasefire']")!;
        Assert.Equal(["10", "14"], ceasefire.QuerySelectorAll("g.marker").Select(m => m.GetAttribute("data-claim")));
        Assert.Contains("(the latest 2 of 8 drawn)", ceasefire.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void One_day_of_claims_sits_in_the_middle_of_its_chart()
    {
        var content = BriefModels.Content();
        content = content with { Since = null, Until = null, Claims = content.Claims.Where(c => c.Issue == "territory_recognition").ToList() };

        var document = Parse(Html(content));

        var plot = document.QuerySelector("rect.plot")!;
        var marker = Translate(document.QuerySelector("g.marker")!);
        Assert.Equal(Double(plot, "x") + (Double(plot, "width") / 2), marker.X, 1);
    }

    [Fact]
    public void Every_timeline_shares_the_period_as_its_date_axis_unless_told_otherwise()
    {
        var content = BriefModels.Content();

        var shared = Parse(Html(content)).QuerySelectorAll("figure.timeline").Select(f => string.Join(' ', f.QuerySelectorAll("g.tick").Select(t => t.GetAttribute("data-date")))).ToList();
        var own = Parse(new BriefRenderer(new BriefOptions(SharedTimeAxis: false)).Html(content)).QuerySelectorAll("figure.timeline").Select(f => string.Join(' ', f.QuerySelectorAll("g.tick").Select(t => t.GetAttribute("data-date")))).ToList();

        Assert.Single(shared.Distinct());
        Assert.Equal("2025-03-03 2025-03-10 2025-03-17 2025-03-24 2025-03-31", shared[0]);
        Assert.Equal(4, own.Distinct().Count());
    }

    [Fact]
    public void The_renderer_chooses_the_format()
    {
        var content = BriefModels.Content();

        Assert.StartsWith("<!DOCTYPE html>", BriefRenderer.Default.Render(content, BriefFormat.Html), StringComparison.Ordinal);
        Assert.StartsWith("# 2025 US–Russia–Ukraine talks", BriefRenderer.Default.Render(content, BriefFormat.Markdown), StringComparison.Ordinal);
    }

    private static int CountCells(string row) => UnescapedPipe().Count(row) - 1;

    private static double Double(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static (double X, double Y) Translate(IElement element)
    {
        var match = Regex.Match(element.GetAttribute("transform")!, @"translate\(([-\d.]+) ([-\d.]+)\)", RegexOptions.None, TimeSpan.FromSeconds(1));
        return (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();
}
