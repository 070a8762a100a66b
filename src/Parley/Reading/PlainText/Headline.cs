namespace Parley.Reading.PlainText;

/// <summary>Tells headlines from body sentences, bylines and repeats of the headline.</summary>
internal static class Headline
{
    private const int MaxLength = 220;

    /// <summary>True for a line shaped like a headline: short, capitalised, at least two words, not a finished sentence.</summary>
    public static bool IsHeadline(string line)
    {
        var span = line.AsSpan().Trim();
        if (span.Length is < 8 or > MaxLength || !(char.IsUpper(span[0]) || char.IsDigit(span[0]) || span[0] is '"' or '“' or '«' or '\''))
        {
            return false;
        }

        if (span[^1] == '.' && !span.EndsWith("...", StringComparison.Ordinal))
        {
            return false;
        }

        var words = 1;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == ' ')
            {
                words++;

                // A sentence break inside ("...talks. The Kremlin...") makes it body text, initials ("U.S. envoy") do not.
                if (i >= 2 && span[i - 1] is '.' or '!' or '?' && char.IsLower(span[i - 2]) && i + 1 < span.Length && char.IsUpper(span[i + 1]))
                {
                    return false;
                }
            }
        }

        return words >= 2;
    }

    /// <summary>True when the line repeats the headline, alone or with an image-caption suffix ("Headline - 1", "Headline (photo)").</summary>
    public static bool IsRepeat(string line, string title)
    {
        var span = line.AsSpan().Trim();
        if (!span.StartsWith(title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = span[title.Length..].Trim(" \t-–—|:.,()[]#•·");
        if (rest.Length == 0)
        {
            return true;
        }

        foreach (var c in rest)
        {
            if (char.IsLetter(c))
            {
                return rest.Equals("photo", StringComparison.OrdinalIgnoreCase) || rest.Equals("video", StringComparison.OrdinalIgnoreCase)
                    || rest.Equals("image", StringComparison.OrdinalIgnoreCase) || rest.Equals("illustration", StringComparison.OrdinalIgnoreCase);
            }
        }

        return rest.Length <= 6;
    }

    /// <summary>A byline: "By Jane Doe", or a lone person name of two to four capitalised words.</summary>
    public static bool TryByline(string line, out string name)
    {
        var span = line.AsSpan().Trim();
        name = string.Empty;
        var explicitBy = span.StartsWith("By ", StringComparison.Ordinal) || span.StartsWith("by ", StringComparison.Ordinal);
        if (explicitBy)
        {
            span = span[3..].Trim();
        }

        if (span.Length is < 5 or > 60)
        {
            return false;
        }

        var words = 0;
        foreach (var range in span.Split(' '))
        {
            var word = span[range].TrimEnd(',');
            if (word.Length == 0)
            {
                return false;
            }

            if (explicitBy && (word.SequenceEqual("and") || word.SequenceEqual("&")))
            {
                continue;
            }

            if (!IsNameWord(word))
            {
                return false;
            }

            words++;
        }

        if (words < 2 || words > (explicitBy ? 8 : 4))
        {
            return false;
        }

        name = span.ToString();
        return true;
    }

    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        if (word.Length == 2 && word[1] == '.')
        {
            return true;
        }

        var lower = false;
        for (var i = 1; i < word.Length; i++)
        {
            var c = word[i];
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (!char.IsLetter(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return lower;
    }
}
