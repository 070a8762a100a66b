using System.Text;
using System.Text.Json;

namespace Parley.Tests.Cli;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db => Path.Combine(_temp.Path, "store.db");

    private void WriteCorpus()
    {
        _temp.File("in/a.txt", "Envoys agree to keep talking\n\nRussian and American officials met in Riyadh on Tuesday and agreed to restore embassy staffing and to form teams to work on ending the war in Ukraine.\n");
        _temp.File("in/b.txt", "Energy truce falters\n\nBoth sides accused each other of striking power plants days after agreeing to a thirty-day pause on attacks against energy infrastructure.\n");
        _temp.File("in/broken.json", "{ \"title\": ");
    }

    [Fact]
    public async Task Ingest_stores_what_it_can_reports_each_failure_and_exits_one()
    {
        WriteCorpus();
        var cli = new CliHarness();

        var code = await cli.RunAsync("ingest", Path.Combine(_temp.Path, "in"), "--db", Db);

        Assert.Equal(1, code);
        var error = Assert.Single(cli.ErrorLines);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
        Assert.Contains("malformed JSON", error, StringComparison.Ordinal);
        Assert.Contains("2 new", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Re_ingesting_the_same_files_adds_nothing()
    {
        WriteCorpus();
        await new CliHarness().RunAsync("ingest", Path.Combine(_temp.Path, "in"), "--db", Db);

        var again = new CliHarness();
        await again.RunAsync("ingest", Path.Combine(_temp.Path, "in"), "--db", Db);
        var stats = new CliHarness();
        await stats.RunAsync("stats", "--json", "--db", Db);

        Assert.Contains("0 new, 2 already stored", again.Out.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stats.Out.ToString());
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetInt64());
        Assert.Equal(2, json.RootElement.GetProperty("stories").GetInt64());
        Assert.Equal(0, json.RootElement.GetProperty("claims").GetInt64());
        Assert.True(json.RootElement.TryGetProperty("outlets", out _));
    }

    [Fact]
    public async Task The_store_path_comes_from_the_environment_when_no_option_is_given()
    {
        WriteCorpus();
        var cli = new CliHarness().With("PARLEY_DB", Db);

        var code = await cli.RunAsync("ingest", Path.Combine(_temp.Path, "in", "a.txt"));

        Assert.Equal(0, code);
        Assert.True(File.Exists(Db));
    }

    [Fact]
    public async Task Standard_input_is_read_when_the_path_is_a_dash()
    {
        var cli = new CliHarness { StandardInput = Encoding.UTF8.GetBytes("Talks in Geneva\n\nNegotiators met in Geneva on Sunday to revise the draft peace plan, officials from both delegations said.\n") };

        var code = await cli.RunAsync("read", "-", "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(Assert.Single(cli.OutLines));
        Assert.Equal("stdin", json.RootElement.GetProperty("doc").GetString());
        Assert.Equal("Talks in Geneva", json.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Search_prints_matching_articles_with_snippets()
    {
        WriteCorpus();
        await new CliHarness().RunAsync("ingest", Path.Combine(_temp.Path, "in"), "--db", Db);
        var cli = new CliHarness();

        var code = await cli.RunAsync("search", "power", "plants", "--db", Db, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(Assert.Single(cli.OutLines));
        Assert.Equal("b.txt", json.RootElement.GetProperty("doc").GetString());
        Assert.Contains("[power]", json.RootElement.GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_on_a_store_that_does_not_exist_says_how_to_make_one()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("stats", "--db", Db);

        Assert.Equal(3, code);
        Assert.Contains("parley ingest", Assert.Single(cli.ErrorLines), StringComparison.Ordinal);
    }
}

public sealed class IngestClaimsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Ingest_stores_the_claims_of_each_article_with_it()
    {
        var path = _temp.File("talks.txt", "Kremlin sets terms\n\nThe Kremlin demands that Ukraine withdraw its troops from the Donetsk region, Peskov told reporters on Monday.\n");
        var db = Path.Combine(_temp.Path, "store.db");

        await new CliHarness().RunAsync("ingest", path, "--db", db);
        var stats = new CliHarness();
        await stats.RunAsync("stats", "--json", "--db", db);

        using var json = System.Text.Json.JsonDocument.Parse(stats.Out.ToString());
        Assert.Equal(1, json.RootElement.GetProperty("claims").GetInt64());
    }
}
