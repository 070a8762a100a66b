using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using Parley.Brief;
using Parley.Codebooks;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley brief</c>.</summary>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Codebook">A codebook file for names and labels, or null for the built-in one.</param>
/// <param name="Since">The first day of the period (and the day changes are counted from), or null.</param>
/// <param name="Until">The last day of the period, or null.</param>
/// <param name="Out">The file to write, <c>-</c> for standard output, or null for <c>parley-brief.html</c> / <c>parley-brief.md</c>.</param>
/// <param name="Format">HTML or Markdown.</param>
public sealed record BriefSettings(string? Db, string? Codebook, DateOnly? Since, DateOnly? Until, string? Out, BriefFormat Format);

/// <summary><c>parley brief [--since DATE] [--until DATE] [--out FILE] [--format html|md]</c>: writes the negotiation brief.</summary>
public static class BriefCommand
{
    /// <summary>The file written when no <c>--out</c> is given, by format.</summary>
    public static string DefaultFile(BriefFormat format) => format == BriefFormat.Markdown ? "parley-brief.md" : "parley-brief.html";

    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var since = DateOption("--since", "The first day of the period, YYYY-MM-DD; changes are counted from it (default: all dates, changes over the last week of claims).");
        var until = DateOption("--until", "The last day of the period, YYYY-MM-DD (default: to date).");
        var output = new Option<string?>("--out", "-o") { Description = "The file to write, or - for standard output (default: parley-brief.html, or parley-brief.md for Markdown)." };
        var format = new Option<string?>("--format") { Description = "html (one self-contained file: inline CSS and SVG, no script) or md (Markdown); default html, or md when --out ends in .md." };
        format.AcceptOnlyFromAmong("html", "md", "markdown");
        var db = CommonOptions.Db();
        var codebook = CommonOptions.Codebook();
        var command = new Command("brief", "Write a brief of the negotiation: headline changes, the party × issue grid, outlooks, timelines and key evidence.")
        {
            since, until, output, format, db, codebook,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(output);
            var settings = new BriefSettings(result.GetValue(db), result.GetValue(codebook), result.GetValue(since), result.GetValue(until), path, ParseFormat(result.GetValue(format), path));
            return Run(settings, environment);
        });
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(BriefSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        if (settings.Since is { } first && settings.Until is { } last && first > last)
        {
            environment.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parley: --since {first:yyyy-MM-dd} is after --until {last:yyyy-MM-dd}"));
            return ExitCodes.Usage;
        }

        Codebook codebook;
        try
        {
            codebook = settings.Codebook is null ? Codebook.Default : CodebookLoader.LoadFile(settings.Codebook);
        }
        catch (CodebookException e)
        {
            environment.Error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }

        string brief;
        using (var store = StoreCommand.Open(settings.Db, environment))
        {
            if (store is null)
            {
                return ExitCodes.Failure;
            }

            var content = BriefContent.FromStore(store, codebook, settings.Since, settings.Until, DateTimeOffset.UtcNow);
            brief = BriefRenderer.Default.Render(content, settings.Format);
        }

        if (settings.Out == "-")
        {
            environment.Out.Write(brief);
            environment.Out.Flush();
            return ExitCodes.Ok;
        }

        var path = Path.GetFullPath(settings.Out is { Length: > 0 } file ? file : DefaultFile(settings.Format));
        try
        {
            if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(path, brief, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            environment.Error.WriteLine($"parley: {path}: cannot write the brief: {e.Message}");
            return ExitCodes.Failure;
        }

        environment.Out.WriteLine(path);
        return ExitCodes.Ok;
    }

    /// <summary>The format named by <c>--format</c>, else told by the output file's extension, else HTML.</summary>
    public static BriefFormat ParseFormat(string? format, string? output) => format?.ToLowerInvariant() switch
    {
        "md" or "markdown" => BriefFormat.Markdown,
        "html" => BriefFormat.Html,
        _ => output is not null && (output.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || output.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            ? BriefFormat.Markdown
            : BriefFormat.Html,
    };

    private static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = ParseDate,
    };

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
        if (DateOnly.TryParseExact(token, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'{token}' is not a date; use YYYY-MM-DD");
        return null;
    }
}
