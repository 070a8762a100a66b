using System.Text;
using System.Text.Json;
using Parley.Tests.Positions;
using static Parley.Tests.Positions.PositionStore;

namespace Parley.Tests.Cli;

public sealed class PositionCommandsTests : IDisposable
{
    private static readonly DateOnly Feb10 = new(2025, 2, 10);
    private static readonly DateOnly Mar10 = new(2025, 3, 10);

    private readonly PositionStore _store = new();

    public void Dispose() => _store.Dispose();

    private async Task FillAsync()
    {
        await _store.WriteAsync(
            Article("ru-for.txt", Said.RussiaAcceptsCeasefire, Feb10),
            Article("ua-rejects.txt", Said.UkraineRejectsCeasefire, Feb10),
            Article("ru-demands-withdrawal.txt", Said.RussiaDemandsWithdrawal, Feb10));
        await _store.WriteAsync(
            Article("ru-against.txt", Said.RussiaRejectsCeasefireQuoted, Mar10),
            Article("ua-accepts.txt", Said.UkraineAcceptsCeasefire, Mar10),
            Article("reuters.txt", Said.RussiaDemandsRecognitionReported, Mar10),
            Article("undated.txt", Said.UkraineDemandsGuarantees, published: null));
    }

    private async Task<(int Code, CliHarness Cli)> RunAsync(params string[] args)
    {
        var cli = new CliHarness();
        var code = await cli.RunAsync([.. args, "--db", _store.Path]);
        return (code, cli);
    }

    [Fact]
    public async Task Matrix_json_prints_one_parsable_object_per_cell_with_the_documented_fields()
    {
        await FillAsync();

        var (code, cli) = await RunAsync("matrix", "--json");

        Assert.Equal(0, code);
        var cells = cli.OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(5, cells.Count);
        foreach (var cell in cells)
        {
            foreach (var field in (string[])["actor", "issue", "stance", "act", "claims", "sources", "first_seen", "last_seen", "confidence", "conflict", "for_claims", "against_claims", "attribution", "ingest_dated"])
            {
                Assert.True(cell.TryGetProperty(field, out _), field);
            }

            foreach (var kind in (string[])["on_record", "named_source", "anonymous", "report", "unconfirmed"])
            {
                Assert.True(cell.GetProperty("attribution").TryGetProperty(kind, out _), kind);
            }
        }

        var ru = cells.Single(c => c.GetProperty("actor").GetString() == "RU" && c.GetProperty("issue").GetString() == "ceasefire");
        Assert.True(ru.GetProperty("conflict").GetBoolean());
        Assert.Equal("against", ru.GetProperty("stance").GetString());
        Assert.Equal("reject", ru.GetProperty("act").GetString());
        Assert.Equal(1, ru.GetProperty("for_claims").GetInt32());
        Assert.Equal(1, ru.GetProperty("against_claims").GetInt32());
        Assert.Equal("2025-02-10", ru.GetProperty("first_seen").GetString());
        Assert.Equal("2025-03-10", ru.GetProperty("last_seen").GetString());
        Assert.InRange(ru.GetProperty("confidence").GetDouble(), 0.0, 1.0);
    }

