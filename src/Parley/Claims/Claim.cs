using Parley.Codebooks;

namespace Parley.Claims;

/// <summary>A party's position on a term, with the sentence that says so and how it reached the page.</summary>
/// <param name="Doc">The document it was read from (as in <c>parley read</c>).</param>
/// <param name="Actor">The party's codebook id (RU, UA, US...).</param>
/// <param name="Act">What the party does with the term.</param>
/// <param name="Issue">The term's codebook id.</param>
/// <param name="Stance">For or against the issue's proposition, as the party wants it.</param>
/// <param name="Speaker">The person who voiced it, when named.</param>
/// <param name="Evidence">The sentence that carries it.</param>
/// <param name="Start">The evidence's first character offset in the article text.</param>
/// <param name="End">The offset just past the evidence.</param>
/// <param name="Attribution">How it is sourced.</param>
/// <param name="Hedged">True when the article says it is unconfirmed.</param>
public sealed record Claim(
    string Doc,
    string Actor,
    ClaimAct Act,
    string Issue,
    Stance Stance,
    string? Speaker,
    string Evidence,
    int Start,
    int End,
    Attribution Attribution,
    bool Hedged);

/// <summary>For or against an issue's proposition.</summary>
public enum Stance
{
    /// <summary>The party wants the proposition.</summary>
    For,

    /// <summary>The party wants its opposite.</summary>
    Against,
}

/// <summary>How a claim is sourced: its kind and the chain of organisations it came through (["UNN", "Bloomberg"]).</summary>
/// <param name="Kind">On the record, a named source, anonymous, a media report, or unconfirmed.</param>
/// <param name="Via">The organisations, outermost first.</param>
public sealed record Attribution(AttributionKind Kind, IReadOnlyList<string> Via);

/// <summary>The kinds of attribution.</summary>
public enum AttributionKind
{
    /// <summary>Said on the record by the party or its official.</summary>
    OnRecord,

    /// <summary>From a named source who is not the party's official voice.</summary>
    NamedSource,

    /// <summary>From anonymous sources.</summary>
    Anonymous,

    /// <summary>Relayed by a media report.</summary>
    Report,

    /// <summary>Explicitly unconfirmed.</summary>
    Unconfirmed,
}
