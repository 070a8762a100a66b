using Parley.Cli;
using Spectre.Console.Testing;

namespace Parley.Tests.Cli;

/// <summary>Runs the CLI in-process against captured output, as a user would call it.</summary>
public sealed class CliHarness
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    public StringWriter Out { get; } = new() { NewLine = "\n" };

    public StringWriter Error { get; } = new() { NewLine = "\n" };

    public byte[] StandardInput { get; set; } = [];

    /// <summary>The rich console commands draw tables on (80 columns, no colour).</summary>
    public TestConsole Console { get; } = new();

    public CliHarness With(string variable, string value)
    {
        _environment[variable] = value;
        return this;
    }

    public async Task<int> RunAsync(params string[] args)
    {
        var environment = new CliEnvironment(
            Out,
            Error,
            Console,
            new TestConsole(),
            Interactive: false,
            name => _environment.TryGetValue(name, out var value) ? value : null,
            () => new MemoryStream(StandardInput));
        return await ParleyApp.RunAsync(args, environment);
    }

    public string[] OutLines => Out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
