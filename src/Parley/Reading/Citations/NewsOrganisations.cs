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
        Aliases = [.. map.Keys.OrderByDescending(k => k.Length)];
    }

    /// <summary>The gazetteer shipped with Parley.</summary>
    public static NewsOrganisations Default { get; } = LoadDefault();

    /// <summary>Every alias, longest first.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The canonical name for an alias, or null.</summary>
    public string? Canonical(string alias) => _canonicalByAlias.GetValueOrDefault(alias);

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
