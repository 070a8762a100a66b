using System.Net.Http.Json;
using System.Text.Json;
using Parley.Cli;
using Spectre.Console.Testing;

namespace Parley.Tests.Web;

public sealed class ServeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static CliEnvironment Environment(StringWriter output, StringWriter error) =>
        new(TextWriter.Synchronized(output), TextWriter.Synchronized(error), new TestConsole(), new TestConsole(), Interactive: false, _ => null, () => new MemoryStream());

    [Fact]
    public async Task Serve_prints_its_loopback_address_answers_there_and_stops_when_cancelled()
    {
        var db = Path.Combine(_temp.Path, "store.db");
        await DashboardServer.IngestAsync(db, [DashboardServer.Articles]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();

        var run = ParleyApp.RunAsync(["serve", "--db", db, "--port", "0"], Environment(output, error), stop.Token);
        var url = await WaitForUrlAsync(output, run);
        using var http = new HttpClient();
        var stats = await http.GetFromJsonAsync<JsonElement>(new Uri(new Uri(url), "/api/stats"));
        await stop.CancelAsync();
        var code = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.StartsWith("http://127.0.0.1:", url, StringComparison.Ordinal);
        Assert.Equal(4, stats.GetProperty("documents").GetInt64());
        Assert.Equal(0, code);
        Assert.Contains("Ctrl+C", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public async Task Serve_refuses_a_host_that_is_not_an_ip_address()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await ParleyApp.RunAsync(["serve", "--db", Path.Combine(_temp.Path, "s.db"), "--host", "example.org"], Environment(output, error));

        Assert.Equal(2, code);
        Assert.Contains("--host must be an IP address or localhost", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_refuses_a_port_out_of_range()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await ParleyApp.RunAsync(["serve", "--port", "70000"], Environment(output, error));

        Assert.Equal(2, code);
        Assert.Contains("--port must be from 0 to 65535", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> WaitForUrlAsync(StringWriter output, Task<int> run)
    {
        for (var i = 0; i < 300; i++)
        {
            var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("Parley dashboard: ", StringComparison.Ordinal));
            if (line is not null)
            {
                return line["Parley dashboard: ".Length..].Trim();
            }

            Assert.False(run.IsCompleted, $"serve ended early: {output}");
            await Task.Delay(100);
        }

        throw new TimeoutException("serve printed no address");
    }
}
