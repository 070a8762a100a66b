using System.Text.RegularExpressions;
using Parley.Codebooks;

namespace Parley.Brief;

/// <summary>How a brief names parties and issues: the codebook's names and propositions, in the codebook's order; unknown ids show as themselves, after the known ones.</summary>
public sealed class BriefLabels
{
    private readonly Dictionary<string, (string Name, int Order)> _actors;
    private readonly Dictionary<string, (string Label, string? Proposition, int Order)> _issues;

    private BriefLabels(Dictionary<string, (string, int)> actors, Dictionary<string, (string, string?, int)> issues)
    {
        _actors = actors;
        _issues = issues;
    }

    /// <summary>No codebook: every id is its own label.</summary>
    public static BriefLabels None { get; } = new([], []);

    /// <summary>The labels of a codebook's parties and issues.</summary>
    public static BriefLabels From(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var actors = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var actor in codebook.Actors)
        {
            actors.TryAdd(actor.Id, (actor.Name, actors.Count));
        }

        var issues = new Dictionary<string, (string, string?, int)>(StringComparer.Ordinal);
        foreach (var issue in codebook.Issues)
        {
            issues.TryAdd(issue.Id, (IssueLabel(issue), issue.Proposition, issues.Count));
        }

        return new BriefLabels(actors, issues);
    }

    /// <summary>The party's name ("Russia" for RU).</summary>
    public string Actor(string id) => id is not null && _actors.TryGetValue(id, out var actor) ? actor.Name : id ?? string.Empty;

    /// <summary>The issue's short label ("Ukraine NATO" for ukraine_nato).</summary>
    public string Issue(string id) => id is not null && _issues.TryGetValue(id, out var issue) ? issue.Label : id ?? string.Empty;

    /// <summary>What "for" means on the issue, if the codebook says.</summary>
    public string? Proposition(string id) => id is not null && _issues.TryGetValue(id, out var issue) ? issue.Proposition : null;

    /// <summary>Sorts party ids: codebook order first, then unknown ids alphabetically.</summary>
    public IReadOnlyList<string> OrderActors(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .OrderBy(id => _actors.TryGetValue(id, out var actor) ? actor.Order : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Sorts issue ids: codebook order first, then unknown ids alphabetically.</summary>
    public IReadOnlyList<string> OrderIssues(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .OrderBy(id => _issues.TryGetValue(id, out var issue) ? issue.Order : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToList();

    /// <summary>A label from the id's words, each spelled as the issue's proposition or cues spell it ("nato" as "NATO"), the first capitalised.</summary>
    internal static string IssueLabel(IssueEntry issue)
    {
        var words = issue.Id.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return issue.Id;
        }

        var text = string.Join(" | ", new[] { issue.Proposition }.Concat(issue.Cues).Concat(issue.AgainstCues).Concat(issue.Places));
        for (var i = 0; i < words.Length; i++)
        {
            var found = Regex.Match(text, $@"\b{Regex.Escape(words[i])}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            words[i] = found.Success && found.Value.Any(char.IsUpper) ? found.Value : words[i].ToLowerInvariant();
        }

        var label = string.Join(' ', words);
        return char.ToUpperInvariant(label[0]) + label[1..];
    }
}
