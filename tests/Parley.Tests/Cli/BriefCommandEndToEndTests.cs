using System.Globalization;
using AngleSharp.Html.Parser;
using Parley.Store;

namespace Parley.Tests.Cli;

/// <summary>
/// <c>parley brief</c> over a real store built from the bundled samples, through the real position queries
/// (<see cref="Parley.Positions.PositionQueries"/>).
/// </summary>
public sealed class BriefCommandEndToEndTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db => Path.Combine(_temp.Path, "store.db");

    private async Task IngestSamplesAsync()
    {
        var code = await new CliHarness().RunAsync("ingest", Repo.Samples, "--db", Db);
        Assert.True(code is 0 or 1, $"ingest exited {code}");
    }

    [Fact]
    public async Task The_brief_of_the_samples_is_one_html_file_with_the_grid_the_timelines_and_the_evidence()
    {
        await IngestSamplesAsync();
        var output = Path.Combine(_temp.Path, "out", "brief.html");
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", "--db", Db, "--out", output);

        Assert.Equal(0, code);
        Assert.Equal(Path.GetFullPath(output), Assert.Single(cli.OutLines));
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(output));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.NotEmpty(document.QuerySelectorAll("table.grid td.cell.for, table.grid td.cell.against, table.grid td.cell.conflict"));
        Assert.NotEmpty(document.QuerySelectorAll("figure.timeline svg g.marker"));
        Assert.NotEmpty(document.QuerySelectorAll("#evidence blockquote"));
        Assert.Contains("Russia", document.QuerySelector("table.grid tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^The store holds \d+ articles in \d+ stories", document.QuerySelector(".store")!.TextContent);
    }

    [Fact]
    public async Task The_markdown_brief_goes_to_standard_output_with_a_dash()
    {
        await IngestSamplesAsync();
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", "--db", Db, "--format", "md", "--out", "-");

        Assert.Equal(0, code);
        var markdown = cli.Out.ToString();
        Assert.StartsWith("# ", markdown, StringComparison.Ordinal);
        Assert.Contains("| Party |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Key evidence", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Since_and_until_keep_the_timelines_inside_the_period()
    {
        await IngestSamplesAsync();
        var output = Path.Combine(_temp.Path, "period.html");
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", "--db", Db, "--since", "2025-03-01", "--until", "2025-03-31", "--out", output);

        Assert.Equal(0, code);
        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(output));
        Assert.Contains("1 Mar 2025 – 31 Mar 2025", document.QuerySelector(".period")!.TextContent, StringComparison.Ordinal);
        var dates = document.QuerySelectorAll("g.marker").Select(m => DateOnly.Parse(m.GetAttribute("data-date")!, CultureInfo.InvariantCulture)).ToList();
        Assert.All(dates, d => Assert.InRange(d, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 31)));
    }

    [Fact]
    public async Task An_empty_store_gives_a_brief_that_says_so()
    {
        ParleyStore.Open(Db).Dispose();
        var output = Path.Combine(_temp.Path, "empty.html");
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", "--db", Db, "--out", output);

        Assert.Equal(0, code);
        Assert.Contains("Nothing to brief yet", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
    }
}
