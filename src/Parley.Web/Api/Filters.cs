using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Parley.Claims;
using Parley.Codebooks;
using Parley.Positions;

namespace Parley.Web.Api;

/// <summary>The filter query parameters every position view takes, as the client sent them (checked by <see cref="Filters"/>).</summary>
/// <param name="Since">Only claims dated on or after this day (yyyy-MM-dd).</param>
/// <param name="Until">Only claims dated on or before this day (yyyy-MM-dd).</param>
/// <param name="Actor">Only this party's claims (a codebook actor id).</param>
/// <param name="Issue">Only claims on this issue (a codebook issue id).</param>
/// <param name="Attribution">Only claims sourced this way: on_record, named_source, anonymous, report or unconfirmed.</param>
public sealed record FilterQuery(
    [property: Description("Only claims dated on or after this day (yyyy-MM-dd).")][FromQuery(Name = "since")] string? Since,
    [property: Description("Only claims dated on or before this day (yyyy-MM-dd).")][FromQuery(Name = "until")] string? Until,
    [property: Description("Only this party's claims (a codebook actor id, e.g. RU).")][FromQuery(Name = "actor")] string? Actor,
    [property: Description("Only claims on this issue (a codebook issue id, e.g. ceasefire).")][FromQuery(Name = "issue")] string? Issue,
    [property: Description("Only claims sourced this way: on_record, named_source, anonymous, report or unconfirmed.")][FromQuery(Name = "attribution")] string? Attribution);

/// <summary>Paging parameters.</summary>
/// <param name="Offset">Items to skip.</param>
/// <param name="Limit">The most items to return.</param>
public sealed record PageQuery(
    [property: Description("Items to skip (default 0).")][FromQuery(Name = "offset")] string? Offset,
    [property: Description("The most items to return (default 50, at most 500).")][FromQuery(Name = "limit")] string? Limit);

/// <summary>Checks query parameters against the codebook and turns them into library types; every problem is one readable message for a 400 answer.</summary>
internal static class Filters
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 500;

    // The names claims are written and exported with (on_record, named_source...), in the enum's order.
    private static readonly Dictionary<string, AttributionKind> Kinds =
        Enum.GetValues<AttributionKind>().ToDictionary(ClaimJson.KindName, kind => kind, StringComparer.Ordinal);

    /// <summary>The claim filter, or the reason the parameters are wrong.</summary>
    public static bool TryParse(FilterQuery query, Codebook codebook, out ClaimFilter filter, out string error)
    {
        filter = ClaimFilter.All;
        error = string.Empty;
        if (!TryDate(query.Since, "since", out var since, ref error)
            || !TryDate(query.Until, "until", out var until, ref error)
            || !TryActor(query.Actor, codebook, out var actor, ref error)
            || !TryIssue(query.Issue, codebook, out var issue, ref error)
            || !TryKind(query.Attribution, out var kind, ref error))
        {
            return false;
        }

        if (since is { } s && until is { } u && s > u)
        {
            error = $"'since' ({s:yyyy-MM-dd}) is after 'until' ({u:yyyy-MM-dd})";
            return false;
        }

        filter = new ClaimFilter(actor, issue, since, until, kind);
        return true;
    }

    /// <summary>The paging window, or the reason the parameters are wrong.</summary>
    public static bool TryPage(PageQuery query, out int offset, out int limit, out string error)
    {
        error = string.Empty;
        offset = 0;
        limit = DefaultLimit;
        if (query.Offset is { Length: > 0 } o && (!int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            error = $"'offset' must be a whole number of 0 or more, not '{Shorten(o)}'";
            return false;
        }

        if (query.Limit is { Length: > 0 } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
        {
            error = $"'limit' must be a whole number from 1 to {MaxLimit}, not '{Shorten(l)}'";
            return false;
        }

        return true;
    }

    /// <summary>Parses one optional date parameter.</summary>
    public static bool TryDate(string? value, string name, out DateOnly? date, ref string error)
    {
        date = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"'{name}' must be a date written yyyy-MM-dd, not '{Shorten(value)}'";
        return false;
    }

    /// <summary>Checks an actor id against the codebook.</summary>
    public static bool TryActor(string? value, Codebook codebook, out string? actor, ref string error)
    {
        var id = string.IsNullOrEmpty(value) ? null : value;
        actor = id;
        if (id is null || codebook.Actors.Any(a => a.Id == id))
        {
            return true;
        }

        error = $"'actor' must be a party of the codebook {codebook.Name} ({string.Join(", ", codebook.Actors.Select(a => a.Id))}), not '{Shorten(value!)}'";
        return false;
    }

    /// <summary>Checks an issue id against the codebook.</summary>
    public static bool TryIssue(string? value, Codebook codebook, out string? issue, ref string error)
    {
        var id = string.IsNullOrEmpty(value) ? null : value;
        issue = id;
        if (id is null || codebook.Issues.Any(i => i.Id == id))
        {
            return true;
        }

        error = $"'issue' must be an issue of the codebook {codebook.Name}, not '{Shorten(value!)}'";
        return false;
    }

    private static bool TryKind(string? value, out AttributionKind? kind, ref string error)
    {
        kind = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (Kinds.TryGetValue(value, out var parsed))
        {
            kind = parsed;
            return true;
        }

        error = $"'attribution' must be one of {string.Join(", ", Kinds.Keys)}, not '{Shorten(value)}'";
        return false;
    }

    /// <summary>Echoes at most 40 characters of what the client sent.</summary>
    public static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
