using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Parley.Codebooks;

/// <summary>Loads a codebook from YAML and validates it, naming the line and field of every problem.</summary>
public static partial class CodebookLoader
{
    private static readonly string[] TopKeys = ["name", "title", "version", "actors", "issues", "acts", "modality", "attribution", "references"];
    private static readonly string[] ActorKeys = ["id", "name", "aliases", "demonyms", "persons"];
    private static readonly string[] PersonKeys = ["name", "aliases", "role"];
    private static readonly string[] IssueKeys = ["id", "proposition", "cues", "against_cues", "places"];
    private static readonly string[] ModalityKeys = ["negation", "unlikely", "willing", "uncertain"];
    private static readonly string[] AttributionKeys = ["speech", "report", "anonymous", "hedges"];
    private static readonly string[] ReferenceKeys = ["descriptions", "terms", "documents", "groups"];
    private static readonly string[] DescriptionKeys = ["phrases", "roles"];

    /// <summary>Loads and validates the codebook file.</summary>
    public static Codebook LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CodebookException($"{path}: no such codebook file");
        }

        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    /// <summary>Loads and validates a codebook from YAML text; <paramref name="source"/> names it in errors.</summary>
    public static Codebook Load(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new CodebookException(source, e.Start.Line, "(syntax)", e.InnerException?.Message ?? e.Message);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new CodebookException(source, 1, "(document)", "a codebook is a mapping with name, actors, issues and acts");
        }

        var context = new Context(source);
        context.OnlyKeys(root, TopKeys, string.Empty);
        var name = context.RequiredString(root, "name", "name");
        var title = context.OptionalString(root, "title", "title") ?? name;
        var actors = ReadActors(context, context.RequiredSequence(root, "actors", "actors"));
        var issues = ReadIssues(context, context.RequiredSequence(root, "issues", "issues"));
        var acts = ReadActs(context, context.RequiredMapping(root, "acts", "acts"));
        var modality = context.OptionalMapping(root, "modality", "modality") is { } m
            ? ReadModality(context, m)
            : new ModalityCues([], [], [], []);
        var attribution = context.OptionalMapping(root, "attribution", "attribution") is { } a
            ? ReadAttribution(context, a)
            : new AttributionCues([], [], [], []);
        var references = context.OptionalMapping(root, "references", "references") is { } r
            ? ReadReferences(context, r)
            : ReferenceCues.None;
        CheckAliasesAreUnique(context, root, actors);
        return new Codebook(name, title, actors, issues, acts, modality, attribution, source, references);
    }

    private static List<ActorEntry> ReadActors(Context context, YamlSequenceNode sequence)
    {
        var actors = new List<ActorEntry>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"actors[{i}]";
            var node = context.Mapping(sequence.Children[i], path);
            context.OnlyKeys(node, ActorKeys, path);
            var id = UniqueId(context, node, path, seen, "actor", ActorId(), "upper-case letters (an ISO 3166 code such as RU, or a body such as NATO)");
            var persons = new List<PersonEntry>();
            if (context.OptionalSequence(node, "persons", path + ".persons") is { } people)
            {
                for (var p = 0; p < people.Children.Count; p++)
                {
                    var personPath = $"{path}.persons[{p}]";
                    var person = context.Mapping(people.Children[p], personPath);
                    context.OnlyKeys(person, PersonKeys, personPath);
                    persons.Add(new PersonEntry(
                        context.RequiredString(person, "name", personPath + ".name"),
                        context.Strings(person, "aliases", personPath + ".aliases"),
                        context.OptionalString(person, "role", personPath + ".role")));
                }
            }

            actors.Add(new ActorEntry(
                id,
                context.RequiredString(node, "name", path + ".name"),
                context.Strings(node, "aliases", path + ".aliases"),
                context.Strings(node, "demonyms", path + ".demonyms"),
                persons));
        }

        if (actors.Count == 0)
        {
            context.Fail(sequence, "actors", "a codebook needs at least one actor");
        }

        return actors;
    }

    private static List<IssueEntry> ReadIssues(Context context, YamlSequenceNode sequence)
    {
        var issues = new List<IssueEntry>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var path = $"issues[{i}]";
            var node = context.Mapping(sequence.Children[i], path);
            context.OnlyKeys(node, IssueKeys, path);
            var id = UniqueId(context, node, path, seen, "issue", IssueId(), "lower-case words joined by underscores");
            var cues = context.Strings(node, "cues", path + ".cues");
            if (cues.Count == 0)
            {
                context.Fail(node, path + ".cues", $"issue \"{id}\" needs at least one cue phrase");
            }

            issues.Add(new IssueEntry(
                id,
                context.RequiredString(node, "proposition", path + ".proposition"),
                cues,
                context.Strings(node, "against_cues", path + ".against_cues"),
                context.Strings(node, "places", path + ".places")));
        }

        if (issues.Count == 0)
        {
            context.Fail(sequence, "issues", "a codebook needs at least one issue");
        }

        return issues;
    }

    /// <summary>Reads an entry's id, checking its form and that no earlier entry has it.</summary>
    private static string UniqueId(Context context, YamlMappingNode node, string path, Dictionary<string, long> seen, string kind, Regex form, string formText)
    {
        var id = context.RequiredString(node, "id", path + ".id");
        if (!form.IsMatch(id))
        {
            context.Fail(node, path + ".id", $"{kind} id \"{id}\" must be {formText}");
        }

        if (seen.TryGetValue(id, out var first))
        {
            context.Fail(node, path + ".id", $"duplicate {kind} id \"{id}\" (first at line {first})");
        }

        seen[id] = node.Start.Line;
        return id;
    }

    private static Dictionary<ClaimAct, IReadOnlyList<string>> ReadActs(Context context, YamlMappingNode node)
    {
        var names = Enum.GetValues<ClaimAct>().Select(a => a.ToString().ToLowerInvariant()).ToArray();
        context.OnlyKeys(node, names, "acts");
        var acts = new Dictionary<ClaimAct, IReadOnlyList<string>>();
        foreach (var act in Enum.GetValues<ClaimAct>())
        {
            var key = act.ToString().ToLowerInvariant();
            var entry = context.RequiredMapping(node, key, "acts." + key);
            context.OnlyKeys(entry, ["cues"], "acts." + key);
            var cues = context.Strings(entry, "cues", $"acts.{key}.cues");
            if (cues.Count == 0)
            {
                context.Fail(entry, $"acts.{key}.cues", $"the act \"{key}\" needs at least one cue phrase");
            }

            acts[act] = cues;
        }

        return acts;
    }

    private static ModalityCues ReadModality(Context context, YamlMappingNode node)
    {
        context.OnlyKeys(node, ModalityKeys, "modality");
        return new ModalityCues(context.Strings(node, "negation", "modality.negation"), context.Strings(node, "unlikely", "modality.unlikely"), context.Strings(node, "willing", "modality.willing"), context.Strings(node, "uncertain", "modality.uncertain"));
    }

    private static AttributionCues ReadAttribution(Context context, YamlMappingNode node)
    {
        context.OnlyKeys(node, AttributionKeys, "attribution");
        return new AttributionCues(
            context.Strings(node, "speech", "attribution.speech"),
            context.Strings(node, "report", "attribution.report"),
            context.Strings(node, "anonymous", "attribution.anonymous"),
            context.Strings(node, "hedges", "attribution.hedges"));
    }

    private static ReferenceCues ReadReferences(Context context, YamlMappingNode node)
    {
        context.OnlyKeys(node, ReferenceKeys, "references");
        var descriptions = new List<DescriptionEntry>();
        if (context.OptionalSequence(node, "descriptions", "references.descriptions") is { } sequence)
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var path = $"references.descriptions[{i}]";
                var entry = context.Mapping(sequence.Children[i], path);
                context.OnlyKeys(entry, DescriptionKeys, path);
                var phrases = context.Strings(entry, "phrases", path + ".phrases");
                var roles = context.Strings(entry, "roles", path + ".roles");
                if (phrases.Count == 0 || roles.Count == 0)
                {
                    context.Fail(entry, path, "a description needs phrases and the roles they fit");
                }

                descriptions.Add(new DescriptionEntry(phrases, roles));
            }
        }

        return new ReferenceCues(descriptions, context.Strings(node, "terms", "references.terms"), context.Strings(node, "documents", "references.documents"), context.Strings(node, "groups", "references.groups"));
    }

    private static void CheckAliasesAreUnique(Context context, YamlMappingNode root, List<ActorEntry> actors)
    {
        // One name must point at one party, or a claim's actor would depend on the order of the file.
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            foreach (var name in actor.Aliases.Concat(actor.Demonyms).Concat(actor.Persons.SelectMany(p => p.Aliases.Append(p.Name))))
            {
                var key = name.TrimStart('=');
                if (owner.TryGetValue(key, out var other) && other != actor.Id)
                {
                    context.Fail(root, $"actors({actor.Id})", $"the name \"{key}\" is given to both {other} and {actor.Id}");
                }

                owner[key] = actor.Id;
            }
        }
    }

    [GeneratedRegex("^[A-Z]{2,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex ActorId();

    [GeneratedRegex("^[a-z][a-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IssueId();

    /// <summary>Reads typed values out of YAML nodes, failing with the node's line and the field's path.</summary>
    private sealed class Context(string source)
    {
        public void Fail(YamlNode node, string field, string problem) => throw new CodebookException(source, node.Start.Line, field, problem);

        public YamlMappingNode Mapping(YamlNode node, string field) =>
            node as YamlMappingNode ?? throw new CodebookException(source, node.Start.Line, field, "expected a mapping (key: value lines)");

        public void OnlyKeys(YamlMappingNode node, string[] allowed, string path)
        {
            foreach (var key in node.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? string.Empty;
                if (Array.IndexOf(allowed, name) < 0)
                {
                    throw new CodebookException(source, key.Start.Line, path.Length == 0 ? name : $"{path}.{name}", $"unknown field (expected one of: {string.Join(", ", allowed)})");
                }
            }
        }

        public static YamlNode? Child(YamlMappingNode node, string key) =>
            node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

        public string RequiredString(YamlMappingNode node, string key, string field) =>
            OptionalString(node, key, field) ?? throw new CodebookException(source, node.Start.Line, field, "is required");

        public string? OptionalString(YamlMappingNode node, string key, string field)
        {
            var child = Child(node, key);
            if (child is null)
            {
                return null;
            }

            if (child is not YamlScalarNode scalar || string.IsNullOrWhiteSpace(scalar.Value))
            {
                throw new CodebookException(source, child.Start.Line, field, "expected a non-empty text value");
            }

            return scalar.Value.Trim();
        }

        public YamlSequenceNode RequiredSequence(YamlMappingNode node, string key, string field) =>
            OptionalSequence(node, key, field) ?? throw new CodebookException(source, node.Start.Line, field, "is required");

        public YamlSequenceNode? OptionalSequence(YamlMappingNode node, string key, string field)
        {
            var child = Child(node, key);
            return child switch
            {
                null => null,
                YamlSequenceNode sequence => sequence,
                _ => throw new CodebookException(source, child.Start.Line, field, "expected a list"),
            };
        }

        public YamlMappingNode RequiredMapping(YamlMappingNode node, string key, string field) =>
            OptionalMapping(node, key, field) ?? throw new CodebookException(source, node.Start.Line, field, "is required");

        public YamlMappingNode? OptionalMapping(YamlMappingNode node, string key, string field)
        {
            var child = Child(node, key);
            return child switch
            {
                null => null,
                YamlMappingNode mapping => mapping,
                _ => throw new CodebookException(source, child.Start.Line, field, "expected a mapping (key: value lines)"),
            };
        }

        public List<string> Strings(YamlMappingNode node, string key, string field)
        {
            var sequence = OptionalSequence(node, key, field);
            if (sequence is null)
            {
                return [];
            }

            var values = new List<string>(sequence.Children.Count);
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                if (sequence.Children[i] is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
                {
                    throw new CodebookException(source, sequence.Children[i].Start.Line, $"{field}[{i}]", "expected a non-empty text value");
                }

                values.Add(value.Trim());
            }

            return values;
        }
    }
}
