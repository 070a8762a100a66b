using System.Collections.Frozen;
using Parley.Reading.Dates;

namespace Parley.Reading.PlainText;

/// <summary>Recognises a line that is only a date, with the clutter pages put beside it (times, counters, tickers, "date", "Updated").</summary>
internal static class HeaderDate
{
    private const int MaxTokens = 24;

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
    public static bool TryParseLine(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        line = line.Trim();
        if (line.Length is < 6 or > 90)
        {
            return false;
        }

        Span<Range> tokens = stackalloc Range[MaxTokens];
        var count = 0;
        foreach (var range in line.SplitAny(" ,"))
        {
            if (line[range].Length == 0)
            {
                continue;
            }

            if (count == MaxTokens)
            {
                return false;
            }

            tokens[count++] = range;
        }

        var found = false;
        int from = 0, to = 0;
        for (var i = 0; i < count && !found; i++)
        {
            if (TryNumeric(Clean(line[tokens[i]]), out date))
            {
                (found, from, to) = (true, i, i + 1);
            }
            else if (i + 2 < count && TryWords(line, tokens[i], tokens[i + 1], tokens[i + 2], out date))
            {
                (found, from, to) = (true, i, i + 3);
            }
        }

        if (!found)
        {
            return false;
        }

        for (var i = 0; i < count; i++)
        {
            if (i >= from && i < to)
            {
                continue;
            }

            var token = Clean(line[tokens[i]]);
            if (token.Length > 0 && HasLetter(token) && !NoiseLookup.Contains(token))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryWords(ReadOnlySpan<char> line, Range a, Range b, Range c, out DateOnly date)
    {
        date = default;
        var first = Clean(line[a]);
        var second = Clean(line[b]);
        var year = Clean(line[c]);
        if (!TryYear(year, out var y))
        {
            return false;
        }

        // Month names in every language the date finder knows (one shared table).
        var month = MonthNames.Find(first);
        if (month > 0 && TryDay(second, out var day))
        {
            return TryMake(y, month, day, out date);
        }

        month = MonthNames.Find(second);
        return month > 0 && TryDay(first, out day) && TryMake(y, month, day, out date);
    }

    private static bool TryNumeric(ReadOnlySpan<char> token, out DateOnly date)
    {
        date = default;
        var t = token.IndexOf('T');
        if (t == 10)
        {
            token = token[..10];
        }

        if (token.Length < 8 || token.Length > 10)
        {
            return false;
        }

        var separator = token.IndexOfAny("-./");
        if (separator < 0)
        {
            return false;
        }

        var sep = token[separator];
        var parts = token.Split(sep);
        Span<int> values = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var n = 0;
        foreach (var range in parts)
        {
            if (n == 3 || !int.TryParse(token[range], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out values[n]))
            {
                return false;
            }

            lengths[n++] = token[range].Length;
        }

        if (n != 3)
        {
            return false;
        }

        if (lengths[0] == 4)
        {
            return TryMake(values[0], values[1], values[2], out date);
        }

        if (lengths[2] != 4)
        {
            return false;
        }

        // dd.mm.yyyy is European; with slashes, month first unless the first part cannot be a month.
        return sep == '/' && values[0] <= 12
            ? TryMake(values[2], values[0], values[1], out date)
            : TryMake(values[2], values[1], values[0], out date);
    }

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryYear(ReadOnlySpan<char> token, out int year) =>
        int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year) && token.Length == 4;

    private static bool TryDay(ReadOnlySpan<char> token, out int day)
    {
        // Allow ordinal suffixes: 1st, 2nd, 3rd, 12th.
        var end = 0;
        while (end < token.Length && char.IsAsciiDigit(token[end]))
        {
            end++;
        }

        var suffix = token[end..];
        day = 0;
        return end is 1 or 2
            && (suffix.Length == 0 || suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase))
            && int.TryParse(token[..end], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out day);
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
