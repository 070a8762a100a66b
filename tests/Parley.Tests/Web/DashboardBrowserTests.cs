using Microsoft.AspNetCore.Builder;
using OpenQA.Selenium;
using Parley.Codebooks;
using Parley.Tests.Support;
using Parley.Web;
using Xunit.Abstractions;

namespace Parley.Tests.Web;

/// <summary>The real server on a free loopback port over a demo-like store (the bundled samples plus the test articles, one of them hostile), driven by headless Chromium.</summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private WebApplication? _app;

    public string Url { get; private set; } = string.Empty;

    public string Folder => _temp.Path;

    public async Task InitializeAsync()
    {
        var db = Path.Combine(_temp.Path, "demo.db");
        await DashboardServer.IngestAsync(db, [Repo.Samples, DashboardServer.Articles]);
        _app = ParleyServer.Build(new ServerOptions(db, Codebook.Default, "127.0.0.1", 0) { UploadFolder = Directory.CreateDirectory(Path.Combine(_temp.Path, "uploads")).FullName });
        await _app.StartAsync();
        Url = ParleyServer.Addresses(_app)[0];
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _temp.Dispose();
    }
}

[Collection(SharedBrowser.Name)]
public sealed class DashboardBrowserTests(BrowserFixture browsers, LiveDashboard dashboard, ITestOutputHelper output) : IClassFixture<LiveDashboard>
{
    private Browser Open(string view)
    {
        var browser = browsers.Browser;
        browser.Open($"{dashboard.Url}/?t={Guid.NewGuid():N}#{view}");
        WaitFor(browser, $"return document.body.dataset.ready === 'true' && document.getElementById('view-{view}').dataset.state !== 'loading'", $"the {view} view to load");
        return browser;
    }

    private static void WaitFor(Browser browser, string condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (browser.Script(condition) is true)
            {
                return;
            }

            Thread.Sleep(50);
        }

