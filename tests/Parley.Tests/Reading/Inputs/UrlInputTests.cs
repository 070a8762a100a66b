using System.Text;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;

namespace Parley.Tests.Reading.Inputs;

public sealed class UrlInputTests : IDisposable
{
    private const string Page = "<html><head><title>Truce talks</title><meta property=\"og:site_name\" content=\"Steppe Herald\"></head><body><article><h1>Truce talks</h1><p>Delegations from Kyiv and Moscow met in Istanbul on Friday for their first direct talks in three years, agreeing to a large prisoner exchange.</p><p>The meeting lasted less than two hours, officials said.</p></article></body></html>";
    private readonly LocalServer _server = new();

    public void Dispose() => _server.Dispose();

    private static async Task<ReadOutcome> ReadAsync(string url, TimeSpan? timeout = null)
    {
        using var loader = new InputLoader(timeout: timeout);
        return await new ReadPipeline(ArticleReader.Default, loader).ReadOneAsync(new RawInput(url, InputKind.Url));
    }

    [Fact]
    public async Task A_page_is_fetched_and_read_with_its_address()
    {
        _server.Content("/news/truce-talks", Encoding.UTF8.GetBytes(Page), "text/html; charset=utf-8");

        var outcome = await ReadAsync(_server.Url("/news/truce-talks"));

        Assert.False(outcome.Failed, outcome.Error);
        var article = Assert.Single(outcome.Articles);
        Assert.Equal("truce-talks", article.Doc);
        Assert.Equal("Steppe Herald", article.Outlet);
        Assert.Equal(_server.Url("/news/truce-talks"), article.Url);
        Assert.Contains("prisoner exchange", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirects_are_followed()
    {
        _server.Content("/final", Encoding.UTF8.GetBytes(Page), "text/html");
        _server.Route("/old", context =>
        {
            context.Response.Redirect(_server.Url("/final"));
            context.Response.Close();
            return Task.CompletedTask;
        });

        var outcome = await ReadAsync(_server.Url("/old"));

        Assert.False(outcome.Failed, outcome.Error);
        Assert.Equal(_server.Url("/final"), outcome.Articles[0].Url);
    }

    [Fact]
    public async Task The_charset_from_the_content_type_header_is_used()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = "Переговори в Стамбулі\n\nДелегації домовилися про великий обмін полоненими після переговорів у п'ятницю.\n";
        _server.Content("/uk.txt", Encoding.GetEncoding(1251).GetBytes(text), "text/plain; charset=windows-1251");

        var outcome = await ReadAsync(_server.Url("/uk.txt"));

        Assert.False(outcome.Failed, outcome.Error);
        Assert.Equal("Переговори в Стамбулі", outcome.Articles[0].Title);
    }

    [Fact]
    public async Task A_server_error_is_reported_with_its_status()
    {
        var outcome = await ReadAsync(_server.Url("/missing"));

        Assert.True(outcome.Failed);
        Assert.Equal("server answered 404 Not Found", outcome.Error);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_in_time_is_reported_as_a_timeout()
    {
        _server.Route("/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            context.Response.Close();
        });

        var outcome = await ReadAsync(_server.Url("/slow"), TimeSpan.FromMilliseconds(300));

        Assert.True(outcome.Failed);
        Assert.StartsWith("timed out", outcome.Error, StringComparison.Ordinal);
    }
}
