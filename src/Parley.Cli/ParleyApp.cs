using System.CommandLine;
using Parley.Cli.Commands;

namespace Parley.Cli;

/// <summary>Builds the command tree and runs one command line.</summary>
public static class ParleyApp
{
    /// <summary>Parses and runs the arguments; returns the exit code. Cancelling the token stops a running command as Ctrl+C does.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var root = new RootCommand("Parley: an evidence-backed map of a negotiation, read from the news.");
        foreach (var command in CommandCatalog.All(environment))
        {
            root.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await environment.Error.WriteLineAsync($"parley: {error.Message}").ConfigureAwait(false);
            }

            await environment.Error.WriteLineAsync("Run 'parley --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
