using System.Collections.Frozen;

namespace Parley.Analysis;

/// <summary>Finds registered phrases in tokenized text: leftmost-longest, non-overlapping, allocation-free per token; immutable and thread-safe.</summary>
/// <remarks>
/// Phrases live in a token trie whose edges are keyed by the 64-bit hash of the (case-folded) token, so matching hashes
/// each token span in place and never builds a string. Case-sensitive phrases ("=US") sit in a second trie walked
/// with exact-case hashes; at each position the longer match of the two wins. A possessive token ("'s") in the text is
/// skipped inside a phrase, so "Russia's demands" matches "Russia" and "Russia demands". Keys are not verified
/// against the phrase text; a 64-bit collision between two tokens is accepted as negligible.
/// Create one with <see cref="PhraseMatcherBuilder"/>.
/// </remarks>
public sealed class PhraseMatcher
{
    internal const int InsensitiveRoot = 0;
    internal const int SensitiveRoot = 1;

    private readonly FrozenDictionary<Edge, int> _edges;
    private readonly int[] _payloadStart;
    private readonly int[] _payloadCount;
    private readonly int[] _payloads;
    private readonly bool _hasSensitive;

    internal PhraseMatcher(FrozenDictionary<Edge, int> edges, int[] payloadStart, int[] payloadCount, int[] payloads, bool hasSensitive, int count)
    {
        _edges = edges;
        _payloadStart = payloadStart;
        _payloadCount = payloadCount;
        _payloads = payloads;
        _hasSensitive = hasSensitive;
        Count = count;
    }

    /// <summary>Number of (phrase, payload) pairs the matcher knows.</summary>
    public int Count { get; }

    /// <summary>Tokenizes <paramref name="text"/> and returns its matches; a convenience that allocates, for tests and tools.</summary>
    public List<PhraseMatch> Match(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, tokens);
        var matches = new List<PhraseMatch>();
        Match(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), matches);
        return matches;
    }

    /// <summary>Appends to <paramref name="into"/> the leftmost-longest, non-overlapping matches in <paramref name="tokens"/> of <paramref name="text"/>, one per payload.</summary>
    public void Match(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch> into)
    {
        ArgumentNullException.ThrowIfNull(text);
        Match(text.AsSpan(), tokens, into);
    }

    /// <summary>Appends to <paramref name="into"/> the leftmost-longest, non-overlapping matches in <paramref name="tokens"/>, whose offsets point into <paramref name="text"/>.</summary>
    public void Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<PhraseMatch> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        var start = 0;
        while (start < tokens.Length)
        {
            var insensitiveEnd = Walk(text, tokens, start, InsensitiveRoot, caseSensitive: false, out var insensitiveNode);
            var sensitiveEnd = -1;
            var sensitiveNode = -1;
            if (_hasSensitive)
            {
                sensitiveEnd = Walk(text, tokens, start, SensitiveRoot, caseSensitive: true, out sensitiveNode);
            }

            var end = Math.Max(insensitiveEnd, sensitiveEnd);
            if (end < 0)
            {
                start++;
                continue;
            }

            var span = new TextSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
            if (insensitiveEnd == end)
            {
                Emit(insensitiveNode, start, end, span, into, except: -1);
            }

            if (sensitiveEnd == end)
            {
                Emit(sensitiveNode, start, end, span, into, except: insensitiveEnd == end ? insensitiveNode : -1);
            }

            start = end;
        }
    }

    private int Walk(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int root, bool caseSensitive, out int bestNode)
    {
        var node = root;
        var bestEnd = -1;
        bestNode = -1;
        for (var i = start; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var key = new Edge(node, TokenHash.Compute(text.Slice(token.Start, token.Length), token.Kind, caseSensitive));
            if (_edges.TryGetValue(key, out var child))
            {
                node = child;
                if (_payloadCount[node] > 0)
                {
                    bestEnd = i + 1;
                    bestNode = node;
                }

                continue;
            }

            if (token.Kind == TokenKind.Possessive && i > start)
            {
                continue;
            }

            break;
        }

        return bestEnd;
    }

    private void Emit(int node, int start, int end, TextSpan span, List<PhraseMatch> into, int except)
    {
        var first = _payloadStart[node];
        for (var p = first; p < first + _payloadCount[node]; p++)
        {
            var payload = _payloads[p];
            if (except >= 0 && Array.IndexOf(_payloads, payload, _payloadStart[except], _payloadCount[except]) >= 0)
            {
                continue;
            }

            into.Add(new PhraseMatch(start, end - start, payload, span));
        }
    }

    /// <summary>A trie edge: the parent node and the hash of the token that leads out of it.</summary>
    internal readonly record struct Edge(int Node, ulong Hash);
}
