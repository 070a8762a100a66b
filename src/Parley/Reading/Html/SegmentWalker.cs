using AngleSharp.Dom;

namespace Parley.Reading.Html;

/// <summary>Splits a subtree into text segments, one per paragraph-like run, walking without recursion.</summary>
public static class SegmentWalker
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "DIV", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "TD", "TH", "SECTION", "ARTICLE", "HEADER",
        "FOOTER", "UL", "OL", "TABLE", "FIGURE", "FIGCAPTION", "DT", "DD", "HR", "ASIDE", "MAIN", "NAV", "ADDRESS", "DETAILS",
        "SUMMARY", "FORM", "CENTER", "DL",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "BUTTON", "SELECT", "TEXTAREA", "HEAD", "INPUT",
        "LABEL", "CANVAS", "VIDEO", "AUDIO", "MATH",
    };

    /// <summary>Marks a line break inside a segment; control characters are dropped when the text is folded.</summary>
    public const char Break = '\u001E';

    /// <summary>The segments under <paramref name="root"/>; subtrees below the root that <paramref name="skip"/> names are left out.</summary>
    /// <returns>The segments in document order, or null when the tree is nested deeper than <paramref name="maxDepth"/>.</returns>
    public static List<TextSegment>? Walk(IElement root, Func<IElement, bool>? skip, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(root);
        var segments = new List<TextSegment>();
        var blocks = new List<(IElement Element, TextSegment? Current)>();
        var stack = new Stack<(INode Node, int Depth, bool Exit)>();
        var linkDepth = 0;
        blocks.Add((root, null));
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if (node is IText text)
            {
                Append(segments, blocks, text.Data, linkDepth > 0);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.TagName;
            if (exit)
            {
                if (tag == "A")
                {
                    linkDepth--;
                }
                else if (blocks.Count > 1)
                {
                    blocks.RemoveAt(blocks.Count - 1);
                    blocks[^1] = (blocks[^1].Element, null);
                }

                continue;
            }

            if (depth > maxDepth)
            {
                return null;
            }

            if (node != root && (Skipped.Contains(tag) || (skip is not null && skip(element))))
            {
                continue;
            }

            if (tag == "BR")
            {
                blocks[^1].Current?.Text.Append(Break);
                continue;
            }

            if (tag == "A")
            {
                linkDepth++;
                stack.Push((node, depth, true));
            }
            else if (node != root && Blocks.Contains(tag))
            {
                blocks[^1] = (blocks[^1].Element, null);
                blocks.Add((element, null));
                stack.Push((node, depth, true));
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, depth + 1, false));
            }
        }

        return segments;
    }

    private static void Append(List<TextSegment> segments, List<(IElement Element, TextSegment? Current)> blocks, string data, bool inLink)
    {
        var count = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        var (owner, current) = blocks[^1];
        if (current is null)
        {
            if (count == 0)
            {
                return;
            }

            var tag = owner.TagName;
            var heading = tag.Length == 2 && tag[0] == 'H' && tag[1] is >= '1' and <= '6';
            current = new TextSegment(owner, heading, tag is "LI" or "TD" or "TH" or "DD" or "DT");
            segments.Add(current);
            blocks[^1] = (owner, current);
        }

        current.Text.Append(data);
        current.Chars += count;
        if (inLink)
        {
            current.LinkChars += count;
        }
    }
}
