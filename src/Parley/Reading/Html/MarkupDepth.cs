using System.Collections.Frozen;

namespace Parley.Reading.Html;

/// <summary>Estimates how deeply raw HTML nests, in one pass over the text, so absurd pages can skip the DOM parser (whose cost grows with the square of the depth).</summary>
public static class MarkupDepth
{
    /// <summary>Nesting past this is absurd for an article page: such pages are read as flat text.</summary>
    public const int Limit = 1000;

    /// <summary>Elements that never hold children, or whose end tags are routinely left out: they do not count towards depth.</summary>
    private static readonly FrozenSet<string> NotCounted = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotCountedLookup = NotCounted.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when open elements nest deeper than <paramref name="limit"/> somewhere in the page.</summary>
    public static bool Exceeds(ReadOnlySpan<char> html, int limit = Limit)
    {
        var depth = 0;
        var i = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf('<');
            if (open < 0)
            {
                break;
            }

            i += open + 1;
            if (i >= html.Length)
            {
                break;
            }

            var closing = html[i] == '/';
            var start = closing ? i + 1 : i;
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start)
            {
                continue;
            }

            var name = html[start..end];
            var close = html[end..].IndexOf('>');
            var selfClosing = close > 0 && html[end + close - 1] == '/';
            if (NotCountedLookup.Contains(name) || selfClosing)
            {
                continue;
            }

            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (++depth > limit)
            {
                return true;
            }
        }

        return false;
    }
}
