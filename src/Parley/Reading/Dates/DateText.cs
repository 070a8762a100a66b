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

    [GeneratedRegex(@"((?:19|20)\d\d)-(\d\d)-(\d\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/((?:19|20)\d\d)[/_-](\d{1,2})[/_-](\d{1,2})(?:/|[_-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
