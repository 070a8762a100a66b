using System.Text.RegularExpressions;

namespace Parley.Evaluation;

/// <summary>The article-extraction benchmark's metric: 4-token shingles of <c>\w+</c> tokens, precision and recall averaged over pages.</summary>
public static partial class ShingleScore
{
    /// <summary>Shingle counts for one page: shared (TP), predicted only (FP), true only (FN).</summary>
    public readonly record struct PageCounts(int TruePositives, int FalsePositives, int FalseNegatives)
    {
        /// <summary>Precision on this page, or null when nothing was predicted and nothing is missing.</summary>
        public double? Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1.0 : TruePositives + FalsePositives > 0 ? TruePositives / (double)(TruePositives + FalsePositives) : null;

        /// <summary>Recall on this page, or null when there is nothing to find.</summary>
        public double? Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1.0 : TruePositives + FalseNegatives > 0 ? TruePositives / (double)(TruePositives + FalseNegatives) : null;

        /// <summary>This page's F1.</summary>
        public double F1 => Precision is { } p && Recall is { } r && p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    /// <summary>Counts shared and unshared shingles (with multiplicity) between a prediction and the truth.</summary>
    public static PageCounts Count(string predicted, string truth)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(truth);
        var p = Shingles(predicted);
        var t = Shingles(truth);
        var shared = 0;
        var predictedTotal = 0;
        foreach (var (shingle, count) in p)
        {
            predictedTotal += count;
            if (t.TryGetValue(shingle, out var other))
            {
                shared += Math.Min(count, other);
            }
        }

        var truthTotal = 0;
        foreach (var count in t.Values)
        {
            truthTotal += count;
        }

        return new PageCounts(shared, predictedTotal - shared, truthTotal - shared);
    }

    /// <summary>Mean precision, mean recall and the F1 of those means, as the benchmark defines them.</summary>
    public static (double Precision, double Recall, double F1) Aggregate(IReadOnlyList<PageCounts> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0;
        foreach (var page in pages)
        {
            if (page.Precision is { } p)
            {
                precisionSum += p;
                precisionPages++;
            }

            if (page.Recall is { } r)
            {
                recallSum += r;
                recallPages++;
            }
        }

        var precision = precisionPages > 0 ? precisionSum / precisionPages : 0;
        var recall = recallPages > 0 ? recallSum / recallPages : 0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return (precision, recall, f1);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = new List<string>();
        foreach (Match match in Word().Matches(text))
        {
            tokens.Add(match.Value);
        }

        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]);
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
