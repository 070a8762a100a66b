namespace Parley.Reading.Citations;

/// <summary>Finds the news organisations an article names, other than its own outlet.</summary>
public sealed class CitationFinder(NewsOrganisations organisations)
{
    /// <summary>The canonical names of the organisations named in the text, in order of first mention.</summary>
    public IReadOnlyList<string> Find(string text, string? outlet)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int At, string Name)>();
        var taken = new bool[text.Length];
        foreach (var alias in organisations.Aliases)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(alias, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                from = at + alias.Length;
                if (!IsBoundary(text, at - 1) || !IsBoundary(text, at + alias.Length) || taken[at])
                {
                    continue;
                }

                Array.Fill(taken, true, at, alias.Length);
                var name = organisations.Canonical(alias)!;
                if (outlet is null || !string.Equals(name, organisations.Canonical(outlet) ?? outlet, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add((at, name));
                }
            }
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

    private static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
