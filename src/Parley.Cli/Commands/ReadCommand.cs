using System.CommandLine;
using System.Globalization;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley read</c>.</summary>
/// <param name="Paths">What to read.</param>
/// <param name="Json">One JSON object per article instead of a summary.</param>
public sealed record ReadSettings(IReadOnlyList<string> Paths, bool Json);

/// <summary><c>parley read PATH... [--json]</c>: reads inputs into clean articles and prints them, storing nothing.</summary>
public static class ReadCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json("Print one JSON object per article: {doc, title, outlet, published, byline, url, language, cites, text}.");
        var command = new Command("read", "Read files, folders, feeds and URLs into clean articles and print them (nothing is stored).") { paths, json };
        command.SetAction((result, token) => RunAsync(new ReadSettings(result.GetValue(paths) ?? [], result.GetValue(json)), environment, token));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(ReadSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        using var loader = new InputLoader(stdin: environment.StandardInput);
        var pipeline = new ReadPipeline(ArticleReader.Default, loader);
        var failed = 0;
        await foreach (var outcome in pipeline.ReadAsync(InputFinder.Expand(settings.Paths), cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Failed)
            {
                failed++;
                await environment.Error.WriteLineAsync($"parley: {outcome.Origin}: {outcome.Error}").ConfigureAwait(false);
                continue;
            }

            foreach (var article in outcome.Articles)
            {
                await environment.Out.WriteLineAsync(settings.Json ? ArticleJson.ToLine(article) : Summary(article)).ConfigureAwait(false);
            }
        }

        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static string Summary(Article article)
    {
        var words = CountWords(article.Text);
        var date = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)";
        var cites = article.Cites.Count > 0 ? $"; cites {string.Join(", ", article.Cites)}" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{article.Doc}\n  {article.Title ?? "(no title)"}\n  {date} · {article.Outlet ?? "(no outlet)"} · {article.Format} · {article.Language ?? "?"} · {words} words{cites}\n");
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
