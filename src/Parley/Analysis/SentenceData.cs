using System.Collections.Frozen;

namespace Parley.Analysis;

/// <summary>The word lists the <see cref="SentenceSplitter"/> consults; data, not code, so they can grow without touching the rules.</summary>
internal static class SentenceData
{
    /// <summary>Titles before a name: a period after one never ends a sentence ("Gen. Kellogg", "Mr. Witkoff").</summary>
    public static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Rev", "Fr", "Hon",
        "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt",
        "Gov", "Sen", "Sens", "Rep", "Reps", "Pres", "Amb", "Supt", "Insp",
        "St", "Ste", "Mt", "Ft");

    /// <summary>Other abbreviations: a period after one ends a sentence only when a typical sentence opener follows ("on Jan. 5", "No. 10").</summary>
    public static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.Ordinal,
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        "No", "Nos", "Vol", "Art", "Fig", "Para", "Sec", "Ch",
        "Inc", "Corp", "Co", "Ltd", "Plc", "Bros", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
        "Jr", "Sr", "etc", "vs", "approx", "est", "cf", "al", "ca");

    /// <summary>Words that typically open a sentence; after an abbreviation or acronym only these confirm a sentence end.</summary>
    public static readonly FrozenSet<string> SentenceOpeners = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "There", "This", "That", "These", "Those",
        "His", "Her", "Its", "Their", "Our", "My", "But", "And", "Yet", "So", "Or", "In", "On", "At", "By", "For",
        "From", "With", "After", "Before", "When", "While", "As", "If", "Although", "Though", "However",
        "Meanwhile", "Still", "Then", "Now", "Both", "Neither", "Some", "Many", "Most", "Such", "What", "Why",
        "How", "Who", "Where", "No", "Not", "Under", "Talks", "Officials");

    /// <summary>Verbs of saying: a capitalised name followed by one of these after a closing quote is the quote's attribution.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "said", "says", "told", "tells", "asked", "asks", "added", "adds", "replied", "insisted", "warned",
        "wrote", "writes", "noted", "stressed", "explained", "argued", "declared", "claimed", "continued",
        "posted", "tweeted", "recalled", "countered", "conceded", "acknowledged");

    /// <summary>Span lookup into <see cref="Titles"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="Abbreviations"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="SentenceOpeners"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup = SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Span lookup into <see cref="SpeechVerbs"/>.</summary>
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup = SpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
}
