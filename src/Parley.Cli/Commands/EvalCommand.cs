using System.CommandLine;
using System.Globalization;
using Parley.Claims;
using Parley.Evaluation;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley eval</c>.</summary>
/// <param name="Gold">The gold claims file.</param>
/// <param name="Paths">The annotated documents.</param>
/// <param name="Codebook">A codebook file, or null for the built-in one.</param>
public sealed record EvalSettings(string Gold, IReadOnlyList<string> Paths, string? Codebook);

/// <summary><c>parley eval --gold FILE PATH...</c>: position and strict precision, recall and F1 of extraction, then the misses and false hits.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var gold = new Option<string>("--gold") { Description = "Gold claims, one JSON object per line: {doc, actor, act, issue, stance, optional, evidence}.", Required = true };
        var paths = CommonOptions.Paths();
        var codebook = CommonOptions.Codebook();
        var command = new Command("eval", "Score extraction against gold claims (position and strict P/R/F1) and list misses and false hits.") { gold, paths, codebook };
        command.SetAction((result, token) => RunAsync(new EvalSettings(result.GetValue(gold)!, result.GetValue(paths) ?? [], result.GetValue(codebook)), environment, token));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(EvalSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        IReadOnlyList<GoldClaim> gold;
        try
        {
            gold = ClaimScorer.ReadGold(settings.Gold);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await environment.Error.WriteLineAsync($"parley: {settings.Gold}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }

        var extractor = CommonOptions.LoadExtractor(settings.Codebook, environment);
        if (extractor is null)
        {
            return ExitCodes.Failure;
        }

        var predicted = new List<Claim>();
        var documents = new HashSet<string>(StringComparer.Ordinal);
        var failed = 0;
        await foreach (var (outcome, claims) in ExtractCommand.ReadClaimsAsync(settings.Paths, extractor, environment, cancellationToken, skipFile: settings.Gold).ConfigureAwait(false))
        {
            if (outcome.Failed)
            {
                failed++;
                continue;
            }

            foreach (var article in outcome.Articles)
            {
                documents.Add(article.Doc);
            }

            predicted.AddRange(claims);
        }

        var score = ClaimScorer.Score(gold, predicted, documents);
        var output = environment.Out;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{documents.Count} documents, {gold.Count(g => documents.Contains(g.Doc) && !g.Optional)} gold claims (+{gold.Count(g => documents.Contains(g.Doc) && g.Optional)} optional), {predicted.Count} extracted")).ConfigureAwait(false);
        await output.WriteLineAsync(Line("position", score.Position)).ConfigureAwait(false);
        await output.WriteLineAsync(Line("strict", score.Strict)).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Misses (strict, {score.Strict.Misses.Count}):").ConfigureAwait(false);
        foreach (var miss in score.Strict.Misses.OrderBy(m => m.Doc, StringComparer.Ordinal))
        {
            await output.WriteLineAsync($"  {miss.Doc}  {miss.Actor} {miss.Act.ToString().ToLowerInvariant()} {miss.Issue} ({miss.Stance.ToString().ToLowerInvariant()})\n      \"{miss.Evidence}\"").ConfigureAwait(false);
        }

        await output.WriteLineAsync($"False hits (strict, {score.Strict.FalseHits.Count}):").ConfigureAwait(false);
        foreach (var hit in score.Strict.FalseHits.OrderBy(h => h.Doc, StringComparer.Ordinal).ThenBy(h => h.Start))
        {
            await output.WriteLineAsync($"  {hit.Doc}  {hit.Actor} {hit.Act.ToString().ToLowerInvariant()} {hit.Issue} ({hit.Stance.ToString().ToLowerInvariant()})\n      \"{hit.Evidence}\"").ConfigureAwait(false);
        }

        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    private static string Line(string name, SetScore score) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name,-9} precision {score.Precision:0.000}  recall {score.Recall:0.000}  F1 {score.F1:0.000}  (TP {score.TruePositives}, FP {score.FalsePositives}, FN {score.FalseNegatives})");
}
