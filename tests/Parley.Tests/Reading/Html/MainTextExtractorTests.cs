using System.Text;
using Parley.Reading.Html;

namespace Parley.Tests.Reading.Html;

public sealed class MainTextExtractorTests
{
    private const string First = "The harbour authority said on Tuesday that the new ferry terminal will open in the spring, two years later than planned.";
    private const string Second = "Engineers found that the pier foundations needed more work after a survey of the seabed last winter, the authority added.";
    private const string Third = "Local traders welcomed the news but asked for better bus links to the terminal before the summer season begins in earnest.";

    private static string Page(string article, string around = "") =>
        "<!DOCTYPE html><html><head><title>Ferry terminal delayed</title></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
        + article + around
        + "<footer><p>Contact us</p><p>Terms of use and privacy policy for all readers of this site</p></footer></body></html>";

    private static string Extract(string html) => MainTextExtractor.Extract(HtmlArticleReader.Parse(html), "https://example.org/ferry");

    [Fact]
    public void The_article_paragraphs_are_kept_in_order_and_the_navigation_is_not()
    {
        var text = Extract(Page($"<article><h1>Ferry terminal delayed</h1><p>{First}</p><p>{Second}</p><p>{Third}</p></article>"));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", text);
    }

    [Fact]
    public void Share_buttons_and_related_links_are_not_part_of_the_text()
    {
        var share = "<div class='share-bar'><a href='#'>Share on Facebook</a> <a href='#'>Share on Twitter</a></div>";
        var related = "<div class='related-stories'><h3>Related</h3><ul><li><a href='/a'>Bridge repairs finish early after a dry autumn in the region</a></li>"
            + "<li><a href='/b'>Council approves a new cycle lane along the harbour front road</a></li></ul></div>";
        var text = Extract(Page($"<div class='story'><p>{First}</p>{share}<p>{Second}</p><p>{Third}</p>{related}</div>"));

        Assert.Contains(First, text, StringComparison.Ordinal);
        Assert.Contains(Third, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bridge repairs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Subheads_and_list_items_inside_the_article_are_kept()
    {
        var text = Extract(Page(
            $"<div class='body'><p>{First}</p><h2>What happens next</h2><p>{Second}</p><ul><li>New timetable in March</li><li>Extra parking</li></ul><p>{Third}</p></div>"));

        Assert.Contains("What happens next", text, StringComparison.Ordinal);
        Assert.Contains("New timetable in March", text, StringComparison.Ordinal);
        Assert.Contains("Extra parking", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_comment_section_beside_the_article_is_left_out()
    {
        var comments = "<section id='comments'><div class='comment'><p>I have waited for this terminal for years and the delay is a real disappointment to everyone here.</p></div></section>";
        var text = Extract(Page($"<main><div class='entry'><p>{First}</p><p>{Second}</p><p>{Third}</p></div>{comments}</main>"));

        Assert.Contains(Second, text, StringComparison.Ordinal);
        Assert.DoesNotContain("disappointment", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_broken_with_br_become_separate_paragraphs()
    {
        var text = Extract(Page($"<div class='post'>{First}<br><br>{Second}<br>{Third}</div>"));

        Assert.Equal($"{First}\n\n{Second}\n\n{Third}", text);
    }

    [Fact]
    public void A_page_without_paragraphs_still_gives_its_text()
    {
        var text = Extract("<html><body><div>Results</div><div>Team A 3</div><div>Team B 1</div></body></html>");

        Assert.Contains("Team A 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_nested_deeper_than_the_walk_limit_gives_flat_text_without_crashing()
    {
        const int depth = HtmlArticleReader.MaxDepth * 5;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", depth);
        html.Append(First);
        html.Insert(html.Length, "</div>", depth);
        html.Append("</body></html>");

        var text = Extract(html.ToString());

        Assert.Equal(First, text);
    }
}
