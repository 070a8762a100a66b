namespace Parley.Reading;

/// <summary>Tells an input's format from its content first, and from its extension and declared type when the content is ambiguous.</summary>
public static class FormatDetector
{
    /// <summary>Detects the format of decoded text.</summary>
    public static InputFormat Detect(ReadOnlySpan<char> text, string extension, string? contentType)
    {
        var head = text.TrimStart().TrimStart('\uFEFF');
        if (head.Length > 4096)
        {
            head = head[..4096];
        }

        if (head.StartsWith('{') || head.StartsWith('['))
        {
            return InputFormat.Json;
        }

        if (head.StartsWith('<'))
        {
            if (LooksLikeFeed(head))
            {
                return InputFormat.Feed;
            }

            return InputFormat.Html;
        }

        // Content that does not open with markup or JSON: trust a declared HTML type, else it is text.
        if (extension is "html" or "htm" or "xhtml" || (contentType?.Contains("html", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase) || head.Contains("<p", StringComparison.OrdinalIgnoreCase)
                ? InputFormat.Html
                : InputFormat.Text;
        }

        return InputFormat.Text;
    }

    private static bool LooksLikeFeed(ReadOnlySpan<char> head)
    {
        // Skip the XML declaration, comments and processing instructions to the first element.
        var rest = head;
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.StartsWith("<?") || rest.StartsWith("<!--") || rest.StartsWith("<!"))
            {
                var comment = rest.StartsWith("<!--");
                var close = comment ? rest.IndexOf("-->") : rest.IndexOf('>');
                if (close < 0)
                {
                    return false;
                }

                rest = rest[(close + (comment ? 3 : 1))..];
                continue;
            }

            break;
        }

        return rest.StartsWith("<rss", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }
}
