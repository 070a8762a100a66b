using System.CommandLine;
using Parley.Positions;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley changes</c>.</summary>
/// <param name="Since">The date changes are counted from (YYYY-MM-DD); required.</param>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Until">Only claims on or before this day.</param>
/// <param name="Actor">Only this party.</param>
/// <param name="Issue">Only this issue.</param>
/// <param name="Json">One JSON object per change per line.</param>
/// <param name="Csv">CSV with a header, one row per change.</param>
public sealed record ChangesSettings(string? Since, string? Db, string? Until, string? Actor, string? Issue, bool Json, bool Csv);

/// <summary><c>parley changes --since DATE</c>: position shifts, new positions, new demands and dropped demands since a date, each with its evidence.</summary>
public static class ChangesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var since = new Option<string?>("--since") { Description = "Required: count changes from this day (YYYY-MM-DD); claims before it are the earlier positions.", HelpName = "DATE" };
        var db = CommonOptions.Db();
        var until = PositionOptions.Until();
        var actor = PositionOptions.Actor();
        var issue = PositionOptions.Issue();
        var json = CommonOptions.Json("Print one JSON object per change per line: {kind, actor, issue, before: {stance, act}, after: {stance, act}, evidence: {claim...}}.");
        var csv = PositionOptions.Csv("Print CSV (RFC 4180) with a header, one row per change with its evidence claim.");
        var command = new Command("changes", "Shifts, new positions, new demands and dropped demands since a date, each with the claim that shows it.") { since, db, until, actor, issue, json, csv };
        command.SetAction(result => Run(
            new ChangesSettings(result.GetValue(since), result.GetValue(db), result.GetValue(until), result.GetValue(actor), result.GetValue(issue), result.GetValue(json), result.GetValue(csv)),
            environment));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(ChangesSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        if (settings.Since is null)
        {
            environment.Error.WriteLine("parley: --since DATE is required");
            return ExitCodes.Usage;
        }

        if (!PositionOptions.TryDate("--since", settings.Since, environment, out var since))
        {
            return ExitCodes.Usage;
        }

        using var session = PositionSession.Open(environment, settings.Db, settings.Actor, settings.Issue, null, settings.Until, null, [("--json", settings.Json), ("--csv", settings.Csv)], out var exitCode);
        if (session is null)
        {
            return exitCode;
        }

        if (session.Filter.Until is { } until && until < since)
        {
            environment.Error.WriteLine($"parley: --until {PositionOutput.Date(until)} is before --since {PositionOutput.Date(since!.Value)}");
            return ExitCodes.Usage;
        }

        var changes = session.Queries.Changes(since!.Value, session.Filter);
        if (settings.Csv)
        {
            PositionOutput.CsvRow(environment.Out, PositionOutput.ChangeColumns);
        }

        ChangeKind? section = null;
        var ingestDated = false;
        foreach (var change in changes)
        {
            if (settings.Json)
            {
                environment.Out.WriteLine(PositionOutput.ChangeJson(change));
                continue;
            }

            if (settings.Csv)
            {
                PositionOutput.CsvRow(environment.Out, PositionOutput.ChangeCsv(change));
                continue;
            }

            if (section != change.Kind)
            {
                environment.Out.WriteLine($"{(section is null ? string.Empty : "\n")}{Title(change.Kind)} since {PositionOutput.Date(since.Value)}:");
                section = change.Kind;
            }

            environment.Out.WriteLine($"  {change.Actor} on {change.Issue}: {State(change.Before)} -> {State(change.After)}");
            environment.Out.WriteLine("    " + PositionOutput.ClaimText(change.Evidence).Replace("\n", "\n  ", StringComparison.Ordinal));
            ingestDated |= change.Evidence.DateIsIngest;
        }

        if (!settings.Json && !settings.Csv)
        {
            if (changes.Count == 0)
            {
                environment.Out.WriteLine($"No changes since {PositionOutput.Date(since.Value)}.");
            }

            if (ingestDated)
            {
                environment.Out.WriteLine(PositionOutput.IngestFootnote);
            }
        }

        return ExitCodes.Ok;
    }

    private static string Title(ChangeKind kind) => kind switch
    {
        ChangeKind.Shift => "Shifts",
        ChangeKind.NewPosition => "New positions",
        ChangeKind.NewDemand => "New demands",
        _ => "Dropped demands (the evidence is the last time the demand was made)",
    };

    private static string State(PositionState? state) => state is null ? "(none)" : $"{PositionOutput.Name(state.Act)} ({PositionOutput.Name(state.Stance)})";
}
