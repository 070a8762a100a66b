namespace Parley.Reading.Citations;

/// <summary>
/// Finds the news organisations an article names, other than its own outlet: every gazetteer name, and unknown outlets
/// named in attributions ("X reports", "according to X", "citing X", "told X", "reported by X").
/// </summary>
public sealed class CitationFinder(NewsOrganisations organisations)
{
    private const int MaxNameWords = 5;

    /// <summary>Cues that come before the source: "according to X", "citing X".</summary>
    private static readonly string[] CuesBefore =
    [
        "according to", "citing", "cited by", "told", "reported by", "reports by", "quoted by", "reports from", "report by",
        "interview with", "interview to", "in comments to", "speaking to", "spoke to", "published by", "wrote in",
        "said to", "confirmed to", "reported in", "quoted in", "wrote for", "an article in", "a report in", "via",
    ];

    /// <summary>Cues that come after the source: "X reports", "X reported".</summary>
    private static readonly string[] CuesAfter =
    [
        "reports", "reported", "reporting", "writes", "wrote", "has learned", "learned", "says in a report", "said in a report",
        "informs", "has reported", "was reporting", "first reported", "broke the news",
    ];

    /// <summary>Capitalised words that start sentences or describe a source but are not part of its name.</summary>
    private static readonly HashSet<string> Leaders = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "Earlier", "Later", "Yesterday", "Today", "Also", "Meanwhile", "However", "Previously", "Then", "As",
        "Now", "Recently", "Russian", "Ukrainian", "American", "British", "German", "French", "Western", "European", "Bulgarian",
        "Polish", "Italian", "Turkish", "Chinese", "Israeli", "State", "In", "On", "At", "Last", "This", "That", "Both", "And", "But",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeaderLookup = Leaders.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The canonical names of the organisations named in the text, in order of first mention.</summary>
    public IReadOnlyList<string> Find(string text, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(text);
        var own = outlet is null ? null : organisations.Canonical(outlet) ?? outlet;
        var found = new List<(int At, string Name)>();
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsLetterOrDigit(span[i]) || (i > 0 && char.IsLetterOrDigit(span[i - 1])))
            {
                continue;
            }

            if (char.IsUpper(span[i]) && organisations.TryMatchAt(span, i, out var name, out var length))
            {
                Add(found, i, name, own);
                i += length - 1;
            }
        }

        foreach (var cue in CuesBefore)
        {
            FindAfterCue(span, cue, found, own);
        }

        foreach (var cue in CuesAfter)
        {
            FindBeforeCue(span, cue, found, own);
        }

        found.Sort((a, b) => a.At.CompareTo(b.At));
        var names = new List<string>();
        foreach (var (_, name) in found)
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static void Add(List<(int At, string Name)> found, int at, string name, string? own)
    {
        if (own is null || !string.Equals(name, own, StringComparison.OrdinalIgnoreCase))
        {
            found.Add((at, name));
        }
    }

    private void FindAfterCue(ReadOnlySpan<char> text, string cue, List<(int At, string Name)> found, string? own)
    {
        Span<int> ends = stackalloc int[MaxNameWords];
        var from = 0;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
            {
                return;
            }

            var at = from + hit;
            from = at + cue.Length;
            if (!IsBoundary(text, at - 1) || from + 1 >= text.Length || text[from] != ' ')
            {
                continue;
            }

            var start = SkipQuotes(text, from + 1);
            if (text[start..].StartsWith("the ", StringComparison.Ordinal))
            {
                start = SkipQuotes(text, start + 4);
            }

            // Up to five capitalised words ("of" allowed inside), stopping at punctuation.
            var count = 0;
            var cursor = start;
            while (count < MaxNameWords && cursor < text.Length
                && (char.IsUpper(text[cursor]) || char.IsDigit(text[cursor]) || (count > 0 && text[cursor..].StartsWith("of ", StringComparison.Ordinal))))
            {
                var wordEnd = WordEnd(text, cursor);
                ends[count++] = wordEnd;
                if (wordEnd >= text.Length || text[wordEnd] != ' ')
                {
                    break;
                }

                cursor = wordEnd + 1;
            }

            for (var n = count; n > 0; n--)
            {
                var end = TrimName(text, start, ends[n - 1]);
                if (end > start && TryQualify(text[start..end], out var name))
                {
                    Add(found, start, name, own);
                    break;
                }
            }
        }
    }

    private void FindBeforeCue(ReadOnlySpan<char> text, string cue, List<(int At, string Name)> found, string? own)
    {
        Span<int> starts = stackalloc int[MaxNameWords];
        var from = 0;
        while (from < text.Length)
        {
            var hit = text[from..].IndexOf(cue, StringComparison.Ordinal);
            if (hit < 0)
            {
                return;
            }

            var at = from + hit;
            from = at + cue.Length;
            if (at < 2 || text[at - 1] != ' ' || !IsBoundary(text, from))
            {
                continue;
            }

            // Walk back over capitalised words: "Rossiya 24 reported", "News.bg reports", "the Kyiv Independent reported".
            var end = at - 1;
            while (end > 0 && IsClosing(text[end - 1]))
            {
                end--;
            }

            var count = 0;
            var cursor = end;
            while (cursor > 0 && count < MaxNameWords)
            {
                var wordStart = cursor;
                while (wordStart > 0 && text[wordStart - 1] != ' ' && !IsOpening(text[wordStart - 1]))
                {
                    wordStart--;
                }

                var word = text[wordStart..cursor];
                if (word.Length == 0 || (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !(count > 0 && word.SequenceEqual("of"))) || word[^1] is ',' or ';' or ':')
                {
                    break;
                }

                starts[count++] = wordStart;
                if (wordStart < 2 || text[wordStart - 1] != ' ' || text[wordStart - 2] is '.' or ',' or ':' or ';' or '-' or '–' or '—')
                {
                    break;
                }

                cursor = wordStart - 1;
            }

            // Longest name first, skipping words that describe the source rather than name it ("Earlier", "Russian").
            for (var n = count; n > 0; n--)
            {
                var start = starts[n - 1];
                var wordEnd = WordEnd(text, start);
                if (n > 1 && LeaderLookup.Contains(text[start..wordEnd]))
                {
                    continue;
                }

                if (TryQualify(text[start..TrimName(text, start, end)], out var name))
                {
                    Add(found, start, name, own);
                    break;
                }
            }
        }
    }

    private bool TryQualify(ReadOnlySpan<char> name, out string canonical) =>
        OutletNames.LooksLikeOutlet(name, organisations, out canonical);

    private static int TrimName(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || IsClosing(text[end - 1]) || text[end - 1] is '.' or ',' or ':' or ';' or '\''))
        {
            end--;
        }

        if (end - start > 2 && text[(end - 2)..end].SequenceEqual("'s"))
        {
            end -= 2;
        }

        return end;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] != ' ' && !IsClosing(text[at]) && text[at] is not (',' or ';' or ':'))
        {
            if (text[at] == '.' && (at + 1 >= text.Length || !char.IsLetter(text[at + 1])))
            {
                break;
            }

            at++;
        }

        return at;
    }

    private static int SkipQuotes(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && IsOpening(text[at]))
        {
            at++;
        }

        return at;
    }

    private static bool IsOpening(char c) => c is '"' or '«' or '“' or '„' or '\'' or '(' or '‘';

    private static bool IsClosing(char c) => c is '"' or '»' or '”' or '\'' or ')' or '’' or '“';

    private static bool IsBoundary(ReadOnlySpan<char> text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
