using System.Collections.Frozen;
using System.Net;
using System.Text;
using Parley.Reading.Text;

namespace Parley.Reading.Html;

/// <summary>Flat text of HTML without building a DOM: block tags end paragraphs, script and style are skipped, entities decoded. For pages the parser cannot afford.</summary>
public static class TagStripper
{
    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article", "header", "footer", "ul", "ol", "table", "hr", "pre");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockLookup = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text, paragraphs separated by blank lines.</summary>
    public static string Text(ReadOnlySpan<char> html)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                current.Append(c);
                i++;
                continue;
            }

            var close = html[i..].IndexOf('>');
            if (close < 0)
            {
                break;
            }

            var closing = close > 1 && html[i + 1] == '/';
            var tag = html.Slice(i + 1, close - 1).TrimStart('/');
            var nameEnd = 0;
            while (nameEnd < tag.Length && char.IsAsciiLetterOrDigit(tag[nameEnd]))
            {
                nameEnd++;
            }

            var name = tag[..nameEnd];
            i += close + 1;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var end = html[i..].IndexOf(name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "</script" : "</style", StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : i + end;
                continue;
            }

            if (BlockLookup.Contains(name))
            {
                Flush(lines, current);
            }
        }

        Flush(lines, current);
        return TextCleaner.Paragraphs(lines);
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (current.Length > 0)
        {
            lines.Add(WebUtility.HtmlDecode(current.ToString()));
            current.Clear();
        }
    }
}
