using System.CommandLine;
using Parley.Codebooks;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley codebook</c>.</summary>
/// <param name="File">The codebook file, or null for the built-in one.</param>
public sealed record CodebookSettings(string? File);

/// <summary><c>parley codebook [FILE]</c>: validates a codebook and summarises its parties, terms and cues.</summary>
public static class CodebookCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var file = new Argument<string?>("file") { Description = "A codebook YAML file (default: the built-in russia-ukraine codebook).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("codebook", "Check a codebook and show its actors, issues and cue counts.") { file };
        command.SetAction(result => Run(new CodebookSettings(result.GetValue(file)), environment));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(CodebookSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        Codebook codebook;
        try
        {
            codebook = settings.File is null ? Codebook.Default : CodebookLoader.LoadFile(settings.File);
        }
        catch (CodebookException e)
        {
            environment.Error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }

        var persons = codebook.Actors.Sum(a => a.Persons.Count);
        var cues = codebook.Issues.Sum(i => i.Cues.Count + i.AgainstCues.Count + i.Places.Count);
        environment.Out.WriteLine($"{codebook.Name}: {codebook.Title} ({codebook.Source})");
        environment.Out.WriteLine($"  {codebook.Actors.Count} actors with {persons} persons: {string.Join(", ", codebook.Actors.Select(a => a.Id))}");
        environment.Out.WriteLine($"  {codebook.Issues.Count} issues with {cues} cue phrases: {string.Join(", ", codebook.Issues.Select(i => i.Id))}");
        environment.Out.WriteLine($"  act cues: {string.Join(", ", codebook.Acts.Select(a => $"{a.Key.ToString().ToLowerInvariant()} {a.Value.Count}"))}");
        environment.Out.WriteLine("  valid");
        return ExitCodes.Ok;
    }
}
