using System.Runtime.InteropServices;
using Parley.Analysis;
using Parley.Codebooks;
using Parley.Reading;
using Parley.Reading.Citations;

namespace Parley.Claims;

/// <summary>
/// Extracts claims from an article with rules drawn from a codebook and from general patterns of news language: the
/// party is the subject of the act cue (the first party named before it, or in a reported clause, the first after the
/// speech verb), pronouns fall back to the last party named, modality turns acts around, lists under a lead-in inherit
/// its party and act. Immutable and thread-safe; build once per codebook.
/// </summary>
public sealed class ClaimExtractor
{
    private static readonly Lazy<ClaimExtractor> DefaultExtractor = new(() => Create(Codebook.Default));

    private readonly Codebook _codebook;
    private readonly PhraseMatcher _matcher;
    private readonly (string Name, string Actor, string Role)[] _persons;
    private static readonly string[] Pronouns = ["he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "our", "my"];

    private readonly Description[] _descriptions;
    private readonly CitationFinder _citations = new(NewsOrganisations.Default);

    private ClaimExtractor(Codebook codebook, PhraseMatcher matcher, (string Name, string Actor, string Role)[] persons, Description[] descriptions)
    {
        _codebook = codebook;
        _matcher = matcher;
        _persons = persons;
        _descriptions = descriptions;
    }

    /// <summary>The extractor for the built-in codebook.</summary>
    public static ClaimExtractor Default => DefaultExtractor.Value;

    /// <summary>Builds the extractor for a codebook: every name and cue goes into one phrase matcher.</summary>
    public static ClaimExtractor Create(Codebook codebook)
    {
        ArgumentNullException.ThrowIfNull(codebook);
        var builder = new PhraseMatcherBuilder();
        var persons = new List<(string Name, string Actor, string Role)>();
        for (var a = 0; a < codebook.Actors.Count; a++)
        {
            var actor = codebook.Actors[a];
            foreach (var name in actor.Aliases.Concat(actor.Demonyms).Append(actor.Name))
            {
                builder.Add(name, Cue.Pack(CueKind.Actor, a));
            }

            foreach (var person in actor.Persons)
            {
                var index = persons.Count;
                persons.Add((person.Name, actor.Id, person.Role ?? string.Empty));
                foreach (var name in person.Aliases.Append(person.Name))
                {
                    builder.Add(name, Cue.Pack(CueKind.Person, index));
                }
            }
        }

        for (var i = 0; i < codebook.Issues.Count; i++)
        {
            var issue = codebook.Issues[i];
            foreach (var cue in issue.Cues)
            {
                builder.Add(cue, Cue.Pack(CueKind.Issue, i));
            }

            foreach (var place in issue.Places)
            {
                builder.Add(place, Cue.Pack(CueKind.Place, i));
            }

            foreach (var cue in issue.AgainstCues)
            {
                builder.Add(cue, Cue.Pack(CueKind.IssueAgainst, i));
            }
        }

        foreach (var (act, cues) in codebook.Acts)
        {
            foreach (var cue in cues)
            {
                builder.Add(cue, Cue.Pack(CueKind.Act, (int)act));
            }
        }

        AddAll(builder, codebook.Modality.Negation, CueKind.Negation);
        AddAll(builder, codebook.Modality.Unlikely, CueKind.Unlikely);
        AddAll(builder, codebook.Modality.Willing, CueKind.Willing);
        AddAll(builder, codebook.Modality.Uncertain, CueKind.Uncertain);
        AddAll(builder, codebook.Attribution.Speech, CueKind.Speech);
        AddAll(builder, codebook.Attribution.Report, CueKind.Report);
        AddAll(builder, codebook.Attribution.Anonymous, CueKind.Anonymous);
        AddAll(builder, codebook.Attribution.Hedges, CueKind.Hedge);
        var descriptions = AddDescriptions(builder, codebook.References, persons);
        AddTermReferences(builder, codebook);
        AddAll(builder, codebook.References.Documents, CueKind.Document);
        AddAll(builder, codebook.References.Groups, CueKind.Group);
        return new ClaimExtractor(codebook, builder.Build(), [.. persons], descriptions);
    }

    /// <summary>
    /// Descriptions of persons: the codebook's ("the diplomat" fits any role with "foreign minister" or "envoy") and, for
    /// every role of two words or more, "the" + the role itself ("the Kremlin spokesman").
    /// </summary>
    private static Description[] AddDescriptions(PhraseMatcherBuilder builder, ReferenceCues references, List<(string Name, string Actor, string Role)> persons)
    {
        var descriptions = new List<Description>();
        void Add(IEnumerable<string> phrases, string[] roles, bool exact)
        {
            var fitting = new List<int>();
            for (var p = 0; p < persons.Count; p++)
            {
                if (Fits(persons[p].Role, roles, exact))
                {
                    fitting.Add(p);
                }
            }

            var index = descriptions.Count;
            descriptions.Add(new Description(roles, exact, fitting.Count == 1 ? fitting[0] : -1));
            foreach (var phrase in phrases)
            {
                builder.Add(phrase, Cue.Pack(CueKind.Description, index));
            }
        }

        foreach (var entry in references.Descriptions)
        {
            Add(entry.Phrases, [.. entry.Roles], exact: false);
        }

        var roles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in persons)
        {
            if (person.Role.Contains(' ', StringComparison.Ordinal) && roles.Add(person.Role))
            {
                Add(["the " + person.Role], [person.Role], exact: true);
            }
        }

        return [.. descriptions];
    }

