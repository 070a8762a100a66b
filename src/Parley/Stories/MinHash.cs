using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parley.Stories;

/// <summary>MinHash signatures over word shingles, for finding syndicated near-duplicates (one wire story retold by several outlets).</summary>
public static class MinHash
{
    /// <summary>Hash functions per signature.</summary>
    public const int Size = 64;

    /// <summary>Words per shingle.</summary>
    public const int ShingleWords = 5;

    /// <summary>LSH bands; <see cref="Size"/> / <see cref="Bands"/> rows each. 16 bands of 4 rows find pairs of Jaccard 0.5 with probability ~0.65 and 0.7 with ~0.98.</summary>
    public const int Bands = 16;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>Computes the signature of a text; lower-cased words, punctuation ignored. Null when the text is shorter than one shingle.</summary>
    public static uint[]? Signature(ReadOnlySpan<char> text)
    {
        Span<ulong> window = stackalloc ulong[ShingleWords];
        Span<ulong> minima = stackalloc ulong[Size];
        minima.Fill(ulong.MaxValue);
        Span<char> lower = stackalloc char[64];
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            var word = text[start..Math.Min(i, start + lower.Length)];
            var n = word.ToLowerInvariant(lower);
            window[words % ShingleWords] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(lower[..n]));
            words++;
            if (words < ShingleWords)
            {
                continue;
            }

            var shingle = 0UL;
            for (var k = 0; k < ShingleWords; k++)
            {
                shingle = (shingle * 0x9E3779B97F4A7C15UL) ^ window[(words + k) % ShingleWords];
            }

            // Multiply-shift hashing (a universal family): one multiply per hash function, four at a time.
            var mixed = Vector256.Create(Mix(shingle));
            for (var h = 0; h < Size; h += Vector256<ulong>.Count)
            {
                var value = Vector256.ShiftRightLogical(Vector256.LoadUnsafe(ref Seeds[h]) * mixed, 32);
                Vector256.Min(value, Vector256.Create<ulong>(minima[h..])).CopyTo(minima[h..]);
            }
        }

        if (words < ShingleWords)
        {
            return null;
        }

        var signature = new uint[Size];
        for (var h = 0; h < Size; h++)
        {
            signature[h] = (uint)minima[h];
        }

        return signature;
    }

    /// <summary>The estimated Jaccard similarity of two signatures.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return same / (double)Size;
    }

    /// <summary>One hash per LSH band: signatures that share any band hash are candidate near-duplicates.</summary>
    public static long[] BandHashes(ReadOnlySpan<uint> signature)
    {
        const int rows = Size / Bands;
        var hashes = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var band = signature.Slice(b * rows, rows);
            hashes[b] = (long)(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(band), b) & 0x7FFF_FFFF_FFFF_FFFFUL);
        }

        return hashes;
    }

    /// <summary>Packs a signature into bytes for storage.</summary>
    public static byte[] ToBytes(uint[] signature) => MemoryMarshal.AsBytes(signature.AsSpan()).ToArray();

    /// <summary>Unpacks a stored signature.</summary>
    public static uint[] FromBytes(byte[] bytes) => MemoryMarshal.Cast<byte, uint>(bytes).ToArray();

    private static ulong Mix(ulong x)
    {
        // SplitMix64 finaliser: a cheap, well-distributed permutation.
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state) | 1UL;
        }

        return seeds;
    }
}
