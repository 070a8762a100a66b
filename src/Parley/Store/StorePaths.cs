namespace Parley.Store;

/// <summary>Where the store lives: <c>--db</c>, else <c>PARLEY_DB</c>, else the per-user data folder.</summary>
public static class StorePaths
{
    /// <summary>The environment variable that overrides the default store path.</summary>
    public const string EnvironmentVariable = "PARLEY_DB";

    /// <summary>Resolves the store path from an explicit option and the environment.</summary>
    public static string Resolve(string? explicitPath, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var dataHome = environment("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            var home = environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            dataHome = Path.Combine(home, ".local", "share");
        }

        return Path.Combine(dataHome, "parley", "parley.db");
    }
}
