using System.Globalization;

namespace Parley.Reading.Dates;

/// <summary>Parses the dates found in feeds and news-API dumps: ISO 8601, RFC 822/1123, Unix seconds or milliseconds.</summary>
public static class LooseDate
{
    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss 'UTC'", "ddd, d MMM yyyy",
    ];

    /// <summary>Parses the value, or returns null.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (DateText.TryParseIso(value, out var iso))
        {
            return iso;
        }

        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return FromEpoch(epoch);
        }

        var withoutZoneName = StripZoneName(value);
        if (DateTimeOffset.TryParseExact(withoutZoneName, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var rfc))
        {
            return DateOnly.FromDateTime(rfc.DateTime);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var any))
        {
            return DateOnly.FromDateTime(any.DateTime);
        }

        return null;
    }

    /// <summary>A Unix time in seconds or milliseconds, when it falls in a plausible range for news.</summary>
    public static DateOnly? FromEpoch(long epoch)
    {
        var seconds = epoch > 100_000_000_000 ? epoch / 1000 : epoch;
        if (seconds < 631_152_000 || seconds > 4_102_444_800)
        {
            return null;
        }

        return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
    }

    private static string StripZoneName(string value)
    {
        // RFC 822 zone names other than GMT/UTC (EST, PDT...) are not understood by the parser: keep the clock time only.
        var space = value.LastIndexOf(' ');
        if (space > 0 && space < value.Length - 1)
        {
            var zone = value.AsSpan(space + 1);
            if (zone.Length is 3 or 4 && IsLetters(zone) && zone is not "GMT" and not "UTC")
            {
                return value[..space];
            }
        }

        return value;
    }

    private static bool IsLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
