using System.CommandLine;
using Parley.Positions;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley outlook</c>.</summary>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Since">Only claims on or after this day (YYYY-MM-DD).</param>
/// <param name="Until">Only claims on or before this day (YYYY-MM-DD).</param>
/// <param name="Actor">Only this party.</param>
/// <param name="Issue">Only this issue.</param>
/// <param name="Json">One JSON object per issue per line.</param>
/// <param name="Csv">CSV with a header, one row per issue.</param>
public sealed record OutlookSettings(string? Db, string? Since, string? Until, string? Actor, string? Issue, bool Json, bool Csv);

/// <summary><c>parley outlook</c>: per issue, who is for, who against, who is reported both ways, and whether that leaves overlap, a clash or an open question.</summary>
public static class OutlookCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var since = PositionOptions.Since();
        var until = PositionOptions.Until();
        var actor = PositionOptions.Actor();
        var issue = PositionOptions.Issue();
        var json = CommonOptions.Json("Print one JSON object per issue per line: {issue, outlook, for, against, conflicted}.");
        var csv = PositionOptions.Csv("Print CSV (RFC 4180) with a header, one row per issue (parties separated by spaces).");
        var command = new Command("outlook", "Per issue: the parties for, against and in conflict, and the outlook (overlap, clash or open).") { db, since, until, actor, issue, json, csv };
        command.SetAction(result => Run(
            new OutlookSettings(result.GetValue(db), result.GetValue(since), result.GetValue(until), result.GetValue(actor), result.GetValue(issue), result.GetValue(json), result.GetValue(csv)),
            environment));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(OutlookSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        using var session = PositionSession.Open(environment, settings.Db, settings.Actor, settings.Issue, settings.Since, settings.Until, null, [("--json", settings.Json), ("--csv", settings.Csv)], out var exitCode);
        if (session is null)
        {
            return exitCode;
        }

        var map = session.Queries.Map(session.Filter);
        if (settings.Csv)
        {
            PositionOutput.CsvRow(environment.Out, PositionOutput.OutlookColumns);
        }

        foreach (var outlook in map.Issues)
        {
            if (settings.Json)
            {
                environment.Out.WriteLine(PositionOutput.OutlookJson(outlook));
            }
            else if (settings.Csv)
            {
                PositionOutput.CsvRow(environment.Out, PositionOutput.OutlookCsv(outlook));
            }
            else
            {
                environment.Out.WriteLine($"{outlook.Issue,-24} {PositionOutput.Name(outlook.Outlook),-8} for: {List(outlook.For)}; against: {List(outlook.Against)}; conflicted: {List(outlook.Conflicted)}");
            }
        }

        return ExitCodes.Ok;
    }

    private static string List(IReadOnlyList<string> parties) => parties.Count == 0 ? "-" : string.Join(' ', parties);
}
