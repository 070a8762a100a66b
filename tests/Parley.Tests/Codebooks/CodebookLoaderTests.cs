using Parley.Codebooks;

namespace Parley.Tests.Codebooks;

public sealed class CodebookLoaderTests
{
    private const string Minimal = """
        name: test
        actors:
          - id: RU
            name: Russia
            aliases: [Moscow]
            persons:
              - { name: Dmitry Peskov, aliases: [Peskov], role: spokesman }
        issues:
          - id: ceasefire
            proposition: a truce takes effect
            cues: [ceasefire, truce]
        acts:
          demand: { cues: [demands] }
          propose: { cues: [proposes] }
          accept: { cues: [accepts] }
          reject: { cues: [rejects] }
        """;

    private static Codebook Load(string yaml) => CodebookLoader.Load(new StringReader(yaml), "test.yaml");

    private static CodebookException Fails(string yaml) => Assert.Throws<CodebookException>(() => Load(yaml));

    [Fact]
    public void A_minimal_codebook_loads_with_its_actors_persons_issues_and_acts()
    {
        var codebook = Load(Minimal);

        var actor = Assert.Single(codebook.Actors);
        Assert.Equal("RU", actor.Id);
        Assert.Equal(["Moscow"], actor.Aliases);
        Assert.Equal("Peskov", Assert.Single(Assert.Single(actor.Persons).Aliases));
        Assert.Equal(["ceasefire", "truce"], Assert.Single(codebook.Issues).Cues);
        Assert.Equal(["rejects"], codebook.Acts[ClaimAct.Reject]);
        Assert.Empty(codebook.Modality.Negation);
    }

    [Fact]
    public void A_misspelt_field_is_named_with_its_line()
    {
        var error = Fails(Minimal.Replace("    proposition: a truce", "    propositon: a truce", StringComparison.Ordinal));

        Assert.Equal(10, error.Line);
        Assert.Equal("issues[0].propositon", error.Field);
        Assert.StartsWith("test.yaml:10: issues[0].propositon: unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_issue_id_names_both_lines()
    {
        var yaml = Minimal.Replace("acts:", "  - id: ceasefire\n    proposition: again\n    cues: [armistice]\nacts:", StringComparison.Ordinal);

        var error = Fails(yaml);

        Assert.Contains("duplicate issue id \"ceasefire\" (first at line 9)", error.Message, StringComparison.Ordinal);
        Assert.Equal(12, error.Line);
    }

    [Fact]
    public void An_actor_id_in_lower_case_is_refused()
    {
        var error = Fails(Minimal.Replace("id: RU", "id: ru", StringComparison.Ordinal));

        Assert.Equal("actors[0].id", error.Field);
        Assert.Contains("upper-case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_act_is_reported()
    {
        var error = Fails(Minimal.Replace("  reject: { cues: [rejects] }", string.Empty, StringComparison.Ordinal));

        Assert.Equal("acts.reject", error.Field);
        Assert.Contains("is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_name_given_to_two_parties_is_refused()
    {
        var yaml = Minimal.Replace("issues:", "  - id: UA\n    name: Ukraine\n    aliases: [Moscow]\nissues:", StringComparison.Ordinal);

        var error = Fails(yaml);

        Assert.Contains("\"Moscow\" is given to both RU and UA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var error = Fails("name: test\nactors: [\n  - id: RU\n");

        Assert.True(error.Line > 0);
        Assert.Equal("(syntax)", error.Field);
    }

    [Fact]
    public void The_shipped_codebook_has_every_identifier_of_the_spec()
    {
        var codebook = Codebook.Default;

        string[] actors = ["US", "RU", "UA", "EU", "GB", "FR", "DE", "IT", "PL", "HU", "TR", "SA", "CN", "VA", "NATO", "UN", "IAEA"];
        string[] issues =
        [
            "ceasefire", "ukraine_nato", "territory_recognition", "troop_withdrawal", "front_line_freeze", "znpp", "sanctions_relief",
            "new_sanctions", "security_guarantees", "russia_guarantees", "foreign_troops", "military_aid", "root_causes", "leaders_summit",
            "direct_talks", "ukraine_military_limits", "ukraine_elections", "russian_speakers", "prisoner_exchange", "frozen_assets",
            "energy_assets", "ceasefire_monitoring",
        ];
        Assert.Equal(actors.Order(StringComparer.Ordinal), codebook.Actors.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(issues.Order(StringComparer.Ordinal), codebook.Issues.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Contains(codebook.Actors.Single(a => a.Id == "RU").Persons, p => p.Name == "Alexander Grushko");
    }

    [Fact]
    public void A_codebook_for_another_negotiation_loads_with_its_own_parties_and_terms()
    {
        var codebook = CodebookLoader.LoadFile(Path.Combine(Repo.Root, "codebooks", "gaza-2025.yaml"));

        Assert.Equal("gaza-2025", codebook.Name);
        Assert.Contains(codebook.Actors, a => a.Id == "HAMAS");
        Assert.Contains(codebook.Issues, i => i.Id == "hostage_release");
        Assert.DoesNotContain(codebook.Issues, i => i.Id == "ukraine_nato");
    }

    [Fact]
    public void References_load_with_their_descriptions_and_term_phrases()
    {
        var codebook = Load(Minimal + """

            references:
              descriptions:
                - { phrases: [the spokesman], roles: [spokesman] }
              terms: [the idea]
            """);

        var description = Assert.Single(codebook.References.Descriptions);
        Assert.Equal(["the spokesman"], description.Phrases);
        Assert.Equal(["spokesman"], description.Roles);
        Assert.Equal(["the idea"], codebook.References.Terms);
    }

    [Fact]
    public void A_description_without_roles_is_refused()
    {
        var error = Fails(Minimal + """

            references:
              descriptions:
                - { phrases: [the spokesman] }
            """);

        Assert.Contains("references.descriptions[0]", error.Message, StringComparison.Ordinal);
    }
}
