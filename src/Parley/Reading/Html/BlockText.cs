using System.Text;
using AngleSharp.Dom;
using Parley.Reading.Text;

namespace Parley.Reading.Html;

/// <summary>Turns an element into text with one paragraph per block element, walking the tree without recursion.</summary>
public static class BlockText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "SECTION", "ARTICLE", "HEADER", "FOOTER",
        "UL", "OL", "TABLE", "FIGURE", "FIGCAPTION", "DT", "DD", "BR", "HR", "ASIDE", "MAIN", "NAV", "ADDRESS", "DETAILS", "SUMMARY",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "BUTTON", "SELECT", "TEXTAREA", "HEAD",
    };

    /// <summary>The element's text, paragraphs separated by blank lines.</summary>
    public static string Of(INode? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var lines = new List<string>();
        var current = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (Skipped.Contains(element.TagName))
                {
                    continue;
                }

                var block = Blocks.Contains(element.TagName);
                if (block)
                {
                    Flush(lines, current);
                }

                if (exit)
                {
                    continue;
                }

                if (block)
                {
                    stack.Push((node, true));
                }

                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
            else if (node is IText text)
            {
                current.Append(text.Data);
            }
            else if (!exit && node.HasChildNodes)
            {
                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    stack.Push((child, false));
                }
            }
        }

        Flush(lines, current);
        return TextCleaner.Paragraphs(lines);
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (current.Length > 0)
        {
            lines.Add(current.ToString());
            current.Clear();
        }
    }
}
