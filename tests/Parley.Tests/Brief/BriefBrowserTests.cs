using System.Collections.ObjectModel;
using System.Globalization;
using Parley.Brief;
using Parley.Tests.Support;
using Xunit.Abstractions;

namespace Parley.Tests.Brief;

/// <summary>Opens the HTML brief in headless Chromium (file://) and checks how it is laid out.</summary>
[Collection(SharedBrowser.Name)]
public sealed class BriefBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string WriteBrief(BriefContent content, string name)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, BriefRenderer.Default.Html(content));
        return path;
    }

    [BrowserFact]
    public void The_brief_grid_is_a_visible_table_with_cells_in_the_rows_and_columns_of_the_model()
    {
        var content = BriefModels.Content();
        var browser = fixture.Browser;
        browser.Open(WriteBrief(content, "brief.html"));

        Assert.Equal("table", browser.Script("return getComputedStyle(document.querySelector('table.grid')).display"));
        Assert.True(browser.Number("return document.querySelector('table.grid').getBoundingClientRect().width") > 600);
        var cells = Cells(browser);
        var actors = content.Labels.OrderActors(content.Map.Cells.Select(c => c.Actor));
        var issues = content.Labels.OrderIssues(content.Map.Cells.Select(c => c.Issue));
        Assert.Equal(actors.Count * issues.Count, cells.Count);
        Assert.All(cells, c => Assert.True(c.Width > 20 && c.Height > 20, $"{c.Actor}/{c.Issue} is {c.Width}×{c.Height}"));

        for (var row = 0; row < actors.Count; row++)
        {
            for (var column = 0; column < issues.Count; column++)
            {
                var cell = cells.Single(c => c.Actor == actors[row] && c.Issue == issues[column]);
                if (column > 0)
                {
                    var left = cells.Single(c => c.Actor == actors[row] && c.Issue == issues[column - 1]);
                    Assert.Equal(left.Top, cell.Top, 0.5);
                    Assert.True(cell.Left >= left.Left + left.Width - 0.5, $"{cell.Issue} is not right of {left.Issue} in row {cell.Actor}");
                }

                if (row > 0)
                {
                    var above = cells.Single(c => c.Actor == actors[row - 1] && c.Issue == issues[column]);
                    Assert.Equal(above.Left, cell.Left, 0.5);
                    Assert.True(cell.Top >= above.Top + above.Height - 0.5, $"{cell.Actor} is not below {above.Actor} in column {cell.Issue}");
                }
            }
        }

        // The row and column heads line up with their cells.
        var head = browser.Number("return document.querySelector(\"th.issue[data-issue='ceasefire']\").getBoundingClientRect().left");
        Assert.Equal(cells.Single(c => c.Actor == actors[0] && c.Issue == "ceasefire").Left, head, 0.5);
    }

    [BrowserFact]
    public void For_against_conflict_and_empty_cells_have_different_colours_and_a_confidence_bar()
    {
        var browser = fixture.Browser;
        browser.Open(WriteBrief(BriefModels.Content(), "brief.html"));

        string Colour(string actor, string issue) => (string)browser.Script($"return getComputedStyle(document.querySelector(\"td[data-actor='{actor}'][data-issue='{issue}']\")).backgroundColor")!;

        var colours = new[] { Colour("US", "ceasefire"), Colour("RU", "ukraine_nato"), Colour("RU", "ceasefire"), Colour("US", "ukraine_nato") };
        output.WriteLine($"for {colours[0]}, against {colours[1]}, conflict {colours[2]}, none {colours[3]}");
        Assert.Equal(4, colours.Distinct().Count());
        Assert.All(colours, c => Assert.NotEqual("rgba(0, 0, 0, 0)", c));
        Assert.Equal(colours[0], (string)browser.Script("return getComputedStyle(document.querySelector(\".legend .swatch.for\")).backgroundColor")!);

        var strong = browser.Number("return document.querySelector(\"td[data-actor='US'][data-issue='ceasefire'] .conf span\").getBoundingClientRect().width");
        var weak = browser.Number("return document.querySelector(\"td[data-actor='EU'][data-issue='sanctions_relief'] .conf span\").getBoundingClientRect().width");
        Assert.True(strong > weak && weak > 0, $"confidence bars 0.8 → {strong}px, 0.3 → {weak}px");
    }

    [BrowserFact]
    public void The_timelines_are_drawn_with_every_marker_inside_its_chart_area()
    {
        var content = BriefModels.Content();
        var browser = fixture.Browser;
        browser.Open(WriteBrief(content, "brief.html"));

        var charts = (ReadOnlyCollection<object>)browser.Script("""
            return [...document.querySelectorAll('figure.timeline')].map(f => {
              const svg = f.querySelector('svg.chart').getBoundingClientRect();
              const plot = f.querySelector('rect.plot').getBoundingClientRect();
              const markers = [...f.querySelectorAll('g.marker')].map(m => { const r = m.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom, m.dataset.date]; });
              return [f.dataset.issue, svg.width, svg.height, [plot.left, plot.top, plot.right, plot.bottom], markers];
            });
            """)!;

        Assert.Equal(4, charts.Count);
        foreach (ReadOnlyCollection<object> chart in charts)
        {
            var issue = (string)chart[0];
            Assert.True(D(chart[1]) > 300 && D(chart[2]) > 40, $"{issue}: svg {chart[1]}×{chart[2]}");
            var plot = ((ReadOnlyCollection<object>)chart[3]).Select(D).ToArray();
            var markers = (ReadOnlyCollection<object>)chart[4];
            Assert.Equal(content.Claims.Count(c => c.Issue == issue), markers.Count);
            var lefts = new List<(string Date, double Centre)>();
            foreach (ReadOnlyCollection<object> marker in markers)
            {
                var box = marker.Take(4).Select(D).ToArray();
                Assert.True(box[2] - box[0] > 3 && box[3] - box[1] > 3, $"{issue}: a marker is {box[2] - box[0]}×{box[3] - box[1]}");
                Assert.True(box[0] >= plot[0] && box[2] <= plot[2] && box[1] >= plot[1] && box[3] <= plot[3], $"{issue}: marker [{string.Join(", ", box)}] is outside the plot [{string.Join(", ", plot)}]");
                lefts.Add(((string)marker[4], (box[0] + box[2]) / 2));
            }

            var byDate = lefts.OrderBy(l => l.Date, StringComparer.Ordinal).ToList();
            for (var i = 1; i < byDate.Count; i++)
            {
                Assert.True(byDate[i].Date == byDate[i - 1].Date || byDate[i].Centre > byDate[i - 1].Centre, $"{issue}: {byDate[i].Date} is drawn left of {byDate[i - 1].Date}");
            }
        }
    }

    [BrowserFact]
    public void At_1280_pixels_nothing_overflows_no_script_ran_and_a_screenshot_is_saved()
    {
        var browser = fixture.Browser;
        browser.Open(WriteBrief(BriefModels.Content(), "brief.html"));

        Assert.Equal(1280, browser.Number("return window.innerWidth"));
        Assert.True(browser.Number("return document.documentElement.scrollWidth") <= 1280, $"the page is {browser.Number("return document.documentElement.scrollWidth")}px wide");
        Assert.Empty(Overflowing(browser));
        Assert.Equal("undefined", browser.Script("return typeof window.pwned"));
        Assert.Equal(0, browser.Number("return document.scripts.length"));
        Assert.Contains("<script>window.pwned='evidence'</script>", (string)browser.Script("return document.body.innerText")!, StringComparison.Ordinal);

        var shot = browser.FullPageScreenshot(Path.Combine(Browser.ArtifactsFolder, "brief-1280.png"));
        output.WriteLine($"screenshot: {shot}");
        Assert.True(new FileInfo(shot).Length > 10_000);
    }

    [BrowserFact]
    public void At_a_narrow_print_like_width_the_brief_still_fits_the_page()
    {
        var browser = fixture.Browser;
        browser.Viewport(794, 1123);   // A4 at 96 dpi
        browser.Open(WriteBrief(BriefModels.Content(), "brief.html"));
        browser.Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = "print" });
        try
        {
            Assert.Equal("none", browser.Script("return getComputedStyle(document.querySelector('nav')).display"));
            Assert.True(browser.Number("return document.documentElement.scrollWidth") <= 794, $"the page is {browser.Number("return document.documentElement.scrollWidth")}px wide");
            Assert.Empty(Overflowing(browser));
            Assert.All(Cells(browser), c => Assert.True(c.Width > 10 && c.Height > 10, $"{c.Actor}/{c.Issue} is {c.Width}×{c.Height}"));
            Assert.True(browser.Number("return document.querySelector('svg.chart').getBoundingClientRect().width") > 300);
            var shot = browser.FullPageScreenshot(Path.Combine(Browser.ArtifactsFolder, "brief-print-794.png"));
            output.WriteLine($"screenshot: {shot}");
        }
        finally
        {
            browser.Driver.ExecuteCdpCommand("Emulation.setEmulatedMedia", new Dictionary<string, object?> { ["media"] = string.Empty });
        }
    }

    [BrowserFact]
    public void Every_issue_of_the_codebook_fits_in_the_grid_at_1280_pixels()
    {
        var content = BriefModels.Wide();
        var browser = fixture.Browser;
        browser.Open(WriteBrief(content, "wide.html"));

        var grid = browser.Number("return document.querySelector('table.grid').getBoundingClientRect().right");
        var wrapper = browser.Number("return document.querySelector('.grid-wrap').getBoundingClientRect().right");
        Assert.True(grid <= wrapper + 0.5, $"the grid ends at {grid}px, past its box at {wrapper}px");
        Assert.True(browser.Number("return document.documentElement.scrollWidth") <= 1280);
        Assert.Equal(10 * 22, Cells(browser).Count(c => c.Width > 30 && c.Height > 30));
        // The text's own width, unrounded, against its box: an ellipsis means the act word did not fit.
        var clipped = (ReadOnlyCollection<object>)browser.Script("""
            return [...document.querySelectorAll('td.cell .act, td.cell .n')].filter(e => {
              const range = document.createRange();
              range.selectNodeContents(e);
              return range.getBoundingClientRect().width > e.getBoundingClientRect().width + 0.1;
            }).map(e => e.textContent);
            """)!;
        Assert.Empty(clipped);
        browser.Script("document.getElementById('positions').scrollIntoView()");
        output.WriteLine($"screenshot: {browser.Screenshot(Path.Combine(Browser.ArtifactsFolder, "brief-wide-1280-grid.png"))}");
    }

    [BrowserFact]
    public void An_empty_brief_opens_and_says_so()
    {
        var browser = fixture.Browser;
        browser.Open(WriteBrief(BriefModels.Empty(), "empty.html"));

        Assert.Contains("Nothing to brief yet", (string)browser.Script("return document.body.innerText")!, StringComparison.Ordinal);
        Assert.True(browser.Number("return document.documentElement.scrollWidth") <= 1280);
    }

    /// <summary>Elements whose right edge passes the viewport (tables inside the scrolling grid wrapper excepted).</summary>
    private static ReadOnlyCollection<object> Overflowing(Browser browser) => (ReadOnlyCollection<object>)browser.Script("""
        const width = document.documentElement.clientWidth;
        return [...document.body.querySelectorAll('*')]
          .filter(e => !e.closest('.grid-wrap') && e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 0.5)
          .map(e => e.tagName + '.' + e.className + ' right=' + e.getBoundingClientRect().right);
        """)!;

    private static List<CellBox> Cells(Browser browser)
    {
        var cells = (ReadOnlyCollection<object>)browser.Script("""
            return [...document.querySelectorAll('table.grid td.cell')].map(td => {
              const r = td.getBoundingClientRect();
              return [td.dataset.actor, td.dataset.issue, r.left, r.top, r.width, r.height];
            });
            """)!;
        return cells.Cast<ReadOnlyCollection<object>>()
            .Select(c => new CellBox((string)c[0], (string)c[1], D(c[2]), D(c[3]), D(c[4]), D(c[5])))
            .ToList();
    }

    private static double D(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private sealed record CellBox(string Actor, string Issue, double Left, double Top, double Width, double Height);
}
