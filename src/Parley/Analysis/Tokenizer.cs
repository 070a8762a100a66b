using System.Globalization;

namespace Parley.Analysis;

/// <summary>Splits text into <see cref="Token"/>s that point back into the text; appends to a caller-owned list and allocates nothing per token.</summary>
/// <remarks>
/// Words keep internal hyphens and apostrophes ("30-day", "don't"); a possessive "'s" or "’s" becomes its own
/// <see cref="TokenKind.Possessive"/> token so "Ukraine's" yields "Ukraine". Dotted acronyms ("U.S.", "a.m.") are one word.
/// </remarks>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/>, adding <paramref name="offset"/> to every start.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, int offset, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsWordChar(c))
            {
                i = ReadWord(text, i, offset, into);
            }
            else if (c == '.')
            {
                i = Run(text, i, offset, into, static ch => ch == '.', TokenKind.Punctuation);
            }
            else if (IsDash(c))
            {
                i = Run(text, i, offset, into, IsDash, TokenKind.Dash);
            }
            else if (IsQuote(c))
            {
                into.Add(new Token(offset + i, 1, TokenKind.Quote));
                i++;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                into.Add(new Token(offset + i, length, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
                i += length;
            }
        }
    }

    /// <summary>True for characters that make up words: letters, digits and combining marks.</summary>
    internal static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>True for the straight and typographic apostrophes.</summary>
    internal static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>True for hyphens, dashes and the minus sign.</summary>
    internal static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>True for quotation marks of any style.</summary>
    internal static bool IsQuote(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u2018' or '\u2019' or '\u201A';

    private static int Run(ReadOnlySpan<char> text, int start, int offset, List<Token> into, Func<char, bool> member, TokenKind kind)
    {
        var end = start + 1;
        while (end < text.Length && member(text[end]))
        {
            end++;
        }

        into.Add(new Token(offset + start, end - start, kind));
        return end;
    }

    private static int ReadWord(ReadOnlySpan<char> text, int start, int offset, List<Token> into)
    {
        // Dotted acronyms: two or more "letter." pairs not followed by a word character ("U.S.", "a.m.", "e.g.").
        var k = start;
        var pairs = 0;
        while (k + 1 < text.Length && char.IsLetter(text[k]) && text[k + 1] == '.')
        {
            k += 2;
            pairs++;
        }

        if (pairs >= 2 && (k >= text.Length || !IsWordChar(text[k])))
        {
            into.Add(new Token(offset + start, k - start, TokenKind.Word));
            return k;
        }

        var j = start;
        var hasLetter = false;
        while (j < text.Length)
        {
            var c = text[j];
            if (IsWordChar(c))
            {
                hasLetter |= !char.IsDigit(c);
                j++;
                continue;
            }

            var next = j + 1 < text.Length ? text[j + 1] : '\0';
            if (c is '-' or '\u2010' or '\u2011' && IsWordChar(next))
            {
                hasLetter = true;
                j++;
                continue;
            }

            if (c is '.' or ',' or ':' && char.IsDigit(text[j - 1]) && char.IsDigit(next))
            {
                j++;
                continue;
            }

            if (IsApostrophe(c))
            {
                var after = j + 2 < text.Length ? text[j + 2] : '\0';
                if (next is 's' or 'S' && !IsWordChar(after))
                {
                    into.Add(new Token(offset + start, j - start, hasLetter ? TokenKind.Word : TokenKind.Number));
                    into.Add(new Token(offset + j, 2, TokenKind.Possessive));
                    return j + 2;
                }

                if (char.IsLetter(next))
                {
                    hasLetter = true;
                    j++;
                    continue;
                }

                if (text[j - 1] is 's' or 'S')
                {
                    into.Add(new Token(offset + start, j - start, TokenKind.Word));
                    into.Add(new Token(offset + j, 1, TokenKind.Possessive));
                    return j + 1;
                }
            }

            break;
        }

        into.Add(new Token(offset + start, j - start, hasLetter ? TokenKind.Word : TokenKind.Number));
        return j;
    }
}
