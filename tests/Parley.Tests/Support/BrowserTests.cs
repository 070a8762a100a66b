using Xunit.Abstractions;

namespace Parley.Tests.Support;

[Collection(SharedBrowser.Name)]
public sealed class BrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [BrowserFact]
    public void The_shared_browser_opens_a_local_file_lays_it_out_and_saves_a_screenshot()
    {
        var page = _temp.File("page.html", """
            <!doctype html><html><head><meta charset="utf-8"><title>probe</title>
            <style>body{margin:0} #box{width:200px;height:50px;background:rgb(10, 20, 30)}</style></head>
            <body><div id="box">é</div></body></html>
            """);
        var browser = fixture.Browser;

        browser.Open(page);

        Assert.Equal("probe", browser.Driver.Title);
        Assert.Equal(Browser.DefaultWidth, browser.Number("return window.innerWidth"));
        Assert.Equal(200, browser.Number("return document.getElementById('box').getBoundingClientRect().width"));
        Assert.Equal("rgb(10, 20, 30)", browser.Script("return getComputedStyle(document.getElementById('box')).backgroundColor"));
        var shot = browser.Screenshot(Path.Combine(_temp.Path, "probe.png"));
        output.WriteLine($"screenshot: {shot}");
        Assert.True(new FileInfo(shot).Length > 100);
    }

    [BrowserFact]
    public void The_viewport_can_be_narrowed_to_a_print_like_width()
    {
        var page = _temp.File("page.html", "<!doctype html><html><body></body></html>");
        var browser = fixture.Browser;

        browser.Viewport(700, 900);
        browser.Open(page);

        Assert.Equal(700, browser.Number("return window.innerWidth"));
    }
}