        var error = browser.Script("return document.getElementById('error').textContent");
        throw new TimeoutException($"timed out waiting for {what}; the page's error line: '{error}'");
    }

    private static void AssertInert(Browser browser)
    {
        Assert.Null(browser.Script("return window.pwned === undefined ? null : String(window.pwned)"));
        Assert.Equal(0L, browser.Script("return document.querySelectorAll('main img, #panel img, script:not([src]), #panel svg, main iframe, #panel iframe, [onerror], [onload]').length"));
        Assert.Equal(0L, browser.Script("return [...document.querySelectorAll('a[href]')].filter(a => !/^https?:/.test(a.href)).length"));
    }

    private string Shot(Browser browser, string name)
    {
        var path = browser.Screenshot(Path.Combine(Browser.ArtifactsFolder, "dashboard", name));
        output.WriteLine($"screenshot: {path}");
        return path;
    }

    [BrowserFact]
    public void The_matrix_opens_a_cells_claims_and_the_article_with_the_evidence_highlighted()
    {
        var browser = Open("matrix");
        Assert.Equal("ready", browser.Script("return document.getElementById('view-matrix').dataset.state"));
        Assert.True((long)browser.Script("return document.querySelectorAll('button.cell').length")! >= 5);
        Assert.True((long)browser.Script("return document.querySelectorAll('#matrix-legend .legend-item').length")! >= 5);
        Shot(browser, "matrix.png");

        browser.Driver.FindElement(By.CssSelector("button.cell[data-actor='RU'][data-issue='ceasefire']")).Click();
        WaitFor(browser, "return document.querySelector('#panel .cell-claims')?.dataset.state === 'ready'", "the cell's claims");
        var evidence = (string)browser.Script("return document.querySelector('#panel .claim blockquote.evidence').textContent")!;
        Assert.Contains("ceasefire", evidence, StringComparison.OrdinalIgnoreCase);
        Assert.True((long)browser.Script("return document.querySelectorAll('#panel .claim .attribution').length")! >= 1);

        browser.Driver.FindElement(By.CssSelector("#panel .claim .open-article")).Click();
        WaitFor(browser, "return document.querySelector('#panel .article')?.dataset.state === 'ready'", "the article");
        var focused = (string)browser.Script("return document.querySelector('#panel mark.evidence.focus').textContent")!;
        Assert.Contains(evidence.Trim(), focused, StringComparison.Ordinal);
        Assert.True(browser.Script("const r = document.querySelector('#panel mark.evidence.focus').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;") is true);
        AssertInert(browser);
        Shot(browser, "matrix-cell-article.png");
    }

    [BrowserFact]
    public void Search_finds_an_article_marks_the_hits_and_opens_it()
    {
        var browser = Open("search");

        browser.Driver.FindElement(By.Id("search-q")).SendKeys("Rubio");
        browser.Driver.FindElement(By.Id("search-go")).Click();
        WaitFor(browser, "return document.getElementById('view-search').dataset.state === 'ready' && document.querySelectorAll('#search-results .hit').length > 0", "search results");

        Assert.Equal("Rubio", browser.Script("return document.querySelector('#search-results .snippet mark').textContent"));
        var title = (string)browser.Script("return document.querySelector('#search-results .hit-title').textContent")!;
        browser.Driver.FindElement(By.CssSelector("#search-results .hit-title")).Click();
        WaitFor(browser, "return document.querySelector('#panel .article')?.dataset.state === 'ready'", "the article");
        Assert.Equal(title, browser.Script("return document.getElementById('article-title').textContent"));
        Assert.True((long)browser.Script("return document.querySelectorAll('#panel mark.evidence').length")! >= 1);
        Shot(browser, "search-article.png");
    }

    [BrowserFact]
    public void A_hostile_article_shows_its_markup_as_literal_text_and_runs_nothing()
    {
        var browser = Open("search");

        browser.Driver.FindElement(By.Id("search-q")).SendKeys("unacceptable");
        browser.Driver.FindElement(By.Id("search-go")).Click();
        WaitFor(browser, "return document.querySelectorAll('#search-results .hit').length > 0", "the hostile article in the results");
        Assert.Equal("<img src=x onerror=window.pwned=1>", browser.Script("return document.querySelector('#search-results .hit-title').textContent"));
        browser.Driver.FindElement(By.CssSelector("#search-results .hit-title")).Click();
        WaitFor(browser, "return document.querySelector('#panel .article')?.dataset.state === 'ready'", "the hostile article");

        Assert.Equal("<img src=x onerror=window.pwned=1>", browser.Script("return document.getElementById('article-title').textContent"));
        var text = (string)browser.Script("return document.querySelector('#panel .article-text').textContent")!;
        Assert.Contains("<script>window.pwned=1</script>", text, StringComparison.Ordinal);
        Assert.Contains("<svg onload=\"window.pwned=1\"></svg>", text, StringComparison.Ordinal);
        Assert.Contains("Evil Gazette <b>", (string)browser.Script("return document.querySelector('#panel .article-meta').textContent")!, StringComparison.Ordinal);
        Thread.Sleep(300);
        AssertInert(browser);
        Shot(browser, "hostile-article.png");
    }

    [BrowserFact]
    public void An_uploaded_file_is_ingested_with_progress_and_the_views_show_it()
    {
        var browser = Open("ingest");
        var before = long.Parse((string)browser.Script("return document.getElementById('stats').dataset.documents")!, System.Globalization.CultureInfo.InvariantCulture);
        var file = Path.Combine(dashboard.Folder, "zaporizhzhia-monitors.txt");
        File.WriteAllText(file, "Monitors to return to Zaporizhzhia plant\n\nVienna • Danube Courier\n\nJune 3, 2025\n\nThe IAEA proposed a monitoring mission at the Zaporizhzhia Nuclear Power Plant, Rafael Grossi said on Tuesday, and Ukraine accepted the plan. Quokkaword appears only here.\n");

        browser.Driver.FindElement(By.Id("upload-files")).SendKeys(file);
        Assert.Contains("zaporizhzhia-monitors.txt", (string)browser.Script("return document.getElementById('upload-chosen').textContent")!, StringComparison.Ordinal);
        browser.Driver.FindElement(By.Id("upload-go")).Click();
        WaitFor(browser, "return document.getElementById('job').dataset.state === 'done'", "the ingest job to finish");

        Assert.Contains("1 new", (string)browser.Script("return document.getElementById('job-status').textContent")!, StringComparison.Ordinal);
        Assert.Equal(1.0, browser.Number("return document.getElementById('job-progress').value"));
        WaitFor(browser, $"return document.getElementById('stats').dataset.documents === '{before + 1}'", "the header to count the new document");
        Shot(browser, "ingest-done.png");

        browser.Driver.FindElement(By.Id("tab-search")).Click();
        browser.Driver.FindElement(By.Id("search-q")).SendKeys("Quokkaword");
        browser.Driver.FindElement(By.Id("search-go")).Click();
        WaitFor(browser, "return document.querySelectorAll('#search-results .hit').length === 1", "the uploaded article in search");
        Assert.Equal("Monitors to return to Zaporizhzhia plant", browser.Script("return document.querySelector('#search-results .hit-title').textContent"));
    }

    [BrowserFact]
    public void The_timeline_draws_a_lane_per_party_with_dots_for_and_against()
    {
        var browser = Open("timeline");

        browser.Script("const s = document.getElementById('timeline-issue'); s.value = 'ceasefire'; s.dispatchEvent(new Event('change'));");
        WaitFor(browser, "return document.getElementById('view-timeline').dataset.state === 'ready' && !!document.querySelector('#timeline-chart svg.timeline')", "the chart");

        var lanes = (System.Collections.ObjectModel.ReadOnlyCollection<object>)browser.Script("return [...document.querySelectorAll('#timeline-chart .lane-label')].map(t => t.textContent)")!;
        Assert.Contains("Russia", lanes);
        Assert.Contains("Ukraine", lanes);
        Assert.True((long)browser.Script("return document.querySelectorAll('#timeline-chart circle.dot.against').length")! >= 1);
        Assert.True((long)browser.Script("return document.querySelectorAll('#timeline-chart circle.dot.for').length")! >= 1);
        Shot(browser, "timeline.png");
    }

    [BrowserFact]
    public void The_stories_view_lists_the_outlets_that_ran_the_same_story()
    {
        var browser = Open("stories");

        WaitFor(browser, "return document.querySelectorAll('#stories-list .story').length >= 2", "the story clusters");
        var text = (string)browser.Script("return document.getElementById('stories-list').textContent")!;
        Assert.Contains("Steppe Review", text, StringComparison.Ordinal);
        Assert.Contains("Continental Wire Service", text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void A_bad_filter_shows_the_servers_reason()
    {
        var browser = Open("timeline");

        browser.Script("document.getElementById('filter-since').value = '2025-06-01'; document.getElementById('filter-until').value = '2025-01-01';");
        browser.Driver.FindElement(By.Id("filter-apply")).Click();
        WaitFor(browser, "return !document.getElementById('error').hidden", "the error line");

        Assert.Contains("is after", (string)browser.Script("return document.getElementById('error').textContent")!, StringComparison.Ordinal);
    }
}
