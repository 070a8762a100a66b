using System.CommandLine;
using System.Globalization;
using Parley.Claims;
using Parley.Positions;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley matrix</c>.</summary>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Since">Only claims on or after this day (YYYY-MM-DD).</param>
/// <param name="Until">Only claims on or before this day (YYYY-MM-DD).</param>
/// <param name="Actor">Only this party.</param>
/// <param name="Issue">Only this issue.</param>
/// <param name="Json">One JSON object per cell per line.</param>
/// <param name="Csv">CSV with a header, one row per cell.</param>
public sealed record MatrixSettings(string? Db, string? Since, string? Until, string? Actor, string? Issue, bool Json, bool Csv);

/// <summary><c>parley matrix</c>: where each party stands on each issue — a coloured table at a terminal, or one record per cell.</summary>
public static class MatrixCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var since = PositionOptions.Since();
        var until = PositionOptions.Until();
        var actor = PositionOptions.Actor();
        var issue = PositionOptions.Issue();
        var json = CommonOptions.Json("Print one JSON object per cell per line: {actor, issue, stance, act, claims, sources, first_seen, last_seen, confidence, conflict, for_claims, against_claims, attribution: {on_record, named_source, anonymous, report, unconfirmed}, ingest_dated}.");
        var csv = PositionOptions.Csv("Print CSV (RFC 4180) with a header, one row per cell.");
        var command = new Command("matrix", "Where each party stands on each issue: actors as rows, issues as columns (per-issue outlook: 'parley outlook').") { db, since, until, actor, issue, json, csv };
        command.SetAction(result => Run(
            new MatrixSettings(result.GetValue(db), result.GetValue(since), result.GetValue(until), result.GetValue(actor), result.GetValue(issue), result.GetValue(json), result.GetValue(csv)),
            environment));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(MatrixSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        using var session = PositionSession.Open(environment, settings.Db, settings.Actor, settings.Issue, settings.Since, settings.Until, null, [("--json", settings.Json), ("--csv", settings.Csv)], out var exitCode);
        if (session is null)
        {
            return exitCode;
        }

        var map = session.Queries.Map(session.Filter);
        if (settings.Json)
        {
            foreach (var cell in map.Cells)
            {
                environment.Out.WriteLine(PositionOutput.CellJson(cell));
            }
        }
        else if (settings.Csv)
        {
            PositionOutput.CsvRow(environment.Out, PositionOutput.CellColumns);
            foreach (var cell in map.Cells)
            {
                PositionOutput.CsvRow(environment.Out, PositionOutput.CellCsv(cell));
            }
        }
        else
        {
            Render(map, environment);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Draws the matrix as tables (split by columns to fit the console's width), with each issue's outlook as the last row and a legend.</summary>
    public static void Render(NegotiationMap map, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(environment);
        var console = environment.Console;
        if (map.Cells.Count == 0)
        {
            console.WriteLine("No positions: the store holds no claims under this filter.");
            return;
        }

        var actors = new List<string>();
        var cells = new Dictionary<(string, string), PositionCell>();
        var ingestDated = 0;
        foreach (var cell in map.Cells)
        {
            if (actors.Count == 0 || actors[^1] != cell.Actor)
            {
                actors.Add(cell.Actor);
            }

            cells[(cell.Actor, cell.Issue)] = cell;
            ingestDated += cell.IngestDated;
        }

        var actorWidth = 7;
        foreach (var actor in actors)
        {
            actorWidth = Math.Max(actorWidth, actor.Length);
        }

        // Split the issues into tables that fit the width: each column is as wide as its longest header line.
        var width = Math.Max(40, console.Profile.Width);
        var chunks = new List<List<IssueOutlook>>();
        var used = actorWidth + 4;
        foreach (var outlook in map.Issues)
        {
            var column = 3;
            foreach (var line in Header(outlook.Issue).Split('\n'))
            {
                column = Math.Max(column, line.Length + 3);
            }

            column = Math.Max(column, 9);
            if (chunks.Count == 0 || used + column > width)
            {
                chunks.Add([]);
                used = actorWidth + 4;
            }

            chunks[^1].Add(outlook);
            used += column;
        }

        foreach (var chunk in chunks)
        {
            var table = new Table().Border(TableBorder.Rounded).AddColumn(new TableColumn(string.Empty));
            foreach (var outlook in chunk)
            {
                table.AddColumn(new TableColumn(Markup.Escape(Header(outlook.Issue))).Centered());
            }

            foreach (var actor in actors)
            {
                var row = new List<string>(chunk.Count + 1) { $"[bold]{Markup.Escape(actor)}[/]" };
                foreach (var outlook in chunk)
                {
                    row.Add(cells.TryGetValue((actor, outlook.Issue), out var cell) ? CellMarkup(cell) : "[grey]·[/]");
                }

                table.AddRow([.. row]);
            }

            table.AddEmptyRow();
            var outlooks = new List<string>(chunk.Count + 1) { "[italic]outlook[/]" };
            foreach (var outlook in chunk)
            {
                outlooks.Add(outlook.Outlook switch
                {
                    Outlook.Overlap => "[green]overlap[/]",
                    Outlook.Clash => "[red]clash[/]",
                    _ => "[grey]open[/]",
                });
            }

            table.AddRow([.. outlooks]);
            console.Write(table);
        }

        console.MarkupLine("[green]+ for[/]  [red]- against[/]  [orange1]± conflict (reported both ways)[/]  [grey]· no claims[/]");
        console.MarkupLine("D demand  P propose  A accept  R reject: the act of the latest claims");
        console.MarkupLine(".95: confidence from 0 to 1 (independent stories, sourcing, conflict)");
        console.MarkupLine("outlook: [green]overlap[/] settled parties agree, [red]clash[/] they disagree, [grey]open[/] < 2 settled");
        if (ingestDated > 0)
        {
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[grey]{ingestDated} claim(s) dated by ingest: their articles have no publication date[/]"));
        }
    }

    /// <summary>A cell as markup: stance sign, act letter and confidence, coloured by stance (amber for a conflict).</summary>
    public static string CellMarkup(PositionCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var sign = cell.Conflict ? "±" : cell.Stance == Stance.For ? "+" : "-";
        var colour = cell.Conflict ? "orange1" : cell.Stance == Stance.For ? "green" : "red";
        var act = cell.Act.ToString()[..1];
        var confidence = cell.Confidence >= 0.995 ? "1.0" : cell.Confidence.ToString(".00", CultureInfo.InvariantCulture);
        return $"[{colour}]{Markup.Escape(sign)}{act} {confidence}[/]";
    }

    /// <summary>An issue id as a header: broken after each underscore, so long ids take several short lines.</summary>
    private static string Header(string issue) => issue.Replace("_", "_\n", StringComparison.Ordinal);
}
