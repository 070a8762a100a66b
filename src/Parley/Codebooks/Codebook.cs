namespace Parley.Codebooks;

/// <summary>A negotiation's codebook: its parties, the terms at stake and the cue words that signal acts, modality and attribution. Data, not code.</summary>
/// <param name="Name">The codebook's identifier (e.g. <c>russia-ukraine-2025</c>).</param>
/// <param name="Title">A human title.</param>
/// <param name="Actors">The parties, with the names, aliases and persons that speak for them.</param>
/// <param name="Issues">The terms of a settlement, with their propositions and cues.</param>
/// <param name="Acts">Cue phrases for each act.</param>
/// <param name="Modality">Negation, unlikelihood and willingness cues.</param>
/// <param name="Attribution">Speech, report, anonymous-source and hedge cues.</param>
/// <param name="Source">Where the codebook was loaded from.</param>
/// <param name="References">Descriptions of persons ("the diplomat") and phrases that refer back to a term ("the idea").</param>
public sealed record Codebook(
    string Name,
    string Title,
    IReadOnlyList<ActorEntry> Actors,
    IReadOnlyList<IssueEntry> Issues,
    IReadOnlyDictionary<ClaimAct, IReadOnlyList<string>> Acts,
    ModalityCues Modality,
    AttributionCues Attribution,
    string Source,
    ReferenceCues References)
{
    /// <summary>The codebook for the 2025 US–Russia–Ukraine talks, shipped with Parley.</summary>
    public static Codebook Default => DefaultCodebook.Value;

    private static readonly Lazy<Codebook> DefaultCodebook = new(() =>
    {
        using var stream = typeof(Codebook).Assembly.GetManifestResourceStream("Parley.Codebooks.russia-ukraine.yaml")
            ?? throw new InvalidOperationException("the default codebook is missing from the assembly");
        using var reader = new StreamReader(stream);
        return CodebookLoader.Load(reader, "russia-ukraine.yaml (built in)");
    });
}

/// <summary>A party to the negotiation.</summary>
/// <param name="Id">Its identifier (ISO 3166 alpha-2 for states, or a bloc or body such as NATO).</param>
/// <param name="Name">Its name.</param>
/// <param name="Aliases">Other ways the text names it (capitals, institutions); a leading <c>=</c> makes a match case-sensitive.</param>
/// <param name="Demonyms">Adjectives that name it ("Russian").</param>
/// <param name="Persons">People who speak for it.</param>
public sealed record ActorEntry(string Id, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms, IReadOnlyList<PersonEntry> Persons);

/// <summary>A person who speaks for a party.</summary>
/// <param name="Name">The full name.</param>
/// <param name="Aliases">Short forms (usually the surname).</param>
/// <param name="Role">The office held.</param>
public sealed record PersonEntry(string Name, IReadOnlyList<string> Aliases, string? Role);

/// <summary>A term of a settlement.</summary>
/// <param name="Id">Its identifier.</param>
/// <param name="Proposition">What "for" means.</param>
/// <param name="Cues">Phrases that name the term.</param>
/// <param name="AgainstCues">Phrases that name the term's opposite ("neutral status" for NATO membership).</param>
/// <param name="Places">Place names that signal the term.</param>
public sealed record IssueEntry(string Id, string Proposition, IReadOnlyList<string> Cues, IReadOnlyList<string> AgainstCues, IReadOnlyList<string> Places);

/// <summary>What a party does with a term.</summary>
public enum ClaimAct
{
    /// <summary>Insists on it.</summary>
    Demand,

    /// <summary>Puts it forward.</summary>
    Propose,

    /// <summary>Agrees to it.</summary>
    Accept,

    /// <summary>Turns it down.</summary>
    Reject,
}

/// <summary>Cues that change what an act means.</summary>
/// <param name="Negation">Negators ("not", "never").</param>
/// <param name="Unlikely">Unlikelihood ("unlikely to").</param>
/// <param name="Willing">Willingness ("ready to").</param>
/// <param name="Uncertain">Questions that leave an act open ("whether", "it is unknown whether").</param>
public sealed record ModalityCues(IReadOnlyList<string> Negation, IReadOnlyList<string> Unlikely, IReadOnlyList<string> Willing, IReadOnlyList<string> Uncertain);

/// <summary>Cues that tell how a claim reached the page.</summary>
/// <param name="Speech">Speech verbs ("said", "told").</param>
/// <param name="Report">Report cues ("according to", "citing").</param>
/// <param name="Anonymous">Anonymous-source cues ("informed sources").</param>
/// <param name="Hedges">Cues that leave a claim unconfirmed ("no direct confirmation").</param>
public sealed record AttributionCues(IReadOnlyList<string> Speech, IReadOnlyList<string> Report, IReadOnlyList<string> Anonymous, IReadOnlyList<string> Hedges);

/// <summary>Phrases that refer back to something named earlier in the article.</summary>
/// <param name="Descriptions">Descriptions of persons ("the diplomat"), resolved to the last person named whose role fits.</param>
/// <param name="Terms">Phrases that refer back to the last term named ("the idea", "the proposal").</param>
/// <param name="Documents">Nouns for a party's written position ("memorandum", "draft"): once owned ("Russia's memorandum"), "the memorandum" speaks for its owner.</param>
/// <param name="Groups">Phrases for the last two parties named together ("both sides", "the two presidents").</param>
public sealed record ReferenceCues(IReadOnlyList<DescriptionEntry> Descriptions, IReadOnlyList<string> Terms, IReadOnlyList<string> Documents, IReadOnlyList<string> Groups)
{
    /// <summary>No reference cues.</summary>
    public static ReferenceCues None { get; } = new([], [], [], []);
}

/// <summary>A description of a person by office: "the diplomat" fits a foreign minister, a secretary of state, an envoy.</summary>
/// <param name="Phrases">The descriptions ("the diplomat", "the top diplomat").</param>
/// <param name="Roles">Words of the roles they fit, matched as whole words of a person's role ("foreign minister").</param>
public sealed record DescriptionEntry(IReadOnlyList<string> Phrases, IReadOnlyList<string> Roles);
