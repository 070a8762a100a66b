using System.CommandLine;
using Parley.Positions;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley claims</c> and <c>parley timeline</c>.</summary>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Actor">Only this party.</param>
/// <param name="Issue">Only this issue.</param>
/// <param name="Since">Only claims on or after this day (YYYY-MM-DD).</param>
/// <param name="Until">Only claims on or before this day (YYYY-MM-DD).</param>
/// <param name="Attribution">Only claims sourced this way (on_record, named_source, anonymous, report, unconfirmed).</param>
/// <param name="Json">JSON Lines: one object per claim per line.</param>
/// <param name="Csv">CSV with a header, one row per claim.</param>
/// <param name="Limit">The most claims to print, or null for all.</param>
public sealed record ClaimsSettings(string? Db, string? Actor, string? Issue, string? Since, string? Until, string? Attribution, bool Json, bool Csv, int? Limit = null);

/// <summary><c>parley claims</c> and <c>parley timeline</c>: the stored claims, oldest first, with their evidence sentence, outlet, date and source chain.</summary>
public static class ClaimsCommand
{
    /// <summary>Builds <c>parley claims</c>: every filter, and JSON Lines as <c>--json</c> or <c>--jsonl</c>.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var actor = PositionOptions.Actor();
        var issue = PositionOptions.Issue();
        var since = PositionOptions.Since();
        var until = PositionOptions.Until();
        var attribution = new Option<string?>("--attribution") { Description = "Only claims sourced this way: on_record, named_source, anonymous, report or unconfirmed.", HelpName = "KIND" };
        var json = CommonOptions.Json("JSON Lines: one object per claim per line (the same as --jsonl): {claim, date, date_is_ingest, actor, act, issue, stance, speaker, evidence, attribution: {kind, via}, hedged, outlet, title, url, doc, story, start, end}.");
        var jsonl = new Option<bool>("--jsonl") { Description = "The same as --json: one JSON object per line." };
        var csv = PositionOptions.Csv("CSV (RFC 4180) with a header, one row per claim; via is joined with \" > \".");
        var limit = PositionOptions.Limit();
        var command = new Command("claims", "The stored claims, oldest first, with the evidence sentence, outlet, date and source chain.") { db, actor, issue, since, until, attribution, json, jsonl, csv, limit };
        command.SetAction(result => Run(
            new ClaimsSettings(result.GetValue(db), result.GetValue(actor), result.GetValue(issue), result.GetValue(since), result.GetValue(until), result.GetValue(attribution), result.GetValue(json) || result.GetValue(jsonl), result.GetValue(csv), result.GetValue(limit)),
            environment,
            [("--json", result.GetValue(json)), ("--jsonl", result.GetValue(jsonl)), ("--csv", result.GetValue(csv))]));
        return command;
    }

    /// <summary>Builds <c>parley timeline</c>: the claims on an issue or of a party, by date.</summary>
    public static Command BuildTimeline(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var issue = PositionOptions.Issue();
        var actor = PositionOptions.Actor();
        var since = PositionOptions.Since();
        var until = PositionOptions.Until();
        var json = CommonOptions.Json("JSON Lines: one claim object per line, as 'parley claims --json'.");
        var csv = PositionOptions.Csv("CSV (RFC 4180) with a header, one row per claim, as 'parley claims --csv'.");
        var limit = PositionOptions.Limit();
        var command = new Command("timeline", "The claims by date, oldest first; '*' marks a date that is the ingest date (no publication date was found).") { db, issue, actor, since, until, json, csv, limit };
        command.SetAction(result => Run(
            new ClaimsSettings(result.GetValue(db), result.GetValue(actor), result.GetValue(issue), result.GetValue(since), result.GetValue(until), null, result.GetValue(json), result.GetValue(csv), result.GetValue(limit)),
            environment));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="environment">Where to print.</param>
    /// <param name="formats">The output switches as given, to refuse more than one (default: those of the settings).</param>
    public static int Run(ClaimsSettings settings, CliEnvironment environment, (string Name, bool Set)[]? formats = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        if (settings.Limit is < 0)
        {
            environment.Error.WriteLine($"parley: --limit: {settings.Limit} is negative");
            return ExitCodes.Usage;
        }

        using var session = PositionSession.Open(
            environment, settings.Db, settings.Actor, settings.Issue, settings.Since, settings.Until, settings.Attribution, formats ?? [("--json", settings.Json), ("--csv", settings.Csv)], out var exitCode);
        if (session is null)
        {
            return exitCode;
        }

        if (settings.Csv)
        {
            PositionOutput.CsvRow(environment.Out, PositionOutput.ClaimColumns);
        }

        var ingestDated = false;
        var count = 0;
        foreach (var claim in session.Queries.EnumerateClaims(session.Filter, settings.Limit ?? int.MaxValue))
        {
            count++;
            if (settings.Json)
            {
                environment.Out.WriteLine(PositionOutput.ClaimJson(claim));
            }
            else if (settings.Csv)
            {
                PositionOutput.CsvRow(environment.Out, PositionOutput.ClaimCsv(claim));
            }
            else
            {
                environment.Out.WriteLine(PositionOutput.ClaimText(claim));
                ingestDated |= claim.DateIsIngest;
            }
        }

        if (!settings.Json && !settings.Csv)
        {
            if (ingestDated)
            {
                environment.Out.WriteLine(PositionOutput.IngestFootnote);
            }

            if (count == 0)
            {
                environment.Error.WriteLine("parley: no claims under this filter");
            }
        }

        return ExitCodes.Ok;
    }
}
