using Parley.Reading.Dates;
using Parley.Reading.Html;

namespace Parley.Tests.Reading.Dates;

public sealed class HtmlDateFinderTests
{
    private static DateOnly? Find(string html, string? url = null) => HtmlDateFinder.Find(HtmlArticleReader.Parse(html), url);

    [Fact]
    public void Article_published_time_meta_wins_over_a_date_in_the_sidebar()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2021-04-03T08:00:00+02:00"></head>
            <body><aside><span class="date">1 May 2021</span></aside><article><p>Text.</p></article></body></html>
            """;
        Assert.Equal(new DateOnly(2021, 4, 3), Find(html));
    }

    [Fact]
    public void Json_ld_date_published_in_a_graph_is_found()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebPage","dateModified":"2022-02-02T10:00:00+01:00"},
            {"@type":"NewsArticle","datePublished":"2022-01-30T10:00:00+01:00"}]}
            </script></head><body><p>Nothing dated here.</p></body></html>
            """;
        Assert.Equal(new DateOnly(2022, 1, 30), Find(html));
    }

    [Fact]
    public void Published_beats_modified_whatever_the_order()
    {
        const string html = """
            <html><head><meta property="article:modified_time" content="2022-03-05T10:00:00+01:00">
            <meta name="pubdate" content="2022-03-01"></head><body></body></html>
            """;
        Assert.Equal(new DateOnly(2022, 3, 1), Find(html));
    }

    [Fact]
    public void Time_element_in_the_article_is_used_when_no_metadata_exists()
    {
        const string html = """
            <html><body><article><header><time datetime="2019-11-20T09:30:00">20 Nov</time></header><p>Text</p></article>
            <footer><time datetime="2023-01-01">footer</time></footer></body></html>
            """;
        Assert.Equal(new DateOnly(2019, 11, 20), Find(html));
    }

    [Fact]
    public void Address_date_is_used_when_the_page_has_no_metadata()
    {
        Assert.Equal(new DateOnly(2020, 6, 7), Find("<html><body><p>Text</p></body></html>", "https://example.org/news/2020/06/07/story"));
    }

    [Fact]
    public void Structured_publication_date_outranks_the_address()
    {
        const string html = """<html><head><meta property="article:published_time" content="2020-06-08T12:00:00+02:00"></head><body></body></html>""";
        Assert.Equal(new DateOnly(2020, 6, 8), Find(html, "https://example.org/2020/06/07/story"));
    }

    [Fact]
    public void Element_classed_as_a_date_is_read_in_the_page_language()
    {
        const string html = """<html lang="uk"><body><div class="article-date">12 березня 2025, 10:15</div><p>Text</p></body></html>""";
        Assert.Equal(new DateOnly(2025, 3, 12), Find(html));
    }

    [Fact]
    public void Copyright_years_and_update_notes_lose_to_the_written_date()
    {
        const string html = """
            <html lang="en"><body><p>Updated: June 9, 2020</p><p>Posted June 7, 2020 by staff</p>
            <p>© 2021 Example Media</p></body></html>
            """;
        Assert.Equal(new DateOnly(2020, 6, 7), Find(html));
    }

    [Fact]
    public void Utc_timestamp_near_midnight_yields_to_the_local_date_stated_alongside()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2020-12-24T23:50:00+00:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-12-25T01:50:00+02:00"}</script></head>
            <body></body></html>
            """;
        Assert.Equal(new DateOnly(2020, 12, 25), Find(html));
    }

    [Fact]
    public void Page_without_any_date_yields_none()
    {
        Assert.Null(Find("<html><body><p>Call 555-1234 for 12 items.</p></body></html>", "https://example.org/about"));
    }

    [Fact]
    public void Dates_in_the_future_or_before_the_web_are_ignored()
    {
        const string html = """<html><body><p class="date">3 March 2999</p><p>Founded 12 May 1980</p></body></html>""";
        Assert.Null(Find(html));
    }

    [Fact]
    public void Deeply_nested_pages_do_not_overflow_the_stack()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 20000)) + "<time datetime=\"2021-05-05\">x</time>" + "</body></html>";
        Assert.Equal(new DateOnly(2021, 5, 5), Find(html));
    }
}
