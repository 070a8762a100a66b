using System.CommandLine;
using System.Globalization;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;

namespace Parley.Cli.Commands;

/// <summary>The options the position commands share (filters and output formats) and their checking: a bad value is one line on standard error and exit code 2.</summary>
public static class PositionOptions
{
    /// <summary>The <c>--since</c> option.</summary>
    public static Option<string?> Since(string what = "claims") => new("--since") { Description = $"Only {what} dated on or after this day (YYYY-MM-DD).", HelpName = "DATE" };

    /// <summary>The <c>--until</c> option.</summary>
    public static Option<string?> Until(string what = "claims") => new("--until") { Description = $"Only {what} dated on or before this day (YYYY-MM-DD).", HelpName = "DATE" };

    /// <summary>The <c>--actor</c> option.</summary>
    public static Option<string?> Actor() => new("--actor") { Description = "Only this party (a codebook id: RU, UA, US...).", HelpName = "ID" };

    /// <summary>The <c>--issue</c> option.</summary>
    public static Option<string?> Issue() => new("--issue") { Description = "Only this issue (a codebook id: ceasefire, ukraine_nato...).", HelpName = "ID" };

    /// <summary>The <c>--csv</c> switch.</summary>
    public static Option<bool> Csv(string description) => new("--csv") { Description = description };

    /// <summary>The <c>--limit</c> option.</summary>
    public static Option<int?> Limit() => new("--limit", "-n") { Description = "The most claims to print (default: all).", HelpName = "N" };

    /// <summary>Parses a date option (YYYY-MM-DD), or prints why not.</summary>
    public static bool TryDate(string option, string? value, CliEnvironment environment, out DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(environment);
        date = null;
        if (value is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        environment.Error.WriteLine($"parley: {option}: '{value}' is not a date; use YYYY-MM-DD");
        return false;
    }

    /// <summary>Parses the date range, or prints why not.</summary>
    public static bool TryDates(string? since, string? until, CliEnvironment environment, out DateOnly? from, out DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(environment);
        to = null;
        if (!TryDate("--since", since, environment, out from) || !TryDate("--until", until, environment, out to))
        {
            return false;
        }

        if (from > to)
        {
            environment.Error.WriteLine($"parley: --since {from:yyyy-MM-dd} is after --until {to:yyyy-MM-dd}");
            return false;
        }

        return true;
    }

    /// <summary>Parses an attribution kind (<c>on_record</c>, <c>named_source</c>, <c>anonymous</c>, <c>report</c>, <c>unconfirmed</c>), or prints why not.</summary>
    public static bool TryAttribution(string? value, CliEnvironment environment, out AttributionKind? kind)
    {
        ArgumentNullException.ThrowIfNull(environment);
        kind = null;
        if (value is null)
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<AttributionKind>())
        {
            var name = ClaimJson.KindName(candidate);
            if (string.Equals(name, value.Trim(), StringComparison.OrdinalIgnoreCase) || string.Equals(name.Replace("_", "-", StringComparison.Ordinal), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        environment.Error.WriteLine($"parley: --attribution: '{value}' is not an attribution kind; use on_record, named_source, anonymous, report or unconfirmed");
        return false;
    }

    /// <summary>Resolves actor and issue ids against the built-in codebook and the ids in the store (case does not matter), or prints why not.</summary>
    public static bool TryIds(PositionQueries queries, string? actor, string? issue, CliEnvironment environment, out string? actorId, out string? issueId)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(environment);
        actorId = null;
        issueId = null;
        if (actor is null && issue is null)
        {
            return true;
        }

        var (storedActors, storedIssues) = queries.KnownIds();
        var actors = new List<string>(Codebook.Default.Actors.Count + storedActors.Count);
        foreach (var entry in Codebook.Default.Actors)
        {
            actors.Add(entry.Id);
        }

        actors.AddRange(storedActors);
        var issues = new List<string>(Codebook.Default.Issues.Count + storedIssues.Count);
        foreach (var entry in Codebook.Default.Issues)
        {
            issues.Add(entry.Id);
        }

        issues.AddRange(storedIssues);
        return TryId("actor", actor, actors, environment, out actorId) && TryId("issue", issue, issues, environment, out issueId);
    }

    /// <summary>True when at most one of the output switches is set; otherwise prints why not.</summary>
    public static bool TryOneFormat(CliEnvironment environment, params (string Name, bool Set)[] formats)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(formats);
        var set = new List<string>();
        foreach (var (name, on) in formats)
        {
            if (on)
            {
                set.Add(name);
            }
        }

        if (set.Count > 1)
        {
            environment.Error.WriteLine($"parley: choose one output format, not {string.Join(" and ", set)}");
            return false;
        }

        return true;
    }

    private static bool TryId(string what, string? value, List<string> known, CliEnvironment environment, out string? id)
    {
        id = null;
        if (value is null)
        {
            return true;
        }

        var wanted = value.Trim();
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, wanted, StringComparison.Ordinal))
            {
                id = candidate;
                return true;
            }
        }

        foreach (var candidate in known)
        {
            if (string.Equals(candidate, wanted, StringComparison.OrdinalIgnoreCase))
            {
                id = candidate;
                return true;
            }
        }

        var distinct = new SortedSet<string>(known, StringComparer.Ordinal);
        environment.Error.WriteLine($"parley: --{what}: unknown {what} '{value}'; known: {string.Join(", ", distinct)}");
        return false;
    }
}