    [Fact]
    public async Task Matrix_csv_has_a_header_and_one_row_per_cell()
    {
        await FillAsync();

        var (code, cli) = await RunAsync("matrix", "--csv", "--actor", "ru");

        Assert.Equal(0, code);
        var rows = ParseCsv(cli.Out.ToString());
        Assert.Equal("actor,issue,stance,act,claims,sources,first_seen,last_seen,confidence,conflict,for_claims,against_claims,on_record,named_source,anonymous,report,unconfirmed,ingest_dated", string.Join(',', rows[0]));
        Assert.Equal(4, rows.Count);
        Assert.All(rows.Skip(1), row => Assert.Equal("RU", row[0]));
        Assert.Contains(rows, row => row[1] == "ceasefire" && row[9] == "true");
        Assert.EndsWith("\r\n", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_at_a_terminal_draws_a_table_with_actors_as_rows_and_a_legend()
    {
        await FillAsync();

        var (code, cli) = await RunAsync("matrix");

        Assert.Equal(0, code);
        var text = cli.Console.Output;
        Assert.Contains("ceasefire", text, StringComparison.Ordinal);
        Assert.Contains("±R", text, StringComparison.Ordinal);
        Assert.Contains("±A", text, StringComparison.Ordinal);
        Assert.Contains("+D", text, StringComparison.Ordinal);
        Assert.Contains("conflict", text, StringComparison.Ordinal);
        Assert.Contains("outlook", text, StringComparison.Ordinal);
        Assert.Contains("dated by ingest", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        var rows = text.Split('\n').Select(l => l.TrimStart('│', '|', ' ')).ToList();
        Assert.True(rows.FindIndex(l => l.StartsWith("RU", StringComparison.Ordinal)) < rows.FindIndex(l => l.StartsWith("UA", StringComparison.Ordinal)));
        Assert.True(rows.FindIndex(l => l.StartsWith("RU", StringComparison.Ordinal)) > 0);
    }

    [Fact]
    public async Task Outlook_json_prints_one_object_per_issue()
    {
        await FillAsync();

        var (code, cli) = await RunAsync("outlook", "--json");

        Assert.Equal(0, code);
        var issues = cli.OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToDictionary(e => e.GetProperty("issue").GetString()!);
        Assert.Equal(["ceasefire", "territory_recognition", "troop_withdrawal", "security_guarantees"], issues.Keys);
        Assert.Equal("open", issues["ceasefire"].GetProperty("outlook").GetString());
        Assert.Empty(issues["ceasefire"].GetProperty("for").EnumerateArray());
        Assert.Equal(["RU", "UA"], issues["ceasefire"].GetProperty("conflicted").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["UA"], issues["security_guarantees"].GetProperty("for").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Claims_csv_quotes_commas_and_quotes_and_joins_the_source_chain()
    {
        await FillAsync();

        var (code, cli) = await RunAsync("claims", "--csv");

        Assert.Equal(0, code);
        var rows = ParseCsv(cli.Out.ToString());
        var header = rows[0];
        Assert.Equal(["date", "date_is_ingest", "actor", "act", "issue", "stance", "attribution", "via", "hedged", "speaker", "outlet", "title", "url", "doc", "story", "claim", "start", "end", "evidence"], header);
        Assert.Equal(8, rows.Count);
        Assert.All(rows, row => Assert.Equal(header.Count, row.Count));
        var evidence = header.IndexOf("evidence");
        Assert.Contains(rows, row => row[evidence] == Said.RussiaRejectsCeasefireQuoted);
        Assert.Contains(rows, row => row[evidence] == Said.RussiaAcceptsCeasefire);
        Assert.Contains(rows, row => row[header.IndexOf("via")] == "Wire Daily > Reuters");
        Assert.Contains("\"Peskov said: \"\"Russia rejects", cli.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_json_and_jsonl_are_the_same_json_lines_with_the_source_chain_as_an_array()
    {
        await FillAsync();

        var (code, json) = await RunAsync("claims", "--json", "--attribution", "report");
        var (_, jsonl) = await RunAsync("claims", "--jsonl", "--attribution", "report");

        Assert.Equal(0, code);
        Assert.Equal(json.Out.ToString(), jsonl.Out.ToString());
        var claim = JsonDocument.Parse(Assert.Single(json.OutLines)).RootElement;
        Assert.Equal(["Wire Daily", "Reuters"], claim.GetProperty("attribution").GetProperty("via").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("report", claim.GetProperty("attribution").GetProperty("kind").GetString());
        Assert.Equal(Said.RussiaDemandsRecognitionReported, claim.GetProperty("evidence").GetString());
        Assert.Equal("2025-03-10", claim.GetProperty("date").GetString());
        Assert.Equal("Wire Daily", claim.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Timeline_lists_claims_by_date_and_marks_ingest_date_fallbacks()
    {
        await FillAsync();

        var (code, text) = await RunAsync("timeline", "--actor", "UA");
        var (_, json) = await RunAsync("timeline", "--actor", "UA", "--json");

        Assert.Equal(0, code);
        var dates = text.OutLines.Where(l => char.IsDigit(l[0])).Select(l => l[..11]).ToList();
        Assert.Equal(3, dates.Count);
        Assert.Equal("2025-02-10 ", dates[0]);
        Assert.Equal("2025-03-10 ", dates[1]);
        Assert.EndsWith("*", dates[2], StringComparison.Ordinal);
        Assert.Contains(text.OutLines, l => l.StartsWith("* no publication date", StringComparison.Ordinal));
        var lines = json.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([false, false, true], lines.Select(l => l.GetProperty("date_is_ingest").GetBoolean()));
    }

    [Fact]
    public async Task Changes_prints_the_shifts_and_dropped_demands_since_a_date_with_evidence()
    {
        await FillAsync();
        await _store.WriteAsync(Article("ru-proposes.txt", Said.RussiaProposesWithdrawal, Mar10));

        var (code, json) = await RunAsync("changes", "--since", "2025-03-01", "--json");
        var (_, text) = await RunAsync("changes", "--since", "2025-03-01");

        Assert.Equal(0, code);
        var changes = json.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "shift" && c.GetProperty("actor").GetString() == "UA" && c.GetProperty("after").GetProperty("stance").GetString() == "for");
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "shift" && c.GetProperty("actor").GetString() == "RU" && c.GetProperty("evidence").GetProperty("evidence").GetString() == Said.RussiaRejectsCeasefireQuoted);
        var dropped = Assert.Single(changes, c => c.GetProperty("kind").GetString() == "dropped_demand");
        Assert.Equal("2025-02-10", dropped.GetProperty("evidence").GetProperty("date").GetString());
        Assert.Contains(changes, c => c.GetProperty("kind").GetString() == "new_demand" && c.GetProperty("before").ValueKind == JsonValueKind.Null);
        Assert.Contains("Shifts since 2025-03-01:", text.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dropped demands", text.Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_ends_with_the_matrix_of_the_samples()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("demo", "--db", Path.Combine(Path.GetDirectoryName(_store.Path)!, "demo.db"), "--samples", Repo.Samples);

        Assert.Equal(0, code);
        Assert.Contains("Where the parties stand", cli.Out.ToString(), StringComparison.Ordinal);
        Assert.Contains("ceasefire", cli.Console.Output, StringComparison.Ordinal);
        Assert.Contains("outlook", cli.Console.Output, StringComparison.Ordinal);
        Assert.Contains(cli.Console.Output.Split('\n'), l => l.TrimStart('│', ' ').StartsWith("RU", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changes_csv_has_a_header_and_the_evidence_of_each_change()
    {
        await FillAsync();

        var (code, cli) = await RunAsync("changes", "--since", "2025-03-01", "--csv");

        Assert.Equal(0, code);
        var rows = ParseCsv(cli.Out.ToString());
        Assert.Equal(["kind", "actor", "issue", "before_stance", "before_act", "after_stance", "after_act", "date"], rows[0].Take(8));
        Assert.Contains(rows, row => row[0] == "shift" && row[1] == "RU" && row[^1] == Said.RussiaRejectsCeasefireQuoted);
        Assert.All(rows, row => Assert.Equal(rows[0].Count, row.Count));
    }

    [Theory]
    [InlineData("matrix", "--since", "2025-13-01")]
    [InlineData("matrix", "--until", "yesterday")]
    [InlineData("matrix", "--since", "2025-03-02", "--until", "2025-03-01")]
    [InlineData("timeline", "--issue", "peace_dividend")]
    [InlineData("claims", "--actor", "XX")]
    [InlineData("claims", "--attribution", "rumour")]
    [InlineData("claims", "--json", "--csv")]
    [InlineData("changes")]
    [InlineData("changes", "--since", "2025-02-30")]
    [InlineData("outlook", "--since", "2025/03/01")]
    public async Task Bad_input_is_one_line_on_standard_error_and_exit_code_two(params string[] args)
    {
        await FillAsync();

        var (code, cli) = await RunAsync(args);

        Assert.Equal(2, code);
        var error = Assert.Single(cli.ErrorLines);
        Assert.StartsWith("parley: ", error, StringComparison.Ordinal);
        Assert.Empty(cli.Out.ToString());
    }

    [Fact]
    public async Task A_position_command_on_a_missing_store_says_how_to_make_one_and_exits_three()
    {
        var cli = new CliHarness();

        var code = await cli.RunAsync("matrix", "--db", Path.Combine(Path.GetDirectoryName(_store.Path)!, "missing.db"));

        Assert.Equal(3, code);
        Assert.Contains("parley ingest", Assert.Single(cli.ErrorLines), StringComparison.Ordinal);
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                Assert.Equal(0, field.Length);
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else
            {
                Assert.NotEqual('\n', c);
                field.Append(c);
            }
        }

        Assert.False(quoted);
        Assert.Empty(row);
        return rows;
    }
}
