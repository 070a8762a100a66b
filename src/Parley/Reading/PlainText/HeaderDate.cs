using System.Collections.Frozen;
using Parley.Reading.Dates;

namespace Parley.Reading.PlainText;

/// <summary>Recognises a line that is only a date, with the clutter pages put beside it (times, counters, tickers, "date", "Updated").</summary>
internal static class HeaderDate
{
    /// <summary>Words that may stand beside a date on a date line.</summary>
    private static readonly FrozenSet<string> Noise = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "date", "dated", "published", "updated", "posted", "modified", "created", "last", "on", "at", "time", "and",
        "utc", "gmt", "est", "edt", "cet", "cest", "eet", "eest", "msk", "bst", "pst", "pdt", "am", "pm", "a.m", "p.m",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "views", "view", "comments", "comment", "reads", "min", "mins", "minute", "minutes", "read",
        "usd", "eur", "uah", "rub", "gbp");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NoiseLookup = Noise.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the whole line is a date line; <paramref name="date"/> is the date it carries.</summary>
    /// <remarks>The date itself is found by the shared multilingual <see cref="DateText.FindAll"/>; this class only decides that nothing else on the line is prose.</remarks>
    public static bool TryParseLine(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        line = line.Trim();
        if (line.Length is < 6 or > 90)
        {
            return false;
        }

        var text = line.ToString();
        FoundDate? first = null;
        foreach (var found in DateText.FindAll(text, DayOrder.Unknown))
        {
            first = found;
            break;
        }

        if (first is not { } hit)
        {
            return false;
        }

        date = hit.Date;
        return OnlyNoise(line[..hit.Index]) && OnlyNoise(line[(hit.Index + hit.Length)..]);
    }

    /// <summary>True when every word beside the date is a number, a clock time, a counter or a word such as "date", "Updated", "UTC".</summary>
    private static bool OnlyNoise(ReadOnlySpan<char> rest)
    {
        foreach (var range in rest.SplitAny(" ,"))
        {
            var token = Clean(rest[range]);
            if (token.Length > 0 && HasLetter(token) && !NoiseLookup.Contains(token))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> token) => token.Trim(".,;:()[]|•·–—\"'");

    private static bool HasLetter(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
