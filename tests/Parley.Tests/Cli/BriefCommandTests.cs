using Parley.Brief;
using Parley.Cli.Commands;

namespace Parley.Tests.Cli;

/// <summary>The parts of <c>parley brief</c> that do not read positions: options, errors and formats.</summary>
public sealed class BriefCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--since", "2025-13-01")]
    [InlineData("--until", "yesterday")]
    public async Task A_date_that_is_not_yyyy_mm_dd_is_a_usage_error(string option, string value)
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", option, value, "--db", Path.Combine(_temp.Path, "none.db"));

        Assert.Equal(2, code);
        Assert.Contains($"'{value}' is not a date; use YYYY-MM-DD", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_a_usage_error()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", "--since", "2025-03-10", "--until", "2025-03-01");

        Assert.Equal(2, code);
        Assert.Contains("--since 2025-03-10 is after --until 2025-03-01", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", "--format", "pdf");

        Assert.Equal(2, code);
        Assert.Contains("pdf", cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_store_is_reported_in_one_line_and_nothing_is_written()
    {
        var cli = new CliHarness();
        var output = Path.Combine(_temp.Path, "brief.html");

        var code = await cli.RunAsync("brief", "--db", Path.Combine(_temp.Path, "none.db"), "--out", output);

        Assert.Equal(3, code);
        Assert.Contains("no store here yet", Assert.Single(cli.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task A_broken_codebook_is_reported_before_the_store_is_opened()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("brief", "--codebook", Path.Combine(_temp.Path, "missing.yaml"), "--db", Path.Combine(_temp.Path, "none.db"));

        Assert.Equal(3, code);
        Assert.Contains("no such codebook file", Assert.Single(cli.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, BriefFormat.Html)]
    [InlineData("md", null, BriefFormat.Markdown)]
    [InlineData("markdown", "x.html", BriefFormat.Markdown)]
    [InlineData(null, "weekly.md", BriefFormat.Markdown)]
    [InlineData(null, "-", BriefFormat.Html)]
    [InlineData("html", "weekly.md", BriefFormat.Html)]
    public void The_format_is_the_one_asked_for_else_told_by_the_file_name(string? format, string? output, BriefFormat expected)
    {
        Assert.Equal(expected, BriefCommand.ParseFormat(format, output));
    }

    [Fact]
    public void The_default_file_is_named_for_its_format()
    {
        Assert.Equal("parley-brief.html", BriefCommand.DefaultFile(BriefFormat.Html));
        Assert.Equal("parley-brief.md", BriefCommand.DefaultFile(BriefFormat.Markdown));
    }

    [Fact]
    public async Task Help_lists_the_brief_command()
    {
        var cli = new CliHarness();

        await cli.RunAsync("--help");

        Assert.Contains("brief", cli.Out.ToString(), StringComparison.Ordinal);
    }
}
