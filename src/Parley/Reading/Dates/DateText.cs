using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Reading.Dates;

/// <summary>Parses dates as news pages write them.</summary>
public static partial class DateText
{
    /// <summary>Parses an ISO 8601 date or date-time prefix (<c>2025-03-12</c>, <c>2025-03-12T10:00:00Z</c>).</summary>
    public static bool TryParseIso(string? value, out DateOnly date)
    {
        date = default;
        if (value is null)
        {
            return false;
        }

        var match = IsoDate().Match(value);
        return match.Success && TryMake(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, out date);
    }

    /// <summary>Finds a <c>/2025/03/12/</c>-style date in an address.</summary>
    public static bool TryFromUrl(string url, out DateOnly date)
    {
        date = default;
        var match = UrlDate().Match(url ?? string.Empty);
        return match.Success && TryMake(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, out date);
    }

    /// <summary>Builds a date from year, month and day digits, rejecting impossible ones.</summary>
    public static bool TryMake(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
        {
            return false;
        }

        if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Finds the first date written in a header line of a scraped plain-text page (<c>date 2025-08-08 $41.46</c>, <c>Mar 12, 2025 12:06</c>, <c>12 March 2025</c>).</summary>
    public static bool TryFindInText(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        if (line.IsEmpty || line.Length > 4096)
        {
            return false;
        }

        foreach (var found in FindAll(line.ToString(), DayOrder.Unknown))
        {
            date = found.Date;
            return true;
        }

        return false;
    }

    /// <summary>Parses a value from an attribute or structured data: ISO 8601, a written date, RFC 822 or Unix time.</summary>
    public static bool TryParseValue(string? value, DayOrder order, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length > 300)
        {
            return false;
        }

        if (TryParseIso(value, out date))
        {
            return true;
        }

        foreach (var found in FindAll(value, order))
        {
            date = found.Date;
            return true;
        }

        var loose = LooseDate.Parse(value);
        if (loose is { } parsed && parsed.Year is >= 1990 and <= 2100)
        {
            date = parsed;
            return true;
        }

        return false;
    }

    /// <summary>Whether a machine-readable timestamp is stated in UTC (<c>Z</c>, <c>+00:00</c>, <c>GMT</c>), near midnight, so its day may differ from the local one.</summary>
    public static bool IsUtcTimestamp(string? value)
    {
        if (value is null || value.Length < 16)
        {
            return false;
        }

        var trimmed = value.AsSpan().Trim();
        var clock = trimmed.IndexOfAny('T', ' ');
        if (clock < 0 || clock + 3 > trimmed.Length || !int.TryParse(trimmed.Slice(clock + 1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hour)
            || hour is >= 9 and < 19)
        {
            // Only a timestamp near midnight UTC can fall on another day in local time.
            return false;
        }

        return trimmed.EndsWith("Z", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith("+00:00", StringComparison.Ordinal)
            || trimmed.EndsWith("+0000", StringComparison.Ordinal)
            || trimmed.EndsWith("GMT", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith("UTC", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every date written in the text, in order, with where each starts.</summary>
    public static IEnumerable<FoundDate> FindAll(string text, DayOrder order)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayHoldDate(text))
        {
            yield break;
        }

        var match = WrittenDate().Match(text);
        while (match.Success)
        {
            if (TryRead(match, order, out var date))
            {
                yield return new FoundDate(date, match.Index, match.Length);
            }

            match = match.NextMatch();
        }
    }

    /// <summary>Whether the text has at least one run of four ASCII digits, the least a dated text needs.</summary>
    public static bool MayHoldDate(ReadOnlySpan<char> text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryRead(Match match, DayOrder order, out DateOnly date)
    {
        var groups = match.Groups;
        if (groups["iy"].Success)
        {
            return TryMake(groups["iy"].Value, groups["im"].Value, groups["id"].Value, out date);
        }

        if (groups["ny"].Success)
        {
            var a = groups["na"].Value;
            var b = groups["nb"].Value;
            var aNumber = int.Parse(a, CultureInfo.InvariantCulture);
            var bNumber = int.Parse(b, CultureInfo.InvariantCulture);
            var monthFirst = aNumber <= 12 && (bNumber > 12 || (order == DayOrder.MonthFirst || (order == DayOrder.Unknown && groups["ns"].Value == "/")));
            return monthFirst ? TryMake(groups["ny"].Value, a, b, out date) : TryMake(groups["ny"].Value, b, a, out date);
        }

        if (groups["cy"].Success)
        {
            return TryMake(groups["cy"].Value, groups["cm"].Value, groups["cd"].Value, out date);
        }

        date = default;
        string day;
        string year;
        int month;
        if (groups["dy"].Success)
        {
            (day, month, year) = (groups["dd"].Value, MonthNames.Find(groups["dm"].ValueSpan), groups["dy"].Value);
        }
        else if (groups["my"].Success)
        {
            (day, month, year) = (groups["md"].Value, MonthNames.Find(groups["mm"].ValueSpan), groups["my"].Value);
        }
        else if (groups["hy"].Success)
        {
            (day, month, year) = (groups["hd"].Value, MonthNames.Find(groups["hm"].ValueSpan), groups["hy"].Value);
        }
        else
        {
            return false;
        }

        return month != 0 && TryMake(year, month.ToString(CultureInfo.InvariantCulture), day, out date);
    }

    // One pass finds all common shapes: 2020-06-07 / 2020/06/07 / 2020.06.07, 07.06.2020 / 06/07/2020,
    // 2020年6月7日 / 2020년 6월 7일, 7 June 2020 / 7. června 2020 / 17 de marzo de 2020, June 7, 2020, 2020. június 7.
    [GeneratedRegex(
        @"(?<![0-9])(?:" +
        @"(?<iy>(?:19|20)[0-9]{2})(?<is>[-/.])(?<im>[01]?[0-9])\k<is>(?<id>[0-3]?[0-9])(?![0-9])" +
        @"|(?<na>[0-3]?[0-9])(?<ns>[-/.])(?<nb>[0-3]?[0-9])\k<ns>(?<ny>(?:19|20)[0-9]{2})(?![0-9])" +
        @"|(?<cy>(?:19|20)[0-9]{2})\s*[年년]\s*(?<cm>[01]?[0-9])\s*[月월]\s*(?<cd>[0-3]?[0-9])(?![0-9])" +
        @"|(?<dd>[0-3]?[0-9])(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?(?<dm>(?<![\p{L}\p{M}])[\p{L}\p{M}]{3,14})\.?(?:\s*/\s*[\p{L}\p{M}]{3,14})?,?\s*(?:de\s+|del\s+)?(?<dy>(?:19|20)[0-9]{2})(?![0-9])" +
        @"|(?<mm>(?<![\p{L}\p{M}])[\p{L}\p{M}]{3,14})\.?\s+(?<md>[0-3]?[0-9])(?:st|nd|rd|th)?,?\s+(?<my>(?:19|20)[0-9]{2})(?![0-9])" +
        @"|(?<hy>(?:19|20)[0-9]{2})\.?\s+(?<hm>(?<![\p{L}\p{M}])[\p{L}\p{M}]{3,14})\.?\s+(?<hd>[0-3]?[0-9])(?![0-9])" +
        @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"((?:19|20)\d\d)-(\d\d)-(\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?:/|[_-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
