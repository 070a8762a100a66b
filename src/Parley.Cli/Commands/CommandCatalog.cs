using System.CommandLine;

namespace Parley.Cli.Commands;

/// <summary>Every command Parley offers, in the order help lists them.</summary>
public static class CommandCatalog
{
    /// <summary>Builds the commands bound to the environment.</summary>
    public static IEnumerable<Command> All(CliEnvironment environment)
    {
        yield return ReadCommand.Build(environment);
        yield return ExtractCommand.Build(environment);
        yield return IngestCommand.Build(environment);
        yield return StatsCommand.Build(environment);
        yield return SearchCommand.Build(environment);
        yield return MatrixCommand.Build(environment);
        yield return OutlookCommand.Build(environment);
        yield return ClaimsCommand.BuildTimeline(environment);
        yield return ChangesCommand.Build(environment);
        yield return ClaimsCommand.Build(environment);
        yield return BriefCommand.Build(environment);
        yield return DemoCommand.Build(environment);
        yield return ServeCommand.Build(environment);
        yield return ScoreCommand.Build(environment);
        yield return EvalCommand.Build(environment);
        yield return CodebookCommand.Build(environment);
    }
}
