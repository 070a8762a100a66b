using System.Collections.Frozen;

namespace Parley.Analysis;

/// <summary>Collects phrases with integer payloads and builds an immutable <see cref="PhraseMatcher"/>; not thread-safe, build once.</summary>
/// <remarks>
/// Phrases are tokenized with <see cref="Tokenizer"/>. A phrase written with a leading "=" ("=US") matches
/// case-sensitively; all others ignore case. Adding the same phrase with several payloads keeps all of them,
/// and a match then yields one <see cref="PhraseMatch"/> per payload.
/// </remarks>
public sealed class PhraseMatcherBuilder
{
    private readonly Dictionary<PhraseMatcher.Edge, int> _edges = [];
    private readonly List<List<int>?> _payloads = [null, null];
    private readonly List<Token> _scratch = [];

    /// <summary>Number of (phrase, payload) pairs added so far, duplicates excluded.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="phrase"/> with <paramref name="payload"/>; a leading "=" makes the phrase case-sensitive.</summary>
    /// <exception cref="ArgumentException">The phrase has no tokens.</exception>
    public PhraseMatcherBuilder Add(string phrase, int payload)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var caseSensitive = phrase.StartsWith('=');
        var body = caseSensitive ? phrase.AsSpan(1) : phrase.AsSpan();
        _scratch.Clear();
        Tokenizer.Tokenize(body, 0, _scratch);
        if (_scratch.Count == 0)
        {
            throw new ArgumentException($"The phrase '{phrase}' has no tokens.", nameof(phrase));
        }

        var node = caseSensitive ? PhraseMatcher.SensitiveRoot : PhraseMatcher.InsensitiveRoot;
        foreach (var token in _scratch)
        {
            var key = new PhraseMatcher.Edge(node, TokenHash.Compute(body.Slice(token.Start, token.Length), token.Kind, caseSensitive));
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _payloads.Count;
                _payloads.Add(null);
                _edges.Add(key, child);
            }

            node = child;
        }

        var payloads = _payloads[node] ??= [];
        if (!payloads.Contains(payload))
        {
            payloads.Add(payload);
            Count++;
        }

        return this;
    }

    /// <summary>Freezes the phrases into a matcher that is safe to share between threads.</summary>
    public PhraseMatcher Build()
    {
        var starts = new int[_payloads.Count];
        var counts = new int[_payloads.Count];
        var flat = new int[Count];
        var next = 0;
        for (var node = 0; node < _payloads.Count; node++)
        {
            starts[node] = next;
            if (_payloads[node] is { } list)
            {
                counts[node] = list.Count;
                list.CopyTo(flat, next);
                next += list.Count;
            }
        }

        var hasSensitive = false;
        foreach (var edge in _edges.Keys)
        {
            hasSensitive |= edge.Node == PhraseMatcher.SensitiveRoot;
        }

        return new PhraseMatcher(_edges.ToFrozenDictionary(), starts, counts, flat, hasSensitive, Count);
    }
}
