using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Parley.Reading;
using Parley.Store;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley stats</c>.</summary>
/// <param name="Db">The store path, or null for the default.</param>
/// <param name="Json">Print a JSON object.</param>
public sealed record StatsSettings(string? Db, bool Json);

/// <summary><c>parley stats [--json]</c>: what the store holds.</summary>
public static class StatsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json("Print {documents, stories, outlets, claims, syndicated_stories, first_published, last_published, top_outlets}.");
        var command = new Command("stats", "Show what the store holds.") { db, json };
        command.SetAction(result => Run(new StatsSettings(result.GetValue(db), result.GetValue(json)), environment));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static int Run(StatsSettings settings, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        using var store = StoreCommand.Open(settings.Db, environment);
        if (store is null)
        {
            return ExitCodes.Failure;
        }

        var stats = store.Stats();
        environment.Out.WriteLine(settings.Json ? ToJson(stats) : Describe(stats, store.Path));
        return ExitCodes.Ok;
    }

    /// <summary>A readable summary of the store.</summary>
    public static string Describe(StoreStats stats, string path)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var range = stats.FirstPublished is { } first ? $"{first:yyyy-MM-dd} to {stats.LastPublished:yyyy-MM-dd}" : "no dates";
        var outlets = string.Join(", ", stats.TopOutlets.Select(o => $"{o.Outlet} ({o.Documents})"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
            Store      {path}
            Documents  {stats.Documents}
            Stories    {stats.Stories} ({stats.SyndicatedStories} carried by more than one document)
            Outlets    {stats.Outlets}{(outlets.Length > 0 ? ": " + outlets : string.Empty)}
            Published  {range}
            Claims     {stats.Claims}
            """);
    }

    private static string ToJson(StoreStats stats) => ArticleJson.Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("documents", stats.Documents);
            writer.WriteNumber("stories", stats.Stories);
            writer.WriteNumber("outlets", stats.Outlets);
            writer.WriteNumber("claims", stats.Claims);
            writer.WriteNumber("syndicated_stories", stats.SyndicatedStories);
            writer.WriteString("first_published", stats.FirstPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("last_published", stats.LastPublished?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStartArray("top_outlets");
            foreach (var outlet in stats.TopOutlets)
            {
                writer.WriteStartObject();
                writer.WriteString("outlet", outlet.Outlet);
                writer.WriteNumber("documents", outlet.Documents);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
