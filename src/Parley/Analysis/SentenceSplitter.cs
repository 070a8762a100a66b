namespace Parley.Analysis;

/// <summary>Splits an article text into sentence spans (trimmed offsets into the text), without copying it.</summary>
/// <remarks>
/// A blank line always ends a sentence, and a bullet line ("• ", "- ", "* ", "– ") is a sentence block of its own
/// whose span leaves out the bullet marker. Inside a block a run of '.', '!', '?' or '…' ends a sentence when it is
/// followed by white space (after any closing quotes or brackets) and the next word does not start with a lower-case
/// letter; titles ("Gen."), initials ("J."), other abbreviations ("Jan.", "No.") and dotted acronyms ("U.S.") end one
/// only before a typical sentence opener; and a closing quote followed by a name and a verb of saying
/// ("… now?” Peskov asked.") keeps the attribution in the quote's sentence. The word lists are <see cref="SentenceData"/>.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The sentence spans of <paramref name="text"/>.</summary>
    public static List<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<TextSpan>();
        Split(text, 0, spans);
        return spans;
    }

    /// <summary>Appends the sentence spans of <paramref name="text"/> to <paramref name="into"/>, adding <paramref name="offset"/> to every start.</summary>
    public static void Split(ReadOnlySpan<char> text, int offset, List<TextSpan> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var blockStart = 0;
        var lineStart = 0;
        while (true)
        {
            var newline = text[lineStart..].IndexOf('\n');
            var lineEnd = newline < 0 ? text.Length : lineStart + newline;
            var line = text[lineStart..lineEnd];
            if (line.IsWhiteSpace())
            {
                SplitBlock(text, blockStart, lineStart, offset, into);
                blockStart = lineEnd;
            }
            else if (BulletLength(line) is var bullet and > 0)
            {
                SplitBlock(text, blockStart, lineStart, offset, into);
                SplitBlock(text, lineStart + bullet, lineEnd, offset, into);
                blockStart = lineEnd;
            }

            if (newline < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        SplitBlock(text, blockStart, text.Length, offset, into);
    }

    private static int BulletLength(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        if (i + 1 >= line.Length || line[i] is not ('•' or '·' or '▪' or '◦' or '‣' or '-' or '*' or '–' or '—') || !char.IsWhiteSpace(line[i + 1]))
        {
            return 0;
        }

        return i + 2;
    }

    private static void SplitBlock(ReadOnlySpan<char> text, int start, int end, int offset, List<TextSpan> into)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (!IsTerminator(text[i]))
            {
                i++;
                continue;
            }

            var termEnd = i + 1;
            while (termEnd < end && IsTerminator(text[termEnd]))
            {
                termEnd++;
            }

            var closeEnd = termEnd;
            while (closeEnd < end && IsClosing(text[closeEnd]))
            {
                closeEnd++;
            }

            if (closeEnd < end && !char.IsWhiteSpace(text[closeEnd]))
            {
                // "3.5", "12.06", the inner dots of "U.S.", "?!" glued to a word: not an end.
                i = termEnd;
                continue;
            }

            if (EndsSentence(text, start, i, termEnd, closeEnd, end))
            {
                AddTrimmed(text, sentenceStart, closeEnd, offset, into);
                sentenceStart = closeEnd;
            }

            i = closeEnd;
        }

        AddTrimmed(text, sentenceStart, end, offset, into);
    }

    private static bool EndsSentence(ReadOnlySpan<char> text, int blockStart, int term, int termEnd, int closeEnd, int end)
    {
        var next = closeEnd;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return true;
        }

        var word = next;
        while (word < end && IsOpening(text[word]))
        {
            word++;
        }

        if (word < end && char.IsLower(text[word]))
        {
            return false; // "10 a.m. on Monday", "“Why now?” he asked"
        }

        var quoted = closeEnd > termEnd;
        var single = termEnd - term == 1 && text[term] == '.';
        if (!single)
        {
            var question = text[term..termEnd].IndexOfAny('?', '!') >= 0;
            if (question)
            {
                return !(quoted && word == next && IsAttribution(text, next, end, allowOpener: true));
            }

            return word >= end || char.IsUpper(text[word]) || word > next; // ellipsis
        }

        if (quoted && word == next && IsAttribution(text, next, end, allowOpener: false))
        {
            return false;
        }

        var before = term;
        while (before > blockStart && (char.IsLetter(text[before - 1]) || text[before - 1] == '.'))
        {
            before--;
        }

        var previous = text[before..term];
        if (previous.IsEmpty)
        {
            return true;
        }

        if (previous.Length == 1 && char.IsUpper(previous[0]))
        {
            return false; // an initial: "J. D. Vance", "Donald J. Trump"
        }

        if (SentenceData.TitleLookup.Contains(previous))
        {
            return false;
        }

        if (previous.Contains('.') || SentenceData.AbbreviationLookup.Contains(previous))
        {
            return SentenceData.OpenerLookup.Contains(ReadWord(text, word, end));
        }

        return true;
    }

    private static bool IsAttribution(ReadOnlySpan<char> text, int start, int end, bool allowOpener)
    {
        if (!char.IsUpper(text[start]))
        {
            return false;
        }

        var position = start;
        for (var count = 0; count < 6; count++)
        {
            var word = ReadWord(text, position, end);
            if (word.IsEmpty || (count == 0 && !allowOpener && SentenceData.OpenerLookup.Contains(word)))
            {
                return false;
            }

            if (SentenceData.SpeechVerbLookup.Contains(word))
            {
                return true;
            }

            position += word.Length;
            if (position >= end || text[position] != ' ')
            {
                return false;
            }

            position++;
        }

        return false;
    }

    private static ReadOnlySpan<char> ReadWord(ReadOnlySpan<char> text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsLetter(text[i]) || (i > start && (text[i] == '-' || Tokenizer.IsApostrophe(text[i])))))
        {
            i++;
        }

        return text[start..i];
    }

    private static void AddTrimmed(ReadOnlySpan<char> text, int start, int end, int offset, List<TextSpan> into)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new TextSpan(offset + start, end - start));
        }
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '“' or '»' or '«' or '›' or '‹' or ')' or ']';

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '„' or '‘' or '«' or '»' or '‹' or '›' or '(' or '[';
}
