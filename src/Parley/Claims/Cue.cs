namespace Parley.Claims;

/// <summary>What a matched phrase signals; packed with an index into one matcher payload.</summary>
internal enum CueKind
{
    /// <summary>A party's name, alias or demonym.</summary>
    Actor = 1,

    /// <summary>A person who speaks for a party.</summary>
    Person,

    /// <summary>A phrase naming an issue.</summary>
    Issue,

    /// <summary>A place name that signals an issue when no other issue phrase is near.</summary>
    Place,

    /// <summary>A phrase naming an issue's opposite.</summary>
    IssueAgainst,

    /// <summary>An act cue.</summary>
    Act,

    /// <summary>A negator.</summary>
    Negation,

    /// <summary>Unlikelihood.</summary>
    Unlikely,

    /// <summary>Willingness.</summary>
    Willing,

    /// <summary>A question that leaves the act open ("whether").</summary>
    Uncertain,

    /// <summary>A speech verb.</summary>
    Speech,

    /// <summary>A media-report cue.</summary>
    Report,

    /// <summary>An anonymous-source cue.</summary>
    Anonymous,

    /// <summary>A hedge.</summary>
    Hedge,

    /// <summary>A description of a person by office ("the diplomat"), resolved to a person before reading.</summary>
    Description,

    /// <summary>A phrase referring back to the last term named ("the idea"), resolved to an issue before reading.</summary>
    TermReference,

    /// <summary>A noun for a party's written position ("memorandum"), which speaks for its owner.</summary>
    Document,

    /// <summary>A phrase for the last two parties named ("both sides"), resolved to both before reading.</summary>
    Group,
}

/// <summary>Packs and unpacks matcher payloads: the cue kind in the high bits, an index below.</summary>
internal static class Cue
{
    private const int Shift = 20;

    public static int Pack(CueKind kind, int index) => ((int)kind << Shift) | index;

    public static CueKind Kind(int payload) => (CueKind)(payload >> Shift);

    public static int Index(int payload) => payload & ((1 << Shift) - 1);
}
