using Parley.Reading;

namespace Parley.Tests.Reading.Json;

public sealed class JsonNewsReaderTests
{
    private static IReadOnlyList<Article> Read(string name, string json)
    {
        var outcome = ArticleReader.Default.Read(new SourceText(name, name, json, Path.GetExtension(name).TrimStart('.'), null, null));
        Assert.False(outcome.Failed, outcome.Error);
        return outcome.Articles;
    }

    [Fact]
    public void A_newsapi_style_dump_gives_one_article_per_record_named_by_position()
    {
        const string json = """
            {"status":"ok","totalResults":2,"articles":[
              {"source":{"id":null,"name":"Wire Daily"},"author":"Ann Lee","title":"Talks in Jeddah","description":"short","url":"https://example.test/a","publishedAt":"2025-03-11T18:20:00Z","content":"<p>Ukraine said it was ready to accept a 30-day ceasefire proposed by the United States after eight hours of talks.</p>"},
              {"source":{"name":"Capital Post"},"title":"Aid resumes","url":"https://example.test/b","publishedAt":"2025-03-12T08:00:00Z","content":"Washington agreed to resume military aid and intelligence sharing with Kyiv."}
            ]}
            """;

        var articles = Read("dump.json", json);

        Assert.Equal(2, articles.Count);
        Assert.Equal("dump.json#1", articles[0].Doc);
        Assert.Equal("Wire Daily", articles[0].Outlet);
        Assert.Equal("Ann Lee", articles[0].Byline);
        Assert.Equal(new DateOnly(2025, 3, 11), articles[0].Published);
        Assert.Equal("https://example.test/a", articles[0].Url);
        Assert.StartsWith("Ukraine said it was ready", articles[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", articles[0].Text, StringComparison.Ordinal);
        Assert.Equal("dump.json#2", articles[1].Doc);
    }

    [Fact]
    public void Json_lines_give_one_article_per_line_with_common_field_names()
    {
        const string jsonl = """
            {"headline":"Envoys meet","body":"The envoys met in Istanbul on Friday for the first direct talks since 2022.","link":"https://example.test/1","date":"2025-05-16","outlet":"Bosphorus Wire"}
            {"title":"Swap agreed","text":"Both sides agreed to exchange 1,000 prisoners each, negotiators said after the talks.","url":"https://example.test/2","published":"Fri, 16 May 2025 17:00:00 GMT","source":"Bosphorus Wire"}
            """;

        var articles = Read("wire.jsonl", jsonl);

        Assert.Equal(2, articles.Count);
        Assert.Equal("Envoys meet", articles[0].Title);
        Assert.Equal(new DateOnly(2025, 5, 16), articles[0].Published);
        Assert.Equal(new DateOnly(2025, 5, 16), articles[1].Published);
        Assert.Equal("wire.jsonl#2", articles[1].Doc);
        Assert.Equal("Bosphorus Wire", articles[1].Outlet);
    }

    [Fact]
    public void A_single_record_is_named_after_its_file()
    {
        var articles = Read("one.json", """{"title":"Summit set","content":"The two presidents will meet in Anchorage on August 15, the White House said.","date":1755216000}""");

        var article = Assert.Single(articles);
        Assert.Equal("one.json", article.Doc);
        Assert.Equal(new DateOnly(2025, 8, 15), article.Published);
    }
}
