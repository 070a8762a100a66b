using System.Net;
using System.Text;
using Parley.Tests.Reading.Inputs;

namespace Parley.Tests.Web;

public sealed class DashboardIngestTests
{
    private static readonly byte[] Article = Encoding.UTF8.GetBytes(
        "Envoys agree to meet again in Istanbul\n\nIstanbul • Bosphorus Daily\n\nMay 16, 2025\n\n" +
        "Russia proposed a prisoner exchange of a thousand for a thousand, the Turkish foreign minister said after the first direct talks in three years.\n");

    [Fact]
    public async Task Uploaded_files_are_ingested_by_a_job_whose_progress_can_be_polled()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false);

        using var response = await server.UploadAsync(("istanbul.txt", Article));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        Assert.Equal($"/api/ingest/{id}", response.Headers.Location?.OriginalString);
        var job = await server.WaitForJobAsync(id);
        Assert.Equal("done", job.GetProperty("state").GetString());
        Assert.Equal(1, job.GetProperty("inputs").GetInt32());
        Assert.Equal(1, job.GetProperty("added").GetInt64());
        var stats = await server.GetJsonAsync("/api/stats");
        Assert.Equal(1, stats.GetProperty("documents").GetInt64());
        Assert.True(stats.GetProperty("claims").GetInt64() >= 1);
        var found = await server.GetJsonAsync("/api/search?q=Istanbul");
        Assert.Equal("istanbul.txt", found.GetProperty("hits")[0].GetProperty("doc").GetString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(server.Options.UploadFolder!));
    }

    [Fact]
    public async Task Answers_remembered_by_the_server_change_when_another_process_adds_to_the_store()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false);
        var before = await server.GetJsonAsync("/api/stats");
        var storiesBefore = await server.GetJsonAsync("/api/stories");
        var file = Path.Combine(server.Folder, "outside.txt");
        await File.WriteAllBytesAsync(file, Article);

        await DashboardServer.IngestAsync(server.Options.Db, [file]);

        Assert.Equal(0, before.GetProperty("documents").GetInt64());
        Assert.Equal(0, storiesBefore.GetProperty("total").GetInt64());
        Assert.Equal(1, (await server.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt64());
        Assert.Single((await server.GetJsonAsync("/api/timeline?issue=prisoner_exchange")).GetProperty("points").EnumerateArray());
    }

    [Fact]
    public async Task An_uploaded_file_name_cannot_reach_outside_the_upload_folder()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false);
        var target = Path.Combine(server.Folder, "escaped.txt");
        var relative = Path.GetRelativePath(server.Options.UploadFolder!, target);

        using var response = await server.UploadAsync(("../../../../../../../../tmp/escaped.txt", Article), ("..\\..\\" + relative.Replace('/', '\\'), Encoding.UTF8.GetBytes("Second\n\nThe Kremlin said Russia rejects a ceasefire in Ukraine for now.\n")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var job = await server.WaitForJobAsync(id);
        Assert.Equal(2, job.GetProperty("added").GetInt64());
        Assert.False(File.Exists(target));
        Assert.False(File.Exists("/tmp/escaped.txt") && File.GetLastWriteTimeUtc("/tmp/escaped.txt") > DateTime.UtcNow.AddMinutes(-1));
        var found = await server.GetJsonAsync("/api/search?q=Istanbul");
        Assert.Equal("escaped.txt", found.GetProperty("hits")[0].GetProperty("doc").GetString());
    }

    [Fact]
    public async Task An_oversize_file_is_refused_with_413_and_nothing_is_kept()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false, tweak: o => o with { MaxFileBytes = 1024 * 1024 });

        using var response = await server.UploadAsync(("small.txt", Article), ("huge.txt", new byte[(1024 * 1024) + 1]));

        var detail = await DashboardServer.AssertProblemAsync(response, 413);
        Assert.Contains("'huge.txt' is larger than 1 MB", detail, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(server.Options.UploadFolder!));
        Assert.Equal(0, (await server.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task An_upload_over_the_total_limit_is_refused_with_413()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false, tweak: o => o with { MaxFileBytes = 600 * 1024, MaxUploadBytes = 1024 * 1024 });

        using var response = await server.UploadAsync(("a.txt", new byte[500 * 1024]), ("b.txt", new byte[500 * 1024]), ("c.txt", new byte[500 * 1024]));

        Assert.Contains("in all", await DashboardServer.AssertProblemAsync(response, 413), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(server.Options.UploadFolder!));
    }

    [Fact]
    public async Task An_upload_without_files_is_a_400_problem()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false);
        using var form = new MultipartFormDataContent { { new StringContent("just a field"), "note" } };

        using var response = await server.Client.PostAsync(new Uri("/api/ingest", UriKind.Relative), form);

        Assert.Contains("no files", await DashboardServer.AssertProblemAsync(response, 400), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_reported_by_the_name_the_client_gave_it()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false);

        using var response = await server.UploadAsync(("empty.txt", []), ("good.txt", Article));

        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var job = await server.WaitForJobAsync(id);
        Assert.Equal(1, job.GetProperty("failed").GetInt32());
        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal("empty.txt", error.GetProperty("input").GetString());
        Assert.DoesNotContain(server.Options.UploadFolder!, error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("parley-upload-", error.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, job.GetProperty("added").GetInt64());
    }

    [Fact]
    public async Task A_page_address_is_fetched_and_ingested()
    {
        using var web = new LocalServer().Content("/news/istanbul-talks", Article, "text/plain; charset=utf-8");
        await using var server = await DashboardServer.StartAsync(withArticles: false);

        using var response = await server.PostJsonAsync(new { url = web.Url("/news/istanbul-talks") });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var job = await server.WaitForJobAsync(id);
        Assert.Equal("url", job.GetProperty("kind").GetString());
        Assert.Equal(1, job.GetProperty("added").GetInt64());
    }

    [Fact]
    public async Task A_feed_address_is_fetched_and_each_entry_becomes_an_article()
    {
        var feed = await File.ReadAllBytesAsync(Path.Combine(Repo.Samples, "feeds", "black-sea-monitor.rss"));
        using var web = new LocalServer().Content("/feed.rss", feed, "application/rss+xml");
        await using var server = await DashboardServer.StartAsync(withArticles: false);

        using var response = await server.PostJsonAsync(new { feed = web.Url("/feed.rss") });

        var id = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
        var job = await server.WaitForJobAsync(id);
        Assert.Equal("done", job.GetProperty("state").GetString());
        Assert.True(job.GetProperty("articles").GetInt32() >= 2);
        Assert.Equal(job.GetProperty("articles").GetInt32(), (int)(await server.GetJsonAsync("/api/stats")).GetProperty("documents").GetInt64());
    }

    [Fact]
    public async Task An_unknown_ingest_job_is_a_404_problem()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false);

        using var response = await server.Client.GetAsync(new Uri("/api/ingest/0123456789abcdef", UriKind.Relative));

        await DashboardServer.AssertProblemAsync(response, 404);
    }

    [Fact]
    public async Task A_json_request_must_name_exactly_one_of_url_or_feed()
    {
        await using var server = await DashboardServer.StartAsync(withArticles: false);

        using var both = await server.PostJsonAsync(new { url = "https://example.org/a", feed = "https://example.org/b" });
        using var neither = await server.PostJsonAsync(new { link = "https://example.org/a" });

        await DashboardServer.AssertProblemAsync(both, 400);
        await DashboardServer.AssertProblemAsync(neither, 400);
    }
}
