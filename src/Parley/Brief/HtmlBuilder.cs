using System.Diagnostics;
using System.Text;

namespace Parley.Brief;

/// <summary>
/// Writes HTML (and inline SVG) as a tree of elements: tag and attribute names come from code,
/// every attribute value and every piece of text is encoded, and elements are closed in order.
/// The only unencoded text is <see cref="TrustedRaw"/>, for the brief's own constant stylesheet.
/// </summary>
internal sealed class HtmlBuilder
{
    private readonly StringBuilder _html = new(64 * 1024);
    private readonly Stack<string> _open = new();

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public HtmlBuilder Open(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _html.Append('>');
        _open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public HtmlBuilder Close()
    {
        _html.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>Closes open elements down to and including the innermost <paramref name="tag"/>.</summary>
    public HtmlBuilder Close(string tag)
    {
        Debug.Assert(_open.Contains(tag), $"<{tag}> is not open");
        while (_open.Count > 0)
        {
            var top = _open.Pop();
            _html.Append("</").Append(top).Append('>');
            if (top == tag)
            {
                break;
            }
        }

        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlBuilder Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _html.Append('>');
        Encode(text, _html);
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with no content: a void HTML element (meta, br) or an empty SVG shape.</summary>
    public HtmlBuilder Empty(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _html.Append(IsVoid(tag) ? ">" : $"></{tag}>");
        return this;
    }

    /// <summary>Encoded text.</summary>
    public HtmlBuilder Text(string? text)
    {
        Encode(text, _html);
        return this;
    }

    /// <summary>Text written as is: only for the brief's own constant markup and stylesheet, never for data.</summary>
    public HtmlBuilder TrustedRaw(string constant)
    {
        _html.Append(constant);
        return this;
    }

    /// <summary>The document; every element must be closed.</summary>
    public override string ToString()
    {
        Debug.Assert(_open.Count == 0, $"unclosed <{string.Join(">, <", _open)}>");
        return _html.ToString();
    }

    /// <summary>Encodes text for an HTML text node or a quoted attribute value: &amp; &lt; &gt; &quot; &#39; escaped, control characters dropped, lone surrogates replaced.</summary>
    public static string Encode(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        Encode(text, builder);
        return builder.ToString();
    }

    private static void Encode(string? text, StringBuilder into)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': into.Append("&amp;"); break;
                case '<': into.Append("&lt;"); break;
                case '>': into.Append("&gt;"); break;
                case '"': into.Append("&quot;"); break;
                case '\'': into.Append("&#39;"); break;
                case '\n' or '\t': into.Append(c); break;
                case '\r': break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        into.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        into.Append('\uFFFD');
                    }
                    else if (!char.IsControl(c) && c is not ('\uFFFE' or '\uFFFF'))
                    {
                        into.Append(c);
                    }

                    break;
            }
        }
    }

    private void StartTag(string tag, (string Name, string? Value)[] attributes)
    {
        Debug.Assert(IsName(tag), $"bad tag name {tag}");
        _html.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            Debug.Assert(IsName(name) && !name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"bad attribute name {name}");
            if (value is null)
            {
                continue;
            }

            _html.Append(' ').Append(name).Append("=\"");
            Encode(value, _html);
            _html.Append('"');
        }
    }

    private static bool IsVoid(string tag) => tag is "meta" or "br" or "hr" or "img" or "link" or "col" or "wbr";

    private static bool IsName(string name) => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':');
}
