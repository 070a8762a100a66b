using System.Collections.Frozen;

namespace Parley.Reading.Citations;

/// <summary>A gazetteer of news organisations: every alias mapped to its canonical name, loaded once.</summary>
public sealed class NewsOrganisations
{
    private readonly FrozenDictionary<string, string> _canonicalByAlias;

    /// <summary>Creates a gazetteer from alias lines (<c>Canonical|alias|alias</c>).</summary>
    public NewsOrganisations(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                map.TryAdd(name, names[0]);
            }
        }

        _canonicalByAlias = map.ToFrozenDictionary(StringComparer.Ordinal);
        _canonicalLookup = _canonicalByAlias.GetAlternateLookup<ReadOnlySpan<char>>();
        Aliases = [.. map.Keys.OrderByDescending(k => k.Length)];
        var byFirstWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var alias in Aliases)
        {
            var first = alias[..FirstWordLength(alias)];
            if (first.Length == 0)
            {
                continue;
            }

            if (!byFirstWord.TryGetValue(first, out var list))
            {
                byFirstWord[first] = list = [];
            }

            list.Add(alias);
        }

        _aliasesByFirstWord = byFirstWord.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _firstWordLookup = _aliasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _canonicalLookup;
    private readonly FrozenDictionary<string, string[]> _aliasesByFirstWord;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _firstWordLookup;

    /// <summary>The gazetteer shipped with Parley.</summary>
    public static NewsOrganisations Default { get; } = LoadDefault();

    /// <summary>Every alias, longest first.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The canonical name for an alias, or null.</summary>
    public string? Canonical(string alias) => _canonicalByAlias.GetValueOrDefault(alias);

    /// <summary>The canonical name for an alias given as a span, without allocating.</summary>
    public bool TryCanonical(ReadOnlySpan<char> alias, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? canonical) =>
        _canonicalLookup.TryGetValue(alias, out canonical);

    /// <summary>The longest alias that starts exactly at <paramref name="at"/> and ends on a word boundary: its canonical name and length.</summary>
    public bool TryMatchAt(ReadOnlySpan<char> text, int at, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? canonical, out int length)
    {
        canonical = null;
        length = 0;
        var rest = text[at..];
        var firstWord = rest[..FirstWordLength(rest)];
        if (firstWord.Length == 0 || !_firstWordLookup.TryGetValue(firstWord, out var candidates))
        {
            return false;
        }

        foreach (var alias in candidates)
        {
            if (rest.StartsWith(alias, StringComparison.Ordinal) && (rest.Length == alias.Length || !char.IsLetterOrDigit(rest[alias.Length])))
            {
                canonical = _canonicalByAlias[alias];
                length = alias.Length;
                return true;
            }
        }

        return false;
    }

    private static int FirstWordLength(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsLetterOrDigit(text[n]))
        {
            n++;
        }

        return n;
    }

    private static NewsOrganisations LoadDefault()
    {
        using var stream = typeof(NewsOrganisations).Assembly.GetManifestResourceStream("Parley.Reading.Citations.news-organisations.txt")
            ?? throw new InvalidOperationException("the news organisation list is missing from the assembly");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return new NewsOrganisations(lines);
    }
}
