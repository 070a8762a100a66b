using System.CommandLine;
using System.Globalization;
using Parley.Evaluation;
using Parley.Reading;

namespace Parley.Cli.Commands;

/// <summary><c>parley score articles|dates|seeds</c>: Parley's reading measured on the public benchmarks and the gold seed metadata.</summary>
public static class ScoreCommand
{
    /// <summary>Builds the command and its sub-commands.</summary>
    public static Command Build(CliEnvironment environment)
    {
        var command = new Command("score", "Measure reading quality on the benchmarks in shared/bench and the gold seed metadata.");
        command.Add(Articles(environment));
        command.Add(Dates(environment));
        command.Add(Seeds(environment));
        return command;
    }

    private static Option<bool> Verbose() => new("--verbose", "-v") { Description = "List every page with its score." };

    private static Command Articles(CliEnvironment environment)
    {
        var folder = new Argument<string>("folder") { Description = "The article-extraction benchmark folder.", DefaultValueFactory = _ => "../shared/bench/article-extraction" };
        var verbose = Verbose();
        var command = new Command("articles", "Article text F1 on the article-extraction benchmark (4-token shingles).") { folder, verbose };
        command.SetAction(result =>
        {
            var score = BenchmarkScorer.ScoreExtraction(result.GetValue(folder)!);
            var worst = score.Pages.OrderBy(p => p.Counts.F1).ToList();
            foreach (var page in result.GetValue(verbose) ? worst : worst.Take(10))
            {
                environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Counts.F1,6:0.000}  P {page.Counts.Precision ?? 0:0.000}  R {page.Counts.Recall ?? 0:0.000}  {page.Id[..12]}  {page.Url}"));
            }

            environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"article-extraction: {score.Pages.Count} pages  precision {score.Precision:0.0000}  recall {score.Recall:0.0000}  F1 {score.F1:0.0000}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Dates(CliEnvironment environment)
    {
        var folder = new Argument<string>("folder") { Description = "The dates benchmark folder.", DefaultValueFactory = _ => "../shared/bench/dates" };
        var verbose = Verbose();
        var command = new Command("dates", "Publication date accuracy on the dates benchmark (exact day).") { folder, verbose };
        command.SetAction(result =>
        {
            var score = BenchmarkScorer.ScoreDates(result.GetValue(folder)!);
            foreach (var page in score.Pages.Where(p => result.GetValue(verbose) || p.Found != p.Expected))
            {
                var mark = page.Found == page.Expected ? "ok  " : "MISS";
                environment.Out.WriteLine($"{mark}  expected {page.Expected?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none      "}  found {page.Found?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none      "}  {page.File}  {page.Url}");
            }

            environment.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dates: {score.Correct} of {score.Total} correct  accuracy {score.Accuracy:0.0000}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Seeds(CliEnvironment environment)
    {
        var gold = new Option<string>("--gold") { Description = "The gold metadata file.", DefaultValueFactory = _ => "../shared/gold/seeds.meta.jsonl" };
        var folder = new Argument<string>("folder") { Description = "The folder holding the seed articles.", DefaultValueFactory = _ => "../shared/seeds" };
        var command = new Command("seeds", "Title, outlet, date, cited organisations and furniture of the seeds against their gold metadata.") { folder, gold };
        command.SetAction(result =>
        {
            var results = SeedMetaScorer.Score(result.GetValue(gold)!, result.GetValue(folder)!, ArticleReader.Default);
            foreach (var seed in results)
            {
                environment.Out.WriteLine($"{(seed.Passed ? "ok  " : "FAIL")}  {seed.Doc}");
                foreach (var problem in seed.Problems)
                {
                    environment.Out.WriteLine($"      {problem}");
                }
            }

            var passed = results.Count(r => r.Passed);
            environment.Out.WriteLine($"seeds: {passed} of {results.Count} documents exactly as in the gold metadata");
            return passed == results.Count ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }
}
