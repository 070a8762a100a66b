namespace Parley.Cli;

/// <summary>The <c>parley</c> executable.</summary>
public static class Program
{
    /// <summary>Runs the command line against the real console.</summary>
    public static async Task<int> Main(string[] args)
    {
        var environment = CliEnvironment.FromSystem();
        try
        {
            return await ParleyApp.RunAsync(args, environment).ConfigureAwait(false);
        }
        finally
        {
            await environment.Out.FlushAsync().ConfigureAwait(false);
            await environment.Error.FlushAsync().ConfigureAwait(false);
        }
    }
}