    /// <summary>"the idea", "the proposal": phrases that refer back to the last term; one that is also an act cue keeps that reading for when it refers to nothing.</summary>
    private static void AddTermReferences(PhraseMatcherBuilder builder, Codebook codebook)
    {
        foreach (var phrase in codebook.References.Terms)
        {
            builder.Add(phrase, Cue.Pack(CueKind.TermReference, 0));
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            var head = space < 0 ? phrase : phrase[(space + 1)..];
            foreach (var (act, cues) in codebook.Acts)
            {
                foreach (var cue in cues)
                {
                    if (string.Equals(cue, head, StringComparison.OrdinalIgnoreCase))
                    {
                        builder.Add(phrase, Cue.Pack(CueKind.Act, (int)act));
                    }
                }
            }
        }
    }

    /// <summary>True when a person's role fits the description: equal to one of its roles, or (not exact) containing one as whole words.</summary>
    private static bool Fits(string role, string[] roles, bool exact)
    {
        foreach (var wanted in roles)
        {
            if (exact)
            {
                if (string.Equals(role, wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                continue;
            }

            var at = role.IndexOf(wanted, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var end = at + wanted.Length;
                if ((at == 0 || !char.IsLetter(role[at - 1])) && (end == role.Length || !char.IsLetter(role[end])))
                {
                    return true;
                }

                at = role.IndexOf(wanted, at + 1, StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static void AddAll(PhraseMatcherBuilder builder, IReadOnlyList<string> cues, CueKind kind)
    {
        foreach (var cue in cues)
        {
            builder.Add(cue, Cue.Pack(kind, 0));
        }
    }

    /// <summary>Every distinct (actor, act, issue, stance) claim in the article, each with its first evidence sentence.</summary>
    public IReadOnlyList<Claim> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var tokens = new List<Token>(text.Length / 5);
        Tokenizer.Tokenize(text, 0, tokens);
        var matches = new List<PhraseMatch>();
        _matcher.Match(text, CollectionsMarshal.AsSpan(tokens), matches);
        var sentences = SentenceSplitter.Split(text);

        var claims = new List<Claim>();
        var seen = new HashSet<(string, ClaimAct, string, Stance)>();
        var state = new ReadingState();
        var m = 0;
        var inSentence = new List<PhraseMatch>();
        foreach (var sentence in sentences)
        {
            inSentence.Clear();
            while (m < matches.Count && matches[m].Span.Start < sentence.Start)
            {
                m++;
            }

            while (m < matches.Count && matches[m].Span.Start < sentence.End)
            {
                inSentence.Add(matches[m++]);
            }

            Resolve(text, inSentence, state);
            ReadSentence(article, sentence, inSentence, state, claims, seen);
            RememberIssues(inSentence, state);
        }

        return claims;
    }

    private void ReadSentence(Article article, TextSpan sentence, List<PhraseMatch> cues, ReadingState state, List<Claim> claims, HashSet<(string, ClaimAct, string, Stance)> seen)
    {
        var text = article.Text;
        var span = sentence.Slice(text);
        var bullet = IsBulleted(text, sentence.Start);
        if (!bullet)
        {
            state.LeadIn = null;
        }

        var lastActor = state.LastActor;
        var lastSpeaker = state.LastSpeaker;
        RememberLastActor(cues, state);

        // "Previous Russian conditions have included:" opens a list whose items inherit the party and the act.
        if (span.TrimEnd().EndsWith(':'))
        {
            var leadAct = FirstAct(cues, 0, cues.Count, out _, out _);
            var leadParty = FirstParty(cues, 0, cues.Count);
            if (leadParty is { } party && (leadAct is not null || HasWord(span, "condition") || HasWord(span, "demand") || state.DocumentNamed))
            {
                // "Russia's conditions have included:" is a list of demands; "The US draft proposes:" and "Under the draft:"
                // lists of proposals.
                state.LeadIn = new LeadIn(party.Actor, HasWord(span, "condition") || HasWord(span, "demand") ? ClaimAct.Demand : leadAct ?? ClaimAct.Propose);
                return;
            }
        }

        // A place signals its issue only in a sentence that names no issue outright ("withdraw from the Donetsk region" is a withdrawal, not recognition).
        var placesCount = true;
        foreach (var cue in cues)
        {
            if (Cue.Kind(cue.Payload) is CueKind.Issue or CueKind.IssueAgainst)
            {
                placesCount = false;
                break;
            }
        }

        Attribution? attribution = null;
        var negatedEnd = -1;
        string? evidence = null;
        var hedged = false;
        for (var i = 0; i < cues.Count; i++)
        {
            var kind = Cue.Kind(cues[i].Payload);
            if (kind is not (CueKind.Issue or CueKind.IssueAgainst) && !(kind == CueKind.Place && placesCount))
            {
                continue;
            }

            var issue = _codebook.Issues[Cue.Index(cues[i].Payload)].Id;
            foreach (var found in (ReadOnlySpan<IssueReading?>)[OwnedActNoun(cues, i, text), PassiveAgent(cues, i, text), ReadIssue(cues, i, bullet ? state.LeadIn : null, lastActor, lastSpeaker, state.LastGroup, text, sentence.Start)])
            {
                if (found is not { } reading)
                {
                    continue;
                }

                // A negator reaches over a coordination: "an end to arms supplies and intelligence sharing".
                var negated = NegatedBefore(cues, cues[i].Span.Start, reading.ActAt)
                    || (negatedEnd >= 0 && Coordinated(text, negatedEnd, cues[i].Span.Start));
                if (negated)
                {
                    negatedEnd = cues[i].Span.End;
                }

                var against = (kind == CueKind.IssueAgainst || negated) ^ reading.Inverted;
                var stance = reading.Act == ClaimAct.Reject ? (against ? Stance.For : Stance.Against) : (against ? Stance.Against : Stance.For);
                attribution ??= Attribute(article, span, cues, reading.Speaker, out hedged);
                state.LastGroup = reading.Actors;
                foreach (var actor in reading.Actors)
                {
                    if (seen.Add((actor, reading.Act, issue, stance)))
                    {
                        evidence ??= span.ToString();
                        claims.Add(new Claim(article.Doc, actor, reading.Act, issue, stance, reading.Speaker, evidence, sentence.Start, sentence.End, attribution, hedged));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Turns references into what they refer to before the sentence is read: a description ("the diplomat") becomes the
    /// last person named whose role fits it (or the only person in the codebook who fits); a term reference ("the idea")
    /// becomes the terms of the last sentence that named any, when it was this one's predecessor and this sentence names none.
    /// Unresolved references are dropped.
    /// </summary>
    private void Resolve(string text, List<PhraseMatch> cues, ReadingState state)
    {
        state.DocumentNamed = false;
        var namesIssue = false;
        foreach (var cue in cues)
        {
            namesIssue |= Cue.Kind(cue.Payload) is CueKind.Issue or CueKind.IssueAgainst;
        }

        for (var k = 0; k < cues.Count; k++)
        {
            var cue = cues[k];
            switch (Cue.Kind(cue.Payload))
            {
                case CueKind.Person:
                    state.Remember(Cue.Index(cue.Payload));
                    state.RememberParty(cue, Party(cue)!.Value.Actor);
                    break;
                case CueKind.Actor:
                    state.RememberParty(cue, Party(cue)!.Value.Actor);
                    break;
                case CueKind.Group:
                    // "Both sides agreed to ...": the last two parties named, as coordinated subjects on the same words.
                    cues.RemoveAt(k);
                    if (state.RecentParties.Count >= 2)
                    {
                        cues.Insert(k, state.RecentParties[^2].Cue with { Span = cue.Span });
                        cues.Insert(k + 1, state.RecentParties[^1].Cue with { Span = cue.Span });
                        k++;
                    }
                    else
                    {
                        k--;
                    }

                    break;
                case CueKind.Description:
                    var person = ResolveDescription(_descriptions[Cue.Index(cue.Payload)], state);
                    if (person >= 0)
                    {
                        cues[k] = cue with { Payload = Cue.Pack(CueKind.Person, person) };
                        state.Remember(person);
                    }
                    else
                    {
                        cues.RemoveAt(k--);
                    }

                    break;
                case CueKind.TermReference:
                    if (namesIssue || state.LastIssues.Count == 0 || state.SentencesSinceIssue > 0)
                    {
                        cues.RemoveAt(k--);
                        break;
                    }

                    // The reference wins over the act reading of the same words ("rejected the plan").
                    var first = k;
                    while (first > 0 && cues[first - 1].Span == cue.Span)
                    {
                        first--;
                    }

                    var last = k;
                    while (last + 1 < cues.Count && cues[last + 1].Span == cue.Span)
                    {
                        last++;
                    }

                    cues.RemoveRange(first, last - first + 1);
                    foreach (var antecedent in state.LastIssues)
                    {
                        cues.Insert(first++, cue with { Payload = antecedent });
                    }

                    k = first - 1;
                    break;
                case CueKind.Document:
                    // "Russia's memorandum", "the US draft" give the document an owner; a bare "the memorandum" then speaks for it.
                    if (k > 0 && Party(cues[k - 1]) is not null && cue.Span.Start - cues[k - 1].Span.End <= 4)
                    {
                        state.DocumentOwner = cues[k - 1];
                        cues.RemoveAt(k--);
                    }
                    else if (IntroducesDocument(text, cue.Span.Start) && FirstPartyIndex(cues, 0, k) is var subject and >= 0)
                    {
                        // "The Russian delegation handed over a memorandum": a new document belongs to the sentence's subject.
                        state.DocumentOwner = cues[subject];
                        cues.RemoveAt(k--);
                    }
                    else if (IntroducesDocument(text, cue.Span.Start) && AgentAfter(cues, k, text) is var agent and >= 0)
                    {
                        // "A draft plan drawn up by US envoy Steve Witkoff": a new document belongs to its agent.
                        state.DocumentOwner = cues[agent];
                        cues.RemoveAt(k--);
                    }
                    else if (state.DocumentOwner is { } known && FirstPartyIndex(cues, 0, k) < 0)
                    {
                        // The owner stands where the document does, before any act read from the same words ("the plan").
                        var at = k;
                        while (at > 0 && cues[at - 1].Span == cue.Span)
                        {
                            at--;
                        }

                        cues.RemoveAt(k);
                        cues.Insert(at, known with { Span = cue.Span });
                        state.DocumentNamed = true;
                        k = Math.Max(k, at);
                    }
                    else
                    {
                        cues.RemoveAt(k--);
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The party introduced by "by" after a document noun, within the same clause ("drawn up by US envoy Steve Witkoff"), or -1.</summary>
    private int AgentAfter(List<PhraseMatch> cues, int document, string text)
    {
        for (var j = document + 1; j < cues.Count && cues[j].Span.Start - cues[document].Span.End <= 60; j++)
        {
            if (Party(cues[j]) is null)
            {
                continue;
            }

            var gap = text.AsSpan(cues[document].Span.End, cues[j].Span.Start - cues[document].Span.End);
            return !gap.ContainsAny(",;.") && (gap.EndsWith(" by ", StringComparison.OrdinalIgnoreCase) || gap.Contains(" by ", StringComparison.OrdinalIgnoreCase)) ? j : -1;
        }

        return -1;
    }

    /// <summary>True when the word before a document noun introduces a new one ("a memorandum", "its own draft").</summary>
    private static bool IntroducesDocument(string text, int at)
    {
        var end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return IsAny(text.AsSpan(start, end - start), "a", "an", "its", "their", "own", "new");
    }

    private int ResolveDescription(Description description, ReadingState state)
    {
        for (var r = state.RecentPersons.Count - 1; r >= 0; r--)
        {
            var person = state.RecentPersons[r];
            if (Fits(_persons[person].Role, description.Roles, description.Exact))
            {
                return person;
            }
        }

        return description.Sole;
    }

    /// <summary>Keeps the terms a sentence named (with their direction) for a reference in the next one.</summary>
    private static void RememberIssues(List<PhraseMatch> cues, ReadingState state)
    {
        var named = false;
        foreach (var cue in cues)
        {
            if (Cue.Kind(cue.Payload) is CueKind.Issue or CueKind.IssueAgainst)
            {
                if (!named)
                {
                    state.LastIssues.Clear();
                    named = true;
                }

                if (!state.LastIssues.Contains(cue.Payload))
                {
                    state.LastIssues.Add(cue.Payload);
                }
            }
        }

        state.SentencesSinceIssue = named ? 0 : state.SentencesSinceIssue + 1;
    }

    /// <summary>"the US proposal for a 30-day ceasefire", "Russia's demands for ...": a party attached to an act noun before the issue owns that act too.</summary>
    private IssueReading? OwnedActNoun(List<PhraseMatch> cues, int issue, string text)
    {
        var issueAt = cues[issue].Span.Start;
        for (var j = issue - 1; j >= 1 && issueAt - cues[j].Span.End <= 30; j--)
        {
            if (Cue.Kind(cues[j].Payload) == CueKind.Act && (ClaimAct)Cue.Index(cues[j].Payload) is ClaimAct.Propose or ClaimAct.Demand or ClaimAct.Reject
                && Party(cues[j - 1]) is { } owner && cues[j].Span.Start - cues[j - 1].Span.End <= 3
                && IsActNoun(text, cues[j - 1].Span.End, cues[j].Span))
            {
                return new IssueReading([owner.Actor], (ClaimAct)Cue.Index(cues[j].Payload), cues[j].Span.Start, owner.Speaker);
            }
        }

        return null;
    }

    /// <summary>"the 30-day truce proposed by Washington": a participle right after the issue with its agent after "by".</summary>
    private IssueReading? PassiveAgent(List<PhraseMatch> cues, int issue, string text)
    {
        var act = issue + 1;
        if (act + 1 >= cues.Count || Cue.Kind(cues[act].Payload) != CueKind.Act || cues[act].Span.Start - cues[issue].Span.End > 3
            || !cues[act].Span.Slice(text).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || Party(cues[act + 1]) is not { } agent || Between(text, cues[act].Span.End, cues[act + 1].Span.Start) != "by")
        {
            return null;
        }

        return new IssueReading([agent.Actor], (ClaimAct)Cue.Index(cues[act].Payload), cues[act].Span.Start, agent.Speaker);
    }

    /// <summary>Who does what to the issue cue at <paramref name="issue"/>: the act governing its clause and that act's subject.</summary>
    private IssueReading? ReadIssue(List<PhraseMatch> cues, int issue, LeadIn? leadIn, string? lastActor, string? lastSpeaker, List<string>? lastGroup, string text, int sentenceStart)
    {
        var issueAt = cues[issue].Span.Start;

        // The clause: after the last speech or report verb before the issue ("Peskov said that ...").
        var clauseFrom = 0;
        for (var j = 0; j < issue; j++)
        {
            if (Cue.Kind(cues[j].Payload) is CueKind.Speech or CueKind.Report)
            {
                clauseFrom = j + 1;

                // "Lavrov told the American side that ...": the party right after a verb of telling is the one addressed, not the clause's subject.
                if (j + 2 < issue && Party(cues[j + 1]) is not null
                    && IsAny(cues[j].Span.Slice(text), "told", "tells", "tell", "telling", "assured", "assures", "informed", "informs", "reminded", "briefed")
                    && cues[j + 1].Span.Start - cues[j].Span.End <= 5)
                {
                    clauseFrom = j + 2;
                }
            }
        }

        // "If Russia wanted peace, it should ...": a leading condition is not the clause's subject or act.
        var clauseStart = clauseFrom > 0 ? cues[clauseFrom - 1].Span.End : sentenceStart;
        var conditional = false;
        if (ConditionEnd(text, clauseStart, issueAt) is var comma and >= 0)
        {
            conditional = true;
            clauseStart = comma;
            while (clauseFrom < issue && cues[clauseFrom].Span.Start < comma)
            {
                clauseFrom++;
            }
        }

        var act = FirstAct(cues, clauseFrom, issue, out var actIndex, out var uncertain);
        if (act is not null && FirstPartyIndex(cues, clauseFrom, actIndex) < 0)
        {
            // "The offer came after France and Germany called on Moscow to ...": prefer the first act that has a subject.
            for (var later = actIndex + 1; later < issue; later++)
            {
                if (Cue.Kind(cues[later].Payload) is CueKind.Act or CueKind.Willing && FirstPartyIndex(cues, clauseFrom, later) >= 0)
                {
                    act = FirstAct(cues, later, issue, out actIndex, out var alsoUncertain);
                    uncertain |= alsoUncertain;
                    break;
                }
            }
        }

        if (act is null)
        {
            // A predicate after the issue: "a freeze of the front line is not peace", "withdrawal is out of the question".
            for (var j = issue + 1; j < cues.Count && cues[j].Span.Start - cues[issue].Span.End <= 24; j++)
            {
                if (Cue.Kind(cues[j].Payload) == CueKind.Act)
                {
                    act = (ClaimAct)Cue.Index(cues[j].Payload);
                    actIndex = j;
                    break;
                }
            }
        }

        if (act is null && clauseFrom > 0 && !conditional)
        {
            act = FirstAct(cues, 0, issue, out actIndex, out uncertain);
        }

        if (uncertain)
        {
            return null;
        }

        if (leadIn is not null)
        {
            return new IssueReading([leadIn.Actor], act ?? leadIn.Act, actIndex >= 0 ? cues[actIndex].Span.Start : -1, null);
        }

        if (act is not { } found)
        {
            return null;
        }

        var actAt = cues[actIndex].Span.Start;
        var from = actIndex < clauseFrom ? 0 : clauseFrom;
        var subject = FirstPartyIndex(cues, from, actIndex);
        if (subject < 0 && from > 0 && !conditional)
        {
            // "Kiev said it was ready to ...": the clause's pronoun is the party saying it: the one right before the
            // verb, else the main clause's subject ("Trump phoned Putin and said he ...").
            subject = from - 2 >= 0 && Party(cues[from - 2]) is not null && cues[from - 1].Span.Start - cues[from - 2].Span.End <= 3
                ? from - 2
                : FirstPartyIndex(cues, 0, from - 1);
        }

        if (subject < 0)
        {
            // "'We will not accept ...,' Lavrov said": a quotation's party is the speaker named with the verb after it.
            subject = SpeakerAfter(cues, issue);
        }

        if (subject < 0)
        {
            subject = FirstPartyIndex(cues, 0, actIndex);
        }

        if (subject < 0)
        {
            // "Key priorities for Ukraine remain ...", "the proposal by Washington": a party attached to the act noun.
            subject = PartyAfterAct(cues, actIndex, issue, text);
        }

        if (subject < 0)
        {
            if (lastGroup is { Count: > 1 })
            {
                // "they would tighten sanctions": a plural pronoun after a group of parties refers to the group.
                return new IssueReading([.. lastGroup], found, actAt, null);
            }

            // Otherwise only a pronoun ("he said", "it would") refers back to the last party named.
            return lastActor is null || !HasPronoun(text, conditional ? clauseStart : sentenceStart, actAt)
                ? null
                : new IssueReading([lastActor], found, actAt, lastSpeaker);
        }

        var party = Party(cues[subject])!.Value;
        var actors = new List<string> { party.Actor };

        // Coordinated subjects: "the U.S. and Ukraine are proposing ...", "France, Germany, Britain and Poland called on ...".
        for (var k = subject + 1; k < actIndex && Party(cues[k]) is { } next && (cues[k].Span == cues[k - 1].Span || Between(text, cues[k - 1].Span.End, cues[k].Span.Start) is "and" or "and the" or "," or ", and" or ", and the" or ", the"); k++)
        {
            if (!actors.Contains(next.Actor))
            {
                actors.Add(next.Actor);
            }
        }

        var speaker = party.Speaker;
        if (speaker is null && from > 0)
        {
            // "Peskov said Moscow would never ...": the party's own official who says it is the speaker.
            for (var j = 0; j < from - 1 && speaker is null; j++)
            {
                if (Cue.Kind(cues[j].Payload) == CueKind.Person && Party(cues[j]) is { } voice && voice.Actor == party.Actor)
                {
                    speaker = voice.Speaker;
                }
            }
        }

        return new IssueReading(actors, found, actAt, speaker, found == ClaimAct.Reject && RejectionBetween(cues, actIndex, issue));
    }

    /// <summary>True when a rejection cue stands between the act and the issue: rejecting a rejection turns the stance around.</summary>
    private static bool RejectionBetween(List<PhraseMatch> cues, int act, int issue)
    {
        for (var j = act + 1; j < issue; j++)
        {
            if (Cue.Kind(cues[j].Payload) == CueKind.Act && (ClaimAct)Cue.Index(cues[j].Payload) == ClaimAct.Reject)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first act cue among cues [from, to), turned around by modality; <paramref name="uncertain"/> when a question ("whether") governs it.</summary>
    private static ClaimAct? FirstAct(List<PhraseMatch> cues, int from, int to, out int index, out bool uncertain)
    {
        index = -1;
        uncertain = false;
        for (var i = from; i < to; i++)
        {
            var kind = Cue.Kind(cues[i].Payload);
            if (kind == CueKind.Uncertain)
            {
                uncertain = true;
            }

            if (kind is not (CueKind.Act or CueKind.Willing))
            {
                continue;
            }

            var act = kind == CueKind.Willing ? ClaimAct.Accept : (ClaimAct)Cue.Index(cues[i].Payload);
            var at = cues[i].Span.Start;
            var negated = false;
            var unlikely = false;
            for (var j = i - 1; j >= from && at - cues[j].Span.End <= 12; j--)
            {
                negated |= Cue.Kind(cues[j].Payload) == CueKind.Negation;
                unlikely |= Cue.Kind(cues[j].Payload) == CueKind.Unlikely;
            }

            // "will not accept", "unlikely to back" turn acceptance into rejection; "did not rule out", "has no
            // objection to" turn a rejection into acceptance.
            if ((negated || unlikely) && act is ClaimAct.Accept or ClaimAct.Propose)
            {
                act = ClaimAct.Reject;
            }
            else if (negated && act == ClaimAct.Reject)
            {
                act = ClaimAct.Accept;
            }

            index = i;
            return act;
        }

        return null;
    }

    private int FirstPartyIndex(List<PhraseMatch> cues, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Party(cues[i]) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The party introduced by "for", "of" or "by" right after an act noun and before the issue, or -1.</summary>
    private int PartyAfterAct(List<PhraseMatch> cues, int act, int issue, string text)
    {
        if (act + 1 >= issue || Party(cues[act + 1]) is null)
        {
            return -1;
        }

        return Between(text, cues[act].Span.End, cues[act + 1].Span.Start) is "for" or "of" or "by" or "from" ? act + 1 : -1;
    }

    /// <summary>The party next to a speech verb after the issue ("..., Merz said", "... said Peskov"), or -1.</summary>
    private int SpeakerAfter(List<PhraseMatch> cues, int issue)
    {
        for (var i = issue + 1; i < cues.Count; i++)
        {
            if (Cue.Kind(cues[i].Payload) != CueKind.Speech)
            {
                continue;
            }

            if (i - 1 > issue && Party(cues[i - 1]) is not null && cues[i].Span.Start - cues[i - 1].Span.End <= 3)
            {
                return i - 1;
            }

            if (i + 1 < cues.Count && Party(cues[i + 1]) is not null && cues[i + 1].Span.Start - cues[i].Span.End <= 3)
            {
                return i + 1;
            }
        }

        return -1;
    }

    private (string Actor, string? Speaker)? FirstParty(List<PhraseMatch> cues, int from, int to)
    {
        var index = FirstPartyIndex(cues, from, to);
        return index < 0 ? null : Party(cues[index]);
    }

    /// <summary>True when the act cue is a noun owned by the party before it: a possessive ("Russia's demands") or a noun form ("the US proposal", "Kyiv's plan").</summary>
    private static bool IsActNoun(string text, int partyEnd, TextSpan cue)
    {
        var gap = text.AsSpan(partyEnd, cue.Start - partyEnd);
        if (gap.StartsWith("'s", StringComparison.Ordinal) || gap.StartsWith("’s", StringComparison.Ordinal))
        {
            return true;
        }

        var word = cue.Slice(text);
        if (word.Length > 4 && word[^1] is 's' or 'S')
        {
            word = word[..^1];
        }

        return word.EndsWith("al", StringComparison.OrdinalIgnoreCase) || word.EndsWith("tion", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("ment", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ive", StringComparison.OrdinalIgnoreCase)
            || word.Equals("plan", StringComparison.OrdinalIgnoreCase) || word.Equals("offer", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Where a leading condition ends ("If Russia wanted peace, ..."): the offset after its comma, or -1 when the clause does not open with one.</summary>
    private static int ConditionEnd(string text, int from, int limit)
    {
        var i = from;
        var word = NextWord(text, ref i, limit);
        if (word.Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return ConditionEnd(text, i, limit);
        }

        if (!IsAny(word, "if", "unless", "should", "once", "until", "whenever"))
        {
            return -1;
        }

        var comma = text.AsSpan(i, limit - i).IndexOf(',');
        return comma < 0 ? -1 : i + comma + 1;
    }

    /// <summary>True when a personal pronoun stands between the offsets ("he", "it", "they", "we", "its"...).</summary>
    private static bool HasPronoun(string text, int from, int to)
    {
        var i = Math.Max(0, from);
        while (i < to)
        {
            if (IsAny(NextWord(text, ref i, to), Pronouns))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word (a run of letters) from <paramref name="i"/> before <paramref name="limit"/>, moving <paramref name="i"/> just past it; empty when none starts before the limit.</summary>
    private static ReadOnlySpan<char> NextWord(string text, ref int i, int limit)
    {
        while (i < limit && !char.IsLetter(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < limit && char.IsLetter(text[i]))
        {
            i++;
        }

        return text.AsSpan(start, i - start);
    }

    /// <summary>True when the word is one of the words, ignoring case.</summary>
    private static bool IsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a short gap ends in a coordination ("supplies and", ", or the"), joining the term before it to the one after.</summary>
    private static bool Coordinated(string text, int from, int to)
    {
        if (to - from is <= 0 or > 24)
        {
            return false;
        }

        var gap = text.AsSpan(from, to - from).Trim();
        if (gap.ContainsAny(".;:"))
        {
            return false;
        }

        if (gap.EndsWith(" the", StringComparison.OrdinalIgnoreCase))
        {
            gap = gap[..^4].TrimEnd();
        }

        return gap.Length == 0 || gap.EndsWith(',') || gap.Equals("and", StringComparison.OrdinalIgnoreCase) || gap.Equals("or", StringComparison.OrdinalIgnoreCase)
            || gap.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || gap.EndsWith(" or", StringComparison.OrdinalIgnoreCase);
    }

    private static string Between(string text, int from, int to) =>
        to - from is > 0 and < 12 ? text.AsSpan(from, to - from).Trim().ToString().ToLowerInvariant() : string.Empty;

    private (string Actor, string? Speaker)? Party(PhraseMatch cue) => Cue.Kind(cue.Payload) switch
    {
        CueKind.Actor => (_codebook.Actors[Cue.Index(cue.Payload)].Id, null),
        CueKind.Person => (_persons[Cue.Index(cue.Payload)].Actor, _persons[Cue.Index(cue.Payload)].Name),
        _ => null,
    };

    private void RememberLastActor(List<PhraseMatch> cues, ReadingState state)
    {
        foreach (var cue in cues)
        {
            if (Party(cue) is { } party)
            {
                state.LastActor = party.Actor;
                state.LastSpeaker = party.Speaker;
            }
        }
    }

    /// <summary>A negator shortly before the issue cue, after the act ("will never join NATO") turns the issue around.</summary>
    private static bool NegatedBefore(List<PhraseMatch> cues, int issueAt, int actAt)
    {
        foreach (var cue in cues)
        {
            if (cue.Span.Start >= issueAt)
            {
                break;
            }

            if (Cue.Kind(cue.Payload) == CueKind.Negation && cue.Span.Start > actAt && issueAt - cue.Span.End <= 16)
            {
                return true;
            }
        }

        return false;
    }

    private Attribution Attribute(Article article, ReadOnlySpan<char> sentence, List<PhraseMatch> cues, string? speaker, out bool hedged)
    {
        hedged = false;
        var anonymous = false;
        var report = false;
        var speech = false;
        foreach (var cue in cues)
        {
            switch (Cue.Kind(cue.Payload))
            {
                case CueKind.Hedge: hedged = true; break;
                case CueKind.Anonymous: anonymous = true; break;
                case CueKind.Report: report = true; break;
                case CueKind.Speech: speech = true; break;
                default: break;
            }
        }

        var via = report || anonymous ? _citations.Find(sentence.ToString(), article.Outlet) : [];
        if ((report || anonymous) && via.Count == 0)
        {
            via = article.Cites;
        }

        if (article.Outlet is { } outlet && via.Count > 0)
        {
            via = [outlet, .. via];
        }

        var kind = hedged ? AttributionKind.Unconfirmed
            : anonymous ? AttributionKind.Anonymous
            : report ? AttributionKind.Report
            : speaker is not null || speech ? AttributionKind.OnRecord
            : AttributionKind.Report;
        return new Attribution(kind, via);
    }

    /// <summary>True when the sentence is a list item: a bullet marker opens its line (the splitter leaves the marker out of the span).</summary>
    private static bool IsBulleted(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i >= 0 && text[i] is '•' or '·' or '▪' or '-' or '*' or '–' or '—' && (i == 0 || text[i - 1] == '\n' || char.IsWhiteSpace(text[i - 1]));
    }

    private static bool HasWord(ReadOnlySpan<char> text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private sealed record LeadIn(string Actor, ClaimAct Act);

    /// <summary>A description's role words, whether they must equal the role, and the only person who fits (or -1).</summary>
    private sealed record Description(string[] Roles, bool Exact, int Sole);

    /// <summary>Who does what to an issue; <c>Inverted</c> when the act is aimed at another party's rejection of it ("rejected Moscow's objections to ...").</summary>
    private readonly record struct IssueReading(List<string> Actors, ClaimAct Act, int ActAt, string? Speaker, bool Inverted = false);

    private sealed class ReadingState
    {
        public string? LastActor { get; set; }

        public string? LastSpeaker { get; set; }

        public LeadIn? LeadIn { get; set; }

        public List<string>? LastGroup { get; set; }

        /// <summary>Persons named so far, most recent last (each once).</summary>
        public List<int> RecentPersons { get; } = [];

        /// <summary>The issue cue payloads of the last sentence that named any.</summary>
        public List<int> LastIssues { get; } = [];

        public int SentencesSinceIssue { get; set; }

        /// <summary>The party cue that last owned a document ("Russia's memorandum").</summary>
        public PhraseMatch? DocumentOwner { get; set; }

        /// <summary>True when the sentence being read names an owned document ("Under the draft:").</summary>
        public bool DocumentNamed { get; set; }

        /// <summary>The last cue naming each party, most recent last.</summary>
        public List<(PhraseMatch Cue, string Actor)> RecentParties { get; } = [];

        public void RememberParty(PhraseMatch cue, string actor)
        {
            for (var i = 0; i < RecentParties.Count; i++)
            {
                if (RecentParties[i].Actor == actor)
                {
                    RecentParties.RemoveAt(i);
                    break;
                }
            }

            RecentParties.Add((cue, actor));
        }

        public void Remember(int person)
        {
            RecentPersons.Remove(person);
            RecentPersons.Add(person);
        }
    }
}
