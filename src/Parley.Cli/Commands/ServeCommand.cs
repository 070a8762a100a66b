using System.CommandLine;
using System.Net;
using Microsoft.Data.Sqlite;
using Parley.Codebooks;
using Parley.Store;
using Parley.Web;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley serve</c>.</summary>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Host">The address to listen on.</param>
/// <param name="Port">The port to listen on (0 picks a free one).</param>
/// <param name="Codebook">A codebook file, or null for the built-in one.</param>
public sealed record ServeSettings(string? Db, string Host, int Port, string? Codebook);

/// <summary><c>parley serve [--db FILE] [--host 127.0.0.1] [--port 5170] [--codebook FILE]</c>: the dashboard and its JSON API until Ctrl+C.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var host = new Option<string>("--host") { Description = "The address to listen on: 127.0.0.1 (default, this machine only), ::1, localhost, or another IP address.", DefaultValueFactory = _ => ServerOptions.DefaultHost };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => ServerOptions.DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be from 0 to 65535");
            }
        });
        var codebook = CommonOptions.Codebook();
        var command = new Command("serve", "Serve the dashboard (negotiation map, evidence, timelines, changes, stories, search, upload) and its JSON API until Ctrl+C.") { db, host, port, codebook };
        command.SetAction((result, token) => RunAsync(new ServeSettings(result.GetValue(db), result.GetValue(host) ?? ServerOptions.DefaultHost, result.GetValue(port), result.GetValue(codebook)), environment, token));
        return command;
    }

    /// <summary>Runs the server until the token is cancelled.</summary>
    public static async Task<int> RunAsync(ServeSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.Equals(settings.Host, "localhost", StringComparison.OrdinalIgnoreCase) && !IPAddress.TryParse(settings.Host.Trim('[', ']'), out _))
        {
            await environment.Error.WriteLineAsync($"parley: --host must be an IP address or localhost, not '{settings.Host}'").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        Codebook codebook;
        try
        {
            codebook = settings.Codebook is null ? Codebook.Default : CodebookLoader.LoadFile(settings.Codebook);
        }
        catch (CodebookException e)
        {
            await environment.Error.WriteLineAsync($"parley: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var path = StorePaths.Resolve(settings.Db, environment.Environment);
        var isNew = !File.Exists(path);
        var options = new ServerOptions(path, codebook, settings.Host, settings.Port) { Log = line => environment.Error.WriteLine(line) };
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = ParleyServer.Build(options);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            await environment.Error.WriteLineAsync($"parley: {path}: cannot open the store: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                await environment.Error.WriteLineAsync($"parley: cannot listen on {settings.Host}:{settings.Port}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }
            catch (OperationCanceledException)
            {
                return ExitCodes.Ok;
            }

            var addresses = ParleyServer.Addresses(app);
            var url = addresses.Count > 0 ? addresses[0] : $"http://{settings.Host}:{settings.Port}";
            await environment.Out.WriteLineAsync($"Parley dashboard: {url}/").ConfigureAwait(false);
            await environment.Out.WriteLineAsync($"Store {path}{(isNew ? " (new and empty: add articles from the page's Ingest view)" : string.Empty)}; codebook {codebook.Name}. Press Ctrl+C to stop.").ConfigureAwait(false);
            await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (!options.IsLoopback)
            {
                await environment.Error.WriteLineAsync($"parley: warning: listening on {settings.Host}: anyone who can reach this machine can read the store and add to it (there is no login)").ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await environment.Out.WriteLineAsync("Stopped.").ConfigureAwait(false);
            return ExitCodes.Ok;
        }
    }
}
