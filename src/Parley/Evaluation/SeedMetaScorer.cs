using System.Globalization;
using System.Text.Json;
using Parley.Reading;
using Parley.Reading.Inputs;

namespace Parley.Evaluation;

/// <summary>Checks reading against gold metadata lines (<c>{doc, title, outlet, published, cites, boilerplate}</c>): every field exact, no furniture left in the text.</summary>
public static class SeedMetaScorer
{
    /// <summary>Scores every document named in the gold file, reading it from <paramref name="folder"/>.</summary>
    public static IReadOnlyList<SeedResult> Score(string goldFile, string folder, ArticleReader reader)
    {
        ArgumentNullException.ThrowIfNull(goldFile);
        ArgumentNullException.ThrowIfNull(reader);
        var results = new List<SeedResult>();
        foreach (var line in File.ReadLines(goldFile))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var gold = JsonDocument.Parse(line);
            var root = gold.RootElement;
            var doc = root.GetProperty("doc").GetString()!;
            var path = Path.Combine(folder, doc);
            var outcome = reader.Read(new LoadedInput(new RawInput(path, InputKind.File), File.ReadAllBytes(path), null, null, null));
            if (outcome.Failed)
            {
                results.Add(new SeedResult(doc, [$"could not be read: {outcome.Error}"]));
                continue;
            }

            var article = outcome.Articles[0];
            var problems = new List<string>();
            Compare(problems, "title", Text(root, "title"), article.Title);
            Compare(problems, "outlet", Text(root, "outlet"), article.Outlet);
            Compare(problems, "published", Text(root, "published"), article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var expectedCites = root.GetProperty("cites").EnumerateArray().Select(c => c.GetString()!).Order(StringComparer.Ordinal).ToList();
            var actualCites = article.Cites.Order(StringComparer.Ordinal).ToList();
            if (!expectedCites.SequenceEqual(actualCites))
            {
                problems.Add($"cites: expected [{string.Join(", ", expectedCites)}], got [{string.Join(", ", actualCites)}]");
            }

            foreach (var furniture in root.GetProperty("boilerplate").EnumerateArray().Select(b => b.GetString()!.Trim()))
            {
                if (article.Text.Contains(furniture, StringComparison.Ordinal))
                {
                    problems.Add($"furniture left in the text: \"{furniture}\"");
                }
            }

            results.Add(new SeedResult(doc, problems));
        }

        return results;
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Compare(List<string> problems, string field, string? expected, string? actual)
    {
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            problems.Add($"{field}: expected {Show(expected)}, got {Show(actual)}");
        }
    }

    private static string Show(string? value) => value is null ? "null" : $"\"{value}\"";
}

/// <summary>One gold document's result: no problems means every field matched.</summary>
/// <param name="Doc">The document.</param>
/// <param name="Problems">What did not match.</param>
public sealed record SeedResult(string Doc, IReadOnlyList<string> Problems)
{
    /// <summary>True when every field matched.</summary>
    public bool Passed => Problems.Count == 0;
}
