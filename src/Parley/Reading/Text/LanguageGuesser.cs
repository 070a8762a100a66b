using System.Collections.Frozen;

namespace Parley.Reading.Text;

/// <summary>Guesses an article's language from its most frequent function words, without allocating per token.</summary>
public static class LanguageGuesser
{
    private static readonly (string Code, string Words)[] Profiles =
    [
        ("en", "the of and to in a is that for on with as was by said it from at are has"),
        ("ru", "и в не на что с по как это он из за к о от для но его она то же бы был"),
        ("uk", "і в не на що з та як це він із за до про від для але його вона є й"),
        ("bg", "и в на не за да се от че с е са по което като това му си ще"),
        ("de", "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als"),
        ("fr", "le la les de des et en un une du est que pour dans qui sur pas par au"),
        ("es", "el la de que y en los del se las por un para con una su al es lo"),
        ("it", "il di che la e per un in una del della non è sono le con si da"),
        ("pl", "i w na nie się z do że to jest o jak po od za przez jego"),
        ("tr", "ve bir bu da de için ile olarak çok daha gibi olan en ama ne"),
        ("pt", "o de que e do da em um para com não uma os no se na por mais as dos"),
        ("nl", "de het een en van in is dat op te zijn met voor niet aan er"),
    ];

    /// <summary>Every function word mapped to the bit set of the profiles that list it: one hash lookup per word.</summary>
    private static readonly FrozenDictionary<string, ushort> ProfilesByWord = BuildIndex();

    private static readonly FrozenDictionary<string, ushort>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        ProfilesByWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, ushort> BuildIndex()
    {
        var index = new Dictionary<string, ushort>(StringComparer.OrdinalIgnoreCase);
        for (var p = 0; p < Profiles.Length; p++)
        {
            foreach (var word in Profiles[p].Words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                index[word] = (ushort)(index.GetValueOrDefault(word) | (1 << p));
            }
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Returns a two-letter code, or null when the text is too short or matches no profile well.</summary>
    public static string? Guess(ReadOnlySpan<char> text)
    {
        Span<int> scores = stackalloc int[Profiles.Length];
        var words = 0;
        var i = 0;
        while (i < text.Length && words < 600)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            words++;
            var word = text[start..i];
            if (word.Length > 6)
            {
                continue;
            }

            if (Lookup.TryGetValue(word, out var profiles))
            {
                for (var p = 0; p < Profiles.Length; p++)
                {
                    if ((profiles & (1 << p)) != 0)
                    {
                        scores[p]++;
                    }
                }
            }
        }

        if (words < 8)
        {
            return null;
        }

        var best = -1;
        for (var p = 0; p < Profiles.Length; p++)
        {
            if (best < 0 || scores[p] > scores[best])
            {
                best = p;
            }
        }

        return scores[best] * 20 >= words ? Profiles[best].Code : null;
    }
}
