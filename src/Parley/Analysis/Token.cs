namespace Parley.Analysis;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, possibly with digits, internal hyphens and apostrophes ("30-day", "don't", "U.S.").</summary>
    Word,

    /// <summary>Digits with optional internal separators ("2025", "3.5", "12:06", "1,000").</summary>
    Number,

    /// <summary>A possessive ending split off its word ("'s", "’s", or a lone "’" after a plural).</summary>
    Possessive,

    /// <summary>Punctuation other than quotes and dashes; a run of periods is one token.</summary>
    Punctuation,

    /// <summary>A quotation mark of any style.</summary>
    Quote,

    /// <summary>A free-standing hyphen or dash; a run of them is one token.</summary>
    Dash,

    /// <summary>Anything else (currency, percent, bullets, emoji).</summary>
    Symbol,
}

/// <summary>One token of an article text: an offset, a length and a kind.</summary>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Kind">What the token is made of.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's range as a <see cref="TextSpan"/>.</summary>
    public TextSpan Span => new(Start, Length);
}
