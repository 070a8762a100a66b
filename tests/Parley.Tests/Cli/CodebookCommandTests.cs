namespace Parley.Tests.Cli;

public sealed class CodebookCommandTests
{
    [Fact]
    public async Task The_built_in_codebook_is_valid_and_summarised()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("codebook");

        Assert.Equal(0, code);
        Assert.Contains("22 issues", cli.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("valid", cli.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_codebook_gets_one_line_naming_the_file_line_and_field()
    {
        using var temp = new TempFolder();
        var path = temp.File("broken.yaml", "name: x\nactors:\n  - id: RU\n    name: Russia\n    nickname: Rus\nissues: []\n");
        var cli = new CliHarness();

        var code = await cli.RunAsync("codebook", path);

        Assert.Equal(3, code);
        var error = Assert.Single(cli.ErrorLines);
        Assert.Equal($"parley: {path}:5: actors[0].nickname: unknown field (expected one of: id, name, aliases, demonyms, persons)", error);
    }
}
