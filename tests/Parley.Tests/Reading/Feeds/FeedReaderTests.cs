using Parley.Reading;

namespace Parley.Tests.Reading.Feeds;

public sealed class FeedReaderTests
{
    private static ReadOutcome Read(string name, string xml) =>
        ArticleReader.Default.Read(new SourceText(name, name, xml, Path.GetExtension(name).TrimStart('.'), null, null));

    [Fact]
    public void An_rss_feed_gives_one_article_per_item_with_the_channel_as_outlet()
    {
        const string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Steppe Herald</title><language>en-gb</language>
                <item><title>Energy truce announced</title><link>https://example.test/truce</link>
                  <pubDate>Tue, 18 Mar 2025 19:30:00 +0000</pubDate><dc:creator>Olga Petrenko</dc:creator>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>Moscow agreed to halt strikes on energy infrastructure for 30 days after a call between the two presidents.</p><p>Kyiv said it would support the pause.</p>]]></content:encoded></item>
                <item><title>Black Sea talks</title><link>https://example.test/sea</link><pubDate>Mon, 24 Mar 2025 10:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Delegations met in Riyadh to discuss safe navigation in the Black Sea.&lt;/p&gt;</description></item>
              </channel>
            </rss>
            """;

        var outcome = Read("herald.rss", rss);

        Assert.False(outcome.Failed, outcome.Error);
        Assert.Equal(2, outcome.Articles.Count);
        var first = outcome.Articles[0];
        Assert.Equal("herald.rss#1", first.Doc);
        Assert.Equal("Steppe Herald", first.Outlet);
        Assert.Equal("Olga Petrenko", first.Byline);
        Assert.Equal(new DateOnly(2025, 3, 18), first.Published);
        Assert.Equal("en", first.Language);
        Assert.Equal("Moscow agreed to halt strikes on energy infrastructure for 30 days after a call between the two presidents.\n\nKyiv said it would support the pause.", first.Text);
        Assert.Equal("Delegations met in Riyadh to discuss safe navigation in the Black Sea.", outcome.Articles[1].Text);
    }

    [Fact]
    public void An_atom_feed_gives_one_article_per_entry()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Dnipro Daily</title>
              <entry><title>Summit in Alaska</title><link rel="alternate" href="https://example.test/alaska"/>
                <published>2025-08-15T22:00:00Z</published><author><name>Ivan Koval</name></author>
                <content type="html">&lt;p&gt;The presidents met at a base in Anchorage for nearly three hours without announcing a ceasefire.&lt;/p&gt;</content></entry>
            </feed>
            """;

        var outcome = Read("daily.atom", atom);

        var article = Assert.Single(outcome.Articles);
        Assert.Equal("daily.atom#1", article.Doc);
        Assert.Equal("Summit in Alaska", article.Title);
        Assert.Equal("Dnipro Daily", article.Outlet);
        Assert.Equal("Ivan Koval", article.Byline);
        Assert.Equal("https://example.test/alaska", article.Url);
        Assert.Equal(new DateOnly(2025, 8, 15), article.Published);
        Assert.StartsWith("The presidents met", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_with_an_external_entity_is_read_without_resolving_it()
    {
        const string evil = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>T</title><item><title>x</title><description>Talks continue in Geneva on the revised peace plan, officials said. &xxe;</description></item></channel></rss>
            """;

        var outcome = Read("evil.rss", evil);

        Assert.DoesNotContain("root:", string.Concat(outcome.Articles.Select(a => a.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_feed_is_reported_as_malformed_with_its_line()
    {
        var outcome = Read("cut.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title><item><title>x</title>");

        Assert.True(outcome.Failed);
        Assert.StartsWith("malformed feed XML at line", outcome.Error, StringComparison.Ordinal);
    }
}
