using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Parley.Web;
using Parley.Web.Security;

namespace Parley.Tests.Web;

[Collection("dashboard")]
public sealed class DashboardSecurityTests(DashboardFixture fixture)
{
    private DashboardServer Server => fixture.Server;

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/stats")]
    [InlineData("/api/documents/1")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_carries_the_content_security_policy_and_nosniff(string path)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
        foreach (var directive in (string[])["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_page_has_no_inline_script_or_style_and_its_script_never_parses_data_as_html()
    {
        var html = await Server.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = await Server.Client.GetStringAsync(new Uri("/app.js", UriKind.Relative));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", html.Replace("<option", string.Empty, StringComparison.Ordinal).Replace(" only", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var sink in (string[])[".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "DOMParser", "createContextualFragment", "setAttribute('on", "setAttribute(\"on"])
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_hostile_articles_title_and_text_come_back_as_plain_json_strings()
    {
        var found = await Server.GetJsonAsync("/api/search?q=unacceptable");
        var id = found.GetProperty("hits")[0].GetProperty("id").GetInt64();

        using var response = await Server.Client.GetAsync(new Uri($"/api/documents/{id}", UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();
        var document = JsonDocument.Parse(raw).RootElement;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<img src=x onerror=window.pwned=1>", document.GetProperty("title").GetString());
        Assert.Equal("javascript:window.pwned=1", document.GetProperty("url").GetString());
        Assert.Contains("<script>window.pwned=1</script>", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("<svg onload=", document.GetProperty("text").GetString(), StringComparison.Ordinal);

        // HTML-significant characters are escaped inside the JSON itself, so even a client that mis-sniffed it as HTML would see no tags.
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", raw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/..%2f..%2f..%2fetc%2fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/app.js/..%2f..%2fParley.Web.dll")]
    [InlineData("/wwwroot/app.js")]
    [InlineData("/Parley.Web.dll")]
    [InlineData("/api/documents/..%2f..%2fetc%2fpasswd")]
    public async Task A_path_traversal_attempt_reaches_no_file(string path)
    {
        using var response = await Server.Client.GetAsync(new Uri(path, UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MZ", body[..Math.Min(2, body.Length)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_so_dns_rebinding_cannot_read_the_store()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/stats", UriKind.Relative));
        request.Headers.Host = "attacker.example";

        using var response = await Server.Client.SendAsync(request);

        await DashboardServer.AssertProblemAsync(response, 400);
    }

    [Fact]
    public async Task A_post_from_another_sites_page_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ingest", UriKind.Relative))
        {
            Content = new StringContent("{\"url\":\"https://example.org/a\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", "https://attacker.example");

        using var response = await Server.Client.SendAsync(request);

        await DashboardServer.AssertProblemAsync(response, 403);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.org/feed.xml")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("http://user:secret@example.org/")]
    [InlineData("/etc/passwd")]
    [InlineData("not an address")]
    public async Task Only_http_and_https_addresses_can_be_ingested(string address)
    {
        using var asUrl = await Server.PostJsonAsync(new { url = address });
        using var asFeed = await Server.PostJsonAsync(new { feed = address });

        Assert.Contains("only absolute http and https", await DashboardServer.AssertProblemAsync(asUrl, 400), StringComparison.Ordinal);
        Assert.Contains("only absolute http and https", await DashboardServer.AssertProblemAsync(asFeed, 400), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ingest_request_that_is_neither_files_nor_json_is_a_415_problem()
    {
        using var response = await Server.Client.PostAsync(new Uri("/api/ingest", UriKind.Relative), new StringContent("https://example.org", Encoding.UTF8, "text/plain"));

        await DashboardServer.AssertProblemAsync(response, 415);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var response = await Server.Client.PostAsync(new Uri("/api/ingest", UriKind.Relative), new StringContent("{\"url\": ", Encoding.UTF8, "application/json"));

        await DashboardServer.AssertProblemAsync(response, 400);
    }

    [Fact]
    public void The_default_limits_are_64_MB_a_file_and_256_MB_an_upload_on_loopback()
    {
        var options = new ServerOptions("x.db", Parley.Codebooks.Codebook.Default);

        Assert.Equal(64L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(256L * 1024 * 1024, options.MaxUploadBytes);
        Assert.Equal("127.0.0.1", options.Host);
        Assert.True(options.IsLoopback);
    }
}

public sealed class DashboardErrorTests
{
    [Fact]
    public async Task An_unexpected_error_is_a_500_problem_without_the_exception_text_or_stack()
    {
        var logged = new List<string>();
        await using var server = await DashboardServer.StartAsync(
            withArticles: false,
            tweak: o => o with { Log = logged.Add },
            beforeStart: app => app.MapGet("/api/test-failure", string () => throw new InvalidOperationException("secret detail at /home/someone/store.db")));

        using var response = await server.Client.GetAsync(new Uri("/api/test-failure", UriKind.Relative));

        var detail = await DashboardServer.AssertProblemAsync(response, 500);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/home/someone", body, StringComparison.Ordinal);
        Assert.Equal("an unexpected error occurred", detail);
        Assert.Contains(logged, line => line.Contains("secret detail", StringComparison.Ordinal));
        Assert.Contains("default-src 'self'", string.Join(' ', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
