using Microsoft.Data.Sqlite;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>Opens the store for a read-side command, reporting a failure as one line.</summary>
internal static class StoreCommand
{
    /// <summary>Opens the resolved store, or prints why not and returns null.</summary>
    public static ParleyStore? Open(string? db, CliEnvironment environment)
    {
        var path = StorePaths.Resolve(db, environment.Environment);
        if (!File.Exists(path))
        {
            environment.Error.WriteLine($"parley: {path}: no store here yet; run 'parley ingest PATH...' or 'parley demo' first");
            return null;
        }

        try
        {
            return ParleyStore.Open(path);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            environment.Error.WriteLine($"parley: {path}: cannot open the store: {e.Message}");
            return null;
        }
    }
}
