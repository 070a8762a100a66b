using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Reading;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley search</c>.</summary>
/// <param name="Query">Plain words, or an FTS5 query.</param>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Limit">The most hits.</param>
/// <param name="Json">One JSON object per hit.</param>
public sealed record SearchSettings(string Query, string? Db, int Limit, bool Json);

/// <summary><c>parley search QUERY</c>: full-text search over stored articles, with snippets.</summary>
public static class SearchCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var query = new Argument<string[]>("query") { Description = "Words that must all occur, or an FTS5 query (\"a phrase\", OR, NOT, NEAR, prefix*).", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var limit = new Option<int>("--limit", "-n") { Description = "The most hits to show.", DefaultValueFactory = _ => 20 };
        var json = CommonOptions.Json("Print one JSON object per hit: {doc, title, outlet, published, story, snippet}.");
        var command = new Command("search", "Full-text search over stored articles, best matches first.") { query, db, limit, json };
        command.SetAction(result => Run(new SearchSettings(string.Join(' ', result.GetValue(query) ?? []), result.GetValue(db), result.GetValue(limit), result.GetValue(json)), environment));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(SearchSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        using var store = StoreCommand.Open(settings.Db, environment);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        IReadOnlyList<Store.SearchHit> hits;
        try
        {
            hits = store.Search(settings.Query, Math.Max(1, settings.Limit));
        }
        catch (ArgumentException e)
        {
            environment.Error.WriteLine($"parley: {e.Message.Split(" (Parameter")[0]}");
            return ExitCodes.Usage;
        }

        foreach (var hit in hits)
        {
            if (settings.Json)
            {
                environment.Out.WriteLine(ArticleJson.Line(writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteString("doc", hit.Doc);
                    writer.WriteString("title", hit.Title);
                    writer.WriteString("outlet", hit.Outlet);
                    writer.WriteString("published", hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    writer.WriteNumber("story", hit.Story);
                    writer.WriteString("snippet", hit.Snippet);
                    writer.WriteEndObject();
                }));
            }
            else
            {
                var date = hit.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "no date";
                environment.Out.WriteLine($"{hit.Doc} · {date} · {hit.Outlet ?? "no outlet"} · story {hit.Story}\n  {hit.Title ?? "(no title)"}\n  {hit.Snippet.ReplaceLineEndings(" ")}\n");
            }
        }

        if (hits.Count == 0 && !settings.Json)
        {
            environment.Error.WriteLine($"parley: no article matches \"{settings.Query}\"");
        }

        return ExitCodes.Ok;
    }
}
