using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;
using Parley.Store;
using Parley.Web;

namespace Parley.Tests.Web;

/// <summary>The dashboard on the in-memory test server over a real SQLite store built by ingesting the articles in Fixtures/Web (two syndicated copies, a wire report via TASS, a hostile JSON article).</summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly TempFolder _temp;

    private DashboardServer(TempFolder temp, WebApplication app, ServerOptions options)
    {
        _temp = temp;
        App = app;
        Options = options;
        Client = app.GetTestClient();
    }

    public static string Articles => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Web");

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public WebApplication App { get; }

    public ServerOptions Options { get; }

    public HttpClient Client { get; }

    public string Folder => _temp.Path;

    /// <summary>Builds a store from the test articles (or an empty one) and starts the server on it.</summary>
    public static async Task<DashboardServer> StartAsync(bool withArticles = true, Func<ServerOptions, ServerOptions>? tweak = null, Action<WebApplication>? beforeStart = null)
    {
        var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "store.db");
        if (withArticles)
        {
            await IngestAsync(db, [Articles]);
        }

        var options = new ServerOptions(db, Codebook.Default, Port: 0) { UploadFolder = Directory.CreateDirectory(Path.Combine(temp.Path, "uploads")).FullName };
        options = tweak?.Invoke(options) ?? options;
        var app = ParleyServer.Build(options, builder => builder.WebHost.UseTestServer());
        beforeStart?.Invoke(app);
        await app.StartAsync();
        return new DashboardServer(temp, app, options);
    }

    public static async Task IngestAsync(string db, IReadOnlyList<string> paths)
    {
        using var store = ParleyStore.Open(db);
        using var loader = new InputLoader();
        await new Ingestor(ArticleReader.Default, loader, extractor: ClaimExtractor.Default).IngestAsync(store, [.. InputFinder.Expand(paths)]);
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts the answer is an application/problem+json with the status, no stack trace and no server path; returns its detail.</summary>
    public static async Task<string> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(status, json.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
        return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : string.Empty;
    }

    /// <summary>Polls an ingest job until it ends (at most 30 s).</summary>
    public async Task<JsonElement> WaitForJobAsync(string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var job = await GetJsonAsync($"/api/ingest/{id}");
            var state = job.GetProperty("state").GetString();
            if (state is "done" or "failed")
            {
                return job;
            }

            Assert.True(DateTime.UtcNow < deadline, $"ingest job {id} still {state} after 30 s");
            await Task.Delay(50);
        }
    }

    /// <summary>Posts files as a multipart upload; returns the answer.</summary>
    public async Task<HttpResponseMessage> UploadAsync(params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }

        return await Client.PostAsync(new Uri("/api/ingest", UriKind.Relative), form);
    }

    public async Task<HttpResponseMessage> PostJsonAsync(object body) =>
        await Client.PostAsJsonAsync(new Uri("/api/ingest", UriKind.Relative), body);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        _temp.Dispose();
    }
}

/// <summary>One server over the test articles, shared by the read-only API tests.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public DashboardServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await DashboardServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition("dashboard")]
public sealed class DashboardGroup : ICollectionFixture<DashboardFixture>;
