using System.Text;
using AngleSharp.Dom;

namespace Parley.Reading.Html;

/// <summary>One run of inline text inside a block element, as the reader would see one paragraph.</summary>
public sealed class TextSegment(IElement owner, bool heading, bool listItem)
{
    /// <summary>The block element the text belongs to.</summary>
    public IElement Owner { get; } = owner;

    /// <summary>Whether the owner is a heading (h1 to h6).</summary>
    public bool Heading { get; } = heading;

    /// <summary>Whether the owner is a list item or a table cell.</summary>
    public bool ListItem { get; } = listItem;

    /// <summary>The raw text, whitespace not yet folded.</summary>
    public StringBuilder Text { get; } = new();

    /// <summary>Non-whitespace characters in the segment.</summary>
    public int Chars { get; set; }

    /// <summary>Non-whitespace characters inside links.</summary>
    public int LinkChars { get; set; }

    /// <summary>Share of the characters that sit inside links.</summary>
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}
