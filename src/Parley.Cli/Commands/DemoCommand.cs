using System.CommandLine;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley demo</c>.</summary>
/// <param name="Db">Where to build the demo store, or null for the default demo path.</param>
/// <param name="Samples">The samples folder, or null to find the bundled one.</param>
public sealed record DemoSettings(string? Db, string? Samples);

/// <summary><c>parley demo</c>: ingests the bundled sample articles into a fresh demo store and says what to try next.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var db = new Option<string?>("--db") { Description = "Where to build the demo store (default: demo.db beside the default store)." };
        var samples = new Option<string?>("--samples") { Description = "The samples folder (default: the samples/ bundled with Parley)." };
        var command = new Command("demo", "Build a fresh demo store from the bundled samples and show what it holds.") { db, samples };
        command.SetAction((result, token) => RunAsync(new DemoSettings(result.GetValue(db), result.GetValue(samples)), environment, token));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(DemoSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var samples = settings.Samples ?? FindSamples();
        if (samples is null || !Directory.Exists(samples))
        {
            await environment.Error.WriteLineAsync("parley: the samples folder was not found; pass --samples DIR").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var path = settings.Db is { Length: > 0 } db
            ? Path.GetFullPath(db)
            : Path.Combine(Path.GetDirectoryName(StorePaths.Resolve(null, name => name == StorePaths.EnvironmentVariable ? null : environment.Environment(name)))!, "demo.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in (ReadOnlySpan<string>)[path, path + "-wal", path + "-shm"])
        {
            File.Delete(file);
        }

        await environment.Out.WriteLineAsync($"Building a fresh demo store from {samples}").ConfigureAwait(false);
        using var store = ParleyStore.Open(path);
        var report = await IngestCommand.IngestAsync(store, [samples], environment, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return ExitCodes.Failure;
        }

        var stats = store.Stats();
        await environment.Out.WriteLineAsync().ConfigureAwait(false);
        await environment.Out.WriteLineAsync($"Read {report.Articles} articles from {report.Inputs} sample files ({report.Failed} could not be read); {report.JoinedStories} were syndicated copies grouped into an earlier story.").ConfigureAwait(false);
        await environment.Out.WriteLineAsync(StatsCommand.Describe(stats, path)).ConfigureAwait(false);
        await environment.Out.WriteLineAsync(
            $"""

            Next, try:
              ./parley serve --db {path}     # the dashboard at http://127.0.0.1:5170/
              ./parley stats --db {path}
              ./parley search --db {path} ceasefire Riyadh
              ./parley extract samples/text | head -n 12
              ./parley read samples --json | head -n 2
              export PARLEY_DB={path}   # then leave out --db
            """).ConfigureAwait(false);
        await environment.Out.WriteLineAsync($"Where the parties stand (./parley matrix --db {path}):").ConfigureAwait(false);
        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        MatrixCommand.Render(new Positions.PositionQueries(store).Map(Positions.ClaimFilter.All), environment);

        // The brief an analyst would send on: one self-contained HTML file beside the demo store.
        var brief = Path.Combine(Path.GetDirectoryName(path)!, "demo-brief.html");
        var content = Brief.BriefContent.FromStore(store, Codebooks.Codebook.Default, null, null, DateTimeOffset.UtcNow);
        await File.WriteAllTextAsync(brief, Brief.BriefRenderer.Default.Render(content, Brief.BriefFormat.Html), cancellationToken).ConfigureAwait(false);
        await environment.Out.WriteLineAsync($"\nThe brief (open it in a browser, or ./parley brief --db {path} --format md): {brief}").ConfigureAwait(false);
        return report.Failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    /// <summary>Finds the bundled samples: <c>PARLEY_HOME/samples</c>, else the nearest <c>samples/</c> above the program or the working folder.</summary>
    public static string? FindSamples()
    {
        foreach (var start in (ReadOnlySpan<string>)[Environment.GetEnvironmentVariable("PARLEY_HOME") ?? string.Empty, AppContext.BaseDirectory, Directory.GetCurrentDirectory()])
        {
            for (var folder = start.Length > 0 ? new DirectoryInfo(start) : null; folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(folder.FullName, "Parley.slnx")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
