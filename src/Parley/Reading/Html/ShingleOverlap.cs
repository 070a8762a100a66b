namespace Parley.Reading.Html;

/// <summary>How much of one text's 4-word shingles another text shares, used to compare two extractions of a page.</summary>
public static class ShingleOverlap
{
    /// <summary>Shared shingles (with multiplicity) and each side's count.</summary>
    public readonly record struct Counts(int Shared, int Left, int Right)
    {
        /// <summary>Share of the left text's shingles found in the right text.</summary>
        public double LeftCovered => Left == 0 ? 0 : (double)Shared / Left;

        /// <summary>Share of the right text's shingles found in the left text.</summary>
        public double RightCovered => Right == 0 ? 0 : (double)Shared / Right;
    }

    /// <summary>Compares two texts by their 4-word shingles.</summary>
    public static Counts Compare(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var bag = Shingles(left);
        var leftCount = 0;
        foreach (var count in bag.Values)
        {
            leftCount += count;
        }

        var shared = 0;
        var rightCount = 0;
        foreach (var shingle in Enumerate(right))
        {
            rightCount++;
            if (bag.TryGetValue(shingle, out var count) && count > 0)
            {
                bag[shingle] = count - 1;
                shared++;
            }
        }

        return new Counts(shared, leftCount, rightCount);
    }

    private static Dictionary<long, int> Shingles(string text)
    {
        var bag = new Dictionary<long, int>();
        foreach (var shingle in Enumerate(text))
        {
            bag[shingle] = bag.GetValueOrDefault(shingle) + 1;
        }

        return bag;
    }

    private static List<long> Enumerate(string text)
    {
        var words = new List<int>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var word = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                words.Add(string.GetHashCode(text.AsSpan(start, i - start), StringComparison.Ordinal));
                start = -1;
            }
        }

        var shingles = new List<long>(Math.Max(0, words.Count - 3));
        for (var i = 0; i + 3 < words.Count; i++)
        {
            var hash = HashCode.Combine(words[i], words[i + 1], words[i + 2], words[i + 3]);
            shingles.Add(((long)hash << 32) ^ (uint)HashCode.Combine(words[i + 3], words[i + 2], words[i + 1], words[i]));
        }

        return shingles;
    }
}
