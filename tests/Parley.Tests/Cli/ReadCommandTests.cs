using System.Text.Json;

namespace Parley.Tests.Cli;

public sealed class ReadCommandTests
{
    [Fact]
    public async Task Read_with_json_prints_one_object_per_article_with_every_field()
    {
        using var temp = new TempFolder();
        var path = temp.File("talks.txt", "Envoys meet in Riyadh\n\nDelegations from both sides met on Monday to discuss a partial truce covering energy sites, officials said.\n");
        var cli = new CliHarness();

        var code = await cli.RunAsync("read", path, "--json");

        Assert.Equal(0, code);
        var line = Assert.Single(cli.OutLines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        string[] fields = ["doc", "title", "outlet", "published", "byline", "url", "language", "cites", "text"];
        Assert.Equal(fields, root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("talks.txt", root.GetProperty("doc").GetString());
        Assert.Equal("Envoys meet in Riyadh", root.GetProperty("title").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.StartsWith("Delegations from both sides", root.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_missing_file_gets_one_error_line_and_the_rest_of_the_batch_is_read()
    {
        using var temp = new TempFolder();
        var good = temp.File("good.txt", "Talks resume\n\nNegotiators gathered again in Istanbul for a second round of direct talks on prisoner exchanges.\n");
        var missing = Path.Combine(temp.Path, "missing.txt");
        var cli = new CliHarness();

        var code = await cli.RunAsync("read", missing, good, "--json");

        Assert.Equal(1, code);
        Assert.Single(cli.OutLines);
        var error = Assert.Single(cli.ErrorLines);
        Assert.Contains("missing.txt", error, StringComparison.Ordinal);
        Assert.Contains("no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error_with_exit_code_two()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("read", "--no-such-option", "x");

        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", cli.Error.ToString(), StringComparison.Ordinal);
    }
}
