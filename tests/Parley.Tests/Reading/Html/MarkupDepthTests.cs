using Parley.Reading.Html;

namespace Parley.Tests.Reading.Html;

public sealed class MarkupDepthTests
{
    [Fact]
    public void An_ordinary_page_is_not_too_deep()
    {
        const string html = "<html><head><meta charset=utf-8><title>t</title></head><body><div><article><p>One<p>Two<br><img src=x><ul><li>a<li>b</ul></article></div></body></html>";

        Assert.False(MarkupDepth.Exceeds(html));
    }

    [Fact]
    public void Thousands_of_unclosed_paragraphs_do_not_count_as_depth()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<p>Talks went on.", 5000)) + "</body>";

        Assert.False(MarkupDepth.Exceeds(html));
    }

    [Fact]
    public void Nesting_past_the_limit_is_detected()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", MarkupDepth.Limit + 1));

        Assert.True(MarkupDepth.Exceeds(html));
    }

    [Fact]
    public void Closed_siblings_do_not_add_up()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>x</span></div>", 10_000));

        Assert.False(MarkupDepth.Exceeds(html));
    }

    [Fact]
    public void The_tag_stripper_keeps_paragraphs_and_drops_scripts()
    {
        const string html = "<div><p>Envoys met in Riyadh.</p><script>var x = '<p>not text</p>';</script><p>They agreed to talk again &amp; soon.</p></div>";

        Assert.Equal("Envoys met in Riyadh.\n\nThey agreed to talk again & soon.", TagStripper.Text(html));
    }
}
