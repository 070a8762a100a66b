using System.Text.Json;
using Parley.Claims;
using Parley.Codebooks;

namespace Parley.Evaluation;

/// <summary>Scores extracted claims against gold claims as the codebook spec defines it: per document, on sets; position (doc, actor, issue, stance) and strict (doc, actor, act, issue, stance); optional gold claims neither reward nor penalise.</summary>
public static class ClaimScorer
{
    /// <summary>Reads gold claims, one JSON object per line: <c>{doc, actor, act, issue, stance, optional, evidence}</c>.</summary>
    public static IReadOnlyList<GoldClaim> ReadGold(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var claims = new List<GoldClaim>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                claims.Add(new GoldClaim(
                    root.GetProperty("doc").GetString()!,
                    root.GetProperty("actor").GetString()!,
                    Enum.Parse<ClaimAct>(root.GetProperty("act").GetString()!, ignoreCase: true),
                    root.GetProperty("issue").GetString()!,
                    Enum.Parse<Stance>(root.GetProperty("stance").GetString()!, ignoreCase: true),
                    root.TryGetProperty("optional", out var optional) && optional.ValueKind == JsonValueKind.True,
                    root.TryGetProperty("evidence", out var evidence) ? evidence.GetString() ?? string.Empty : string.Empty));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or ArgumentException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{number}: not a gold claim ({e.Message})", e);
            }
        }

        return claims;
    }

    /// <summary>Scores the predictions for the given documents; gold claims of other documents are left out.</summary>
    public static ClaimScore Score(IReadOnlyList<GoldClaim> gold, IReadOnlyList<Claim> predicted, IReadOnlySet<string> documents)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(documents);
        var inScope = gold.Where(g => documents.Contains(g.Doc)).ToList();
        var position = Compare(inScope, predicted, g => Key(g.Doc, g.Actor, null, g.Issue, g.Stance), p => Key(p.Doc, p.Actor, null, p.Issue, p.Stance));
        var strict = Compare(inScope, predicted, g => Key(g.Doc, g.Actor, g.Act, g.Issue, g.Stance), p => Key(p.Doc, p.Actor, p.Act, p.Issue, p.Stance));
        return new ClaimScore(position, strict);
    }

    private static SetScore Compare(List<GoldClaim> gold, IReadOnlyList<Claim> predicted, Func<GoldClaim, string> goldKey, Func<Claim, string> predictedKey)
    {
        var required = new Dictionary<string, GoldClaim>(StringComparer.Ordinal);
        var optional = new HashSet<string>(StringComparer.Ordinal);
        foreach (var claim in gold)
        {
            var key = goldKey(claim);
            if (claim.Optional)
            {
                optional.Add(key);
            }
            else
            {
                required.TryAdd(key, claim);
            }
        }

        var predictedByKey = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in predicted)
        {
            predictedByKey.TryAdd(predictedKey(claim), claim);
        }

        var hits = new List<string>();
        var falseHits = new List<Claim>();
        foreach (var (key, claim) in predictedByKey)
        {
            if (required.ContainsKey(key))
            {
                hits.Add(key);
            }
            else if (!optional.Contains(key))
            {
                falseHits.Add(claim);
            }
        }

        var misses = required.Where(r => !predictedByKey.ContainsKey(r.Key)).Select(r => r.Value).ToList();
        return new SetScore(hits.Count, falseHits.Count, misses.Count, misses, falseHits);
    }

    private static string Key(string doc, string actor, ClaimAct? act, string issue, Stance stance) =>
        $"{doc}\u0001{actor}\u0001{act}\u0001{issue}\u0001{stance}";
}

/// <summary>One gold claim.</summary>
/// <param name="Doc">The document.</param>
/// <param name="Actor">The party.</param>
/// <param name="Act">The act.</param>
/// <param name="Issue">The issue.</param>
/// <param name="Stance">The stance.</param>
/// <param name="Optional">True when careful readers could code it either way.</param>
/// <param name="Evidence">The passage that carries it.</param>
public sealed record GoldClaim(string Doc, string Actor, ClaimAct Act, string Issue, Stance Stance, bool Optional, string Evidence);

/// <summary>Position and strict scores.</summary>
/// <param name="Position">Matching (doc, actor, issue, stance).</param>
/// <param name="Strict">Matching (doc, actor, act, issue, stance).</param>
public sealed record ClaimScore(SetScore Position, SetScore Strict);

/// <summary>Counts, measures and the claims behind them, micro-averaged over documents.</summary>
/// <param name="TruePositives">Predicted and in the gold.</param>
/// <param name="FalsePositives">Predicted, not in the gold (and not optional there).</param>
/// <param name="FalseNegatives">Required gold claims not predicted.</param>
/// <param name="Misses">The gold claims missed.</param>
/// <param name="FalseHits">The predictions not in the gold.</param>
public sealed record SetScore(int TruePositives, int FalsePositives, int FalseNegatives, IReadOnlyList<GoldClaim> Misses, IReadOnlyList<Claim> FalseHits)
{
    /// <summary>TP / (TP + FP), or 0.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN), or 0.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
