using System.CommandLine;
using System.Runtime.CompilerServices;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Ingest;
using Parley.Reading;
using Parley.Reading.Inputs;

namespace Parley.Cli.Commands;

/// <summary>The settings of <c>parley extract</c>.</summary>
/// <param name="Paths">What to read.</param>
/// <param name="Json">One JSON object per claim instead of a summary.</param>
/// <param name="Codebook">A codebook file, or null for the built-in one.</param>
public sealed record ExtractSettings(IReadOnlyList<string> Paths, bool Json, string? Codebook);

/// <summary><c>parley extract PATH... [--json] [--codebook FILE]</c>: reads inputs and prints the claims in them, storing nothing.</summary>
public static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var paths = CommonOptions.Paths();
        var json = CommonOptions.Json("Print one JSON object per claim: {doc, actor, act, issue, stance, speaker, evidence, start, end, attribution: {kind, via}, hedged}.");
        var codebook = CommonOptions.Codebook();
        var command = new Command("extract", "Read inputs and print who demands, proposes, accepts or rejects what, with the evidence (nothing is stored).") { paths, json, codebook };
        command.SetAction((result, token) => RunAsync(new ExtractSettings(result.GetValue(paths) ?? [], result.GetValue(json), result.GetValue(codebook)), environment, token));
        return command;
    }

    /// <summary>Runs the command.</summary>
    public static async Task<int> RunAsync(ExtractSettings settings, CliEnvironment environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        var extractor = CommonOptions.LoadExtractor(settings.Codebook, environment);
        if (extractor is null)
        {
            return ExitCodes.Failure;
        }

        var failed = 0;
        await foreach (var (outcome, claims) in ReadClaimsAsync(settings.Paths, extractor, environment, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Failed)
            {
                failed++;
                continue;
            }

            foreach (var claim in claims)
            {
                await environment.Out.WriteLineAsync(settings.Json ? ClaimJson.ToLine(claim) : Describe(claim)).ConfigureAwait(false);
            }
        }

        await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        return failed > 0 ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
    }

    /// <summary>Reads the inputs on all cores and extracts each one's claims, printing one error line per input that fails.</summary>
    public static async IAsyncEnumerable<(ReadOutcome Outcome, List<Claim> Claims)> ReadClaimsAsync(
        IReadOnlyList<string> paths, ClaimExtractor extractor, CliEnvironment environment, [EnumeratorCancellation] CancellationToken cancellationToken, string? skipFile = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        using var loader = new InputLoader(stdin: environment.StandardInput);
        var skip = skipFile is null ? null : Path.GetFullPath(skipFile);
        var inputs = InputFinder.Expand(paths).Where(input => skip is null || input.Kind != InputKind.File || !string.Equals(Path.GetFullPath(input.Origin), skip, StringComparison.Ordinal));
        await foreach (var item in new ReadPipeline(ArticleReader.Default, loader).ReadAsync(inputs, outcome => (outcome, Extract(extractor, outcome)), cancellationToken).ConfigureAwait(false))
        {
            if (item.outcome.Failed)
            {
                await environment.Error.WriteLineAsync($"parley: {item.outcome.Origin}: {item.outcome.Error}").ConfigureAwait(false);
            }

            yield return item;
        }
    }

    /// <summary>Every claim of every article an outcome holds.</summary>
    public static List<Claim> Extract(ClaimExtractor extractor, ReadOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(outcome);
        var claims = new List<Claim>();
        foreach (var article in outcome.Articles)
        {
            claims.AddRange(extractor.Extract(article));
        }

        return claims;
    }

    private static string Describe(Claim claim)
    {
        var via = claim.Attribution.Via.Count > 0 ? $" via {string.Join(" < ", claim.Attribution.Via)}" : string.Empty;
        return $"{claim.Doc}  {claim.Actor} {claim.Act.ToString().ToLowerInvariant()} {claim.Issue} ({claim.Stance.ToString().ToLowerInvariant()})  [{ClaimJson.KindName(claim.Attribution.Kind)}{via}{(claim.Hedged ? ", hedged" : string.Empty)}]\n    \"{claim.Evidence}\"";
    }
}
