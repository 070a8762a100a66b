namespace Parley.Analysis;

/// <summary>One phrase found in a token sequence: where it is and the payload it was registered with.</summary>
/// <param name="FirstToken">Index of the first matched token.</param>
/// <param name="TokenCount">Number of tokens covered, including any possessive endings skipped inside the phrase.</param>
/// <param name="Payload">The payload given to <see cref="PhraseMatcherBuilder.Add"/>.</param>
/// <param name="Span">Characters covered, from the first token's start to the last token's end.</param>
public readonly record struct PhraseMatch(int FirstToken, int TokenCount, int Payload, TextSpan Span);
