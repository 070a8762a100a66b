using System.Text.Json;
using Parley.Tests.Cli;

namespace Parley.Tests.Positions;

public sealed class SeedsAcceptanceTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_seed_articles_give_the_expected_positions_in_the_matrix()
    {
        if (Repo.Shared is not { } shared)
        {
            return;
        }

        var db = Path.Combine(_temp.Path, "seeds.db");
        Assert.Equal(0, await new CliHarness().RunAsync("ingest", Path.Combine(shared, "seeds"), "--db", db, "--quiet"));
        var matrix = new CliHarness();
        Assert.Equal(0, await matrix.RunAsync("matrix", "--json", "--db", db));
        var cells = matrix.OutLines.Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(c => (c.GetProperty("actor").GetString()!, c.GetProperty("issue").GetString()!));

        string Stance(string actor, string issue) =>
            cells.TryGetValue((actor, issue), out var cell) ? cell.GetProperty("stance").GetString()! : $"no {actor} {issue} cell";

        Assert.Equal("against", Stance("RU", "ukraine_nato"));
        Assert.Equal("for", Stance("RU", "territory_recognition"));
        Assert.Equal("for", Stance("UA", "security_guarantees"));
        Assert.Equal("for", Stance("US", "ceasefire"));
        Assert.Equal("for", Stance("UA", "ceasefire"));
        var ceasefire = cells[("RU", "ceasefire")];
        Assert.True(ceasefire.GetProperty("conflict").GetBoolean());
        Assert.True(ceasefire.GetProperty("for_claims").GetInt32() > 0);
        Assert.True(ceasefire.GetProperty("against_claims").GetInt32() > 0);
        Assert.False(cells[("RU", "ukraine_nato")].GetProperty("conflict").GetBoolean());
        Assert.False(cells[("US", "ceasefire")].GetProperty("conflict").GetBoolean());
        Assert.False(cells[("UA", "ceasefire")].GetProperty("conflict").GetBoolean());
    }
}
