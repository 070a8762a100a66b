namespace Parley.Analysis;

/// <summary>The 64-bit FNV-1a key of a token, computed over the span with folding and no string copies.</summary>
/// <remarks>
/// Typographic apostrophes fold to "'", hyphens to "-", and the periods inside a word are skipped so "U.S." and "US"
/// share a key. Case-insensitive keys also lower-case every character (invariant culture).
/// </remarks>
internal static class TokenHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The key of <paramref name="token"/>, case-folded unless <paramref name="caseSensitive"/>.</summary>
    public static ulong Compute(ReadOnlySpan<char> token, TokenKind kind, bool caseSensitive)
    {
        var hash = OffsetBasis;
        var skipDots = kind == TokenKind.Word && token.Length > 1;
        foreach (var raw in token)
        {
            var c = raw;
            if (c == '.' && skipDots)
            {
                continue;
            }

            if (c is '\u2019' or '\u02BC')
            {
                c = '\'';
            }
            else if (c is '\u2010' or '\u2011')
            {
                c = '-';
            }
            else if (!caseSensitive)
            {
                c = c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            }

            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
