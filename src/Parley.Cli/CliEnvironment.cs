using Spectre.Console;

namespace Parley.Cli;

/// <summary>Everything a command touches outside itself: output streams, consoles, environment variables, standard input. Injected so tests can assert on output and exit codes.</summary>
/// <param name="Out">Standard output, for data (JSON, CSV, summaries).</param>
/// <param name="Error">Standard error, for one-line errors.</param>
/// <param name="Console">A rich console on standard output, for tables and colour at a terminal.</param>
/// <param name="ErrorConsole">A rich console on standard error, for progress bars.</param>
/// <param name="Interactive">True when standard error is a terminal, so progress may be drawn.</param>
/// <param name="Environment">Reads an environment variable.</param>
/// <param name="StandardInput">Opens standard input.</param>
public sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    IAnsiConsole Console,
    IAnsiConsole ErrorConsole,
    bool Interactive,
    Func<string, string?> Environment,
    Func<Stream> StandardInput)
{
    /// <summary>The process's real streams and consoles.</summary>
    public static CliEnvironment FromSystem()
    {
        var stdout = new StreamWriter(System.Console.OpenStandardOutput()) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(System.Console.OpenStandardError()) { AutoFlush = true, NewLine = "\n" };
        // Colour and escape codes only at a terminal (and never with NO_COLOR): piped output stays plain text.
        var plain = System.Console.IsOutputRedirected || !string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        });
        var errorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });
        var interactive = !System.Console.IsErrorRedirected && System.Environment.GetEnvironmentVariable("CI") is null;
        return new CliEnvironment(stdout, stderr, console, errorConsole, interactive, System.Environment.GetEnvironmentVariable, System.Console.OpenStandardInput);
    }
}
