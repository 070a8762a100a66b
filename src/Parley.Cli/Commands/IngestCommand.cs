using System.CommandLine;
using Microsoft.Data.Sqlite;
using Parley.Claims;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;
using Parley.Store;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley ingest</c>.</summary>
/// <param name="Paths">What to read.</param>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Quiet">No summary line.</param>
public sealed record IngestSettings(IReadOnlyList<string> Paths, string? Db, bool Quiet);

/// <summary><c>parley ingest PATH... [--db FILE]</c>: reads inputs and stores their articles, de-duplicated and grouped into stories.</summary>
public static class IngestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var db = CommonOptions.Db();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only, no summary." };
        var command = new Command("ingest", "Read inputs and store their articles (re-ingesting the same content adds nothing).") { paths, db, quiet };
        command.SetAction((result, token) => RunAsync(new IngestSettings(result.GetValue(paths) ?? [], result.GetValue(db), result.GetValue(quiet)), environment, token));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(IngestSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var path = StorePaths.Resolve(settings.Db, environment.Environment);
        ParleyStore store;
        try
        {
            store = ParleyStore.Open(path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await environment.Error.WriteLineAsync($"parley: {path}: cannot open the store: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        using (store)
        {
            var report = await IngestAsync(store, settings.Paths, environment, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                return ExitCodes.Failure;
            }

            if (!settings.Quiet)
            {
                var stats = store.Stats();
                await environment.Out.WriteLineAsync(
                    $"Ingested {report.Articles} articles from {report.Inputs - report.Failed} of {report.Inputs} inputs: {report.Added} new, {report.Duplicates} already stored, {report.JoinedStories} grouped with a near-duplicate. " +
                    $"Store {path}: {stats.Documents} documents, {stats.Stories} stories, {stats.Outlets} outlets." +
                    (report.Interrupted ? " Interrupted: what was read before the interruption is stored." : string.Empty)).ConfigureAwait(false);
            }

            return report.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
        }
    }

    /// <summary>Ingests into an open store, drawing a progress bar at a terminal and printing one line per failed input on standard error.</summary>
    public static async Task<IngestReport?> IngestAsync(ParleyStore store, IReadOnlyList<string> paths, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var inputs = InputFinder.Expand(paths).ToList();
        using var loader = new InputLoader(stdin: environment.StandardInput);
        var ingestor = new Ingestor(ArticleReader.Default, loader, extractor: ClaimExtractor.Default);
        var failures = new List<ReadOutcome>();
        try
        {
            IngestReport report;
            if (environment.Interactive && inputs.Count >= 20)
            {
                report = await environment.ErrorConsole.Progress()
                    .AutoClear(true)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                    .StartAsync(async context =>
                    {
                        var task = context.AddTask("Ingesting", maxValue: inputs.Count);
                        return await ingestor.IngestAsync(store, inputs, outcome =>
                        {
                            task.Increment(1);
                            if (outcome.Failed)
                            {
                                failures.Add(outcome);
                            }
                        }, cancellationToken).ConfigureAwait(false);
                    }).ConfigureAwait(false);
                foreach (var failure in failures)
                {
                    await environment.Error.WriteLineAsync($"parley: {failure.Origin}: {failure.Error}").ConfigureAwait(false);
                }
            }
            else
            {
                report = await ingestor.IngestAsync(store, inputs, outcome =>
                {
                    if (outcome.Failed)
                    {
                        environment.Error.WriteLine($"parley: {outcome.Origin}: {outcome.Error}");
                    }
                }, cancellationToken).ConfigureAwait(false);
            }

            return report;
        }
        catch (SqliteException e)
        {
            await environment.Error.WriteLineAsync($"parley: {store.Path}: the store could not be written ({e.Message}); the last batch was rolled back").ConfigureAwait(false);
            return null;
        }
    }
}
