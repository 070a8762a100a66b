using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>Options that several commands share, so they are spelled and described once.</summary>
public static class CommonOptions
{
    /// <summary>The store path option.</summary>
    public static Option<string?> Db() => new("--db") { Description = "The store file (default: $PARLEY_DB, else ~/.local/share/parley/parley.db)." };

    /// <summary>The JSON output switch.</summary>
    public static Option<bool> Json(string description) => new("--json") { Description = description };

    /// <summary>The codebook option.</summary>
    public static Option<string?> Codebook() => new("--codebook") { Description = "A codebook YAML file (default: the built-in russia-ukraine codebook)." };

    /// <summary>Builds the extractor for a codebook file (or the built-in one), or prints why not and returns null.</summary>
    public static Parley.Claims.ClaimExtractor? LoadExtractor(string? codebook, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        try
        {
            return Parley.Claims.ClaimExtractor.Create(codebook is null ? Parley.Codebooks.Codebook.Default : Parley.Codebooks.CodebookLoader.LoadFile(codebook));
        }
        catch (Parley.Codebooks.CodebookException e)
        {
            environment.Error.WriteLine($"parley: {e.Message}");
            return null;
        }
    }

    /// <summary>The input paths argument.</summary>
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders (read recursively), http(s) URLs, or - for standard input. .gz is read transparently.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(result =>
        {
            // Unix habit: a word starting with a dash is an option; a file with such a name is ./-name.
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}'");
                }
            }
        });
        return paths;
    }
}
