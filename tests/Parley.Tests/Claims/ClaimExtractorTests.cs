using Parley.Claims;
using Parley.Reading;

namespace Parley.Tests.Claims;

/// <summary>Each row: a passage written for the test, and the claims (actor act issue stance) it must yield.</summary>
public sealed class ClaimExtractorTests
{
    private static string[] Extract(string text, string? outlet = null, params string[] cites)
    {
        var article = new Article("t.txt", null, outlet, null, null, null, "en", cites, text, "text", "t.txt");
        return [.. ClaimExtractor.Default.Extract(article).Select(c => $"{c.Actor} {c.Act.ToString().ToLowerInvariant()} {c.Issue} {c.Stance.ToString().ToLowerInvariant()}")];
    }

    [Theory]
    [InlineData("Moscow demands the withdrawal of Ukrainian troops from the Donbas.", "RU demand troop_withdrawal for")]
    [InlineData("Washington proposed a 30-day ceasefire on Tuesday.", "US propose ceasefire for")]
    [InlineData("Kyiv agreed to a partial truce covering energy sites.", "UA accept ceasefire for")]
    [InlineData("The Kremlin rejected the deployment of European peacekeepers.", "RU reject foreign_troops against")]
    [InlineData("Putin is unlikely to accept the truce in its current form.", "RU reject ceasefire against")]
    [InlineData("Zelensky said he was ready to accept a ceasefire along the current line.", "UA accept ceasefire for")]
    [InlineData("Lavrov said Russia would not accept NATO troops in Ukraine.", "RU reject foreign_troops against")]
    public void A_single_act_names_its_party_issue_and_stance(string text, string expected) =>
        Assert.Contains(expected, Extract(text));

    [Fact]
    public void A_demand_that_ukraine_never_join_nato_is_against_membership() =>
        Assert.Contains("RU demand ukraine_nato against", Extract("Russia demands a guarantee that Ukraine will never join NATO."));

    [Fact]
    public void Rejecting_a_demand_for_neutrality_is_a_position_for_membership() =>
        Assert.Contains("UA reject ukraine_nato for", Extract("Kyiv rejected any neutral status as a condition for peace."));

    [Fact]
    public void Coordinated_subjects_both_hold_the_position() =>
        Assert.Equal(["US propose ceasefire for", "UA propose ceasefire for"], Extract("The United States and Ukraine proposed a 30-day ceasefire to Moscow."));

    [Fact]
    public void A_list_of_parties_holds_the_position_together_and_they_refers_to_it()
    {
        var claims = Extract("Leaders of France, Germany and Poland called on Moscow to accept a 30-day ceasefire. They said they would demand new sanctions otherwise.");

        Assert.Contains("FR demand ceasefire for", claims);
        Assert.Contains("DE demand ceasefire for", claims);
        Assert.Contains("PL demand ceasefire for", claims);
        Assert.Contains("PL demand new_sanctions for", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("RU", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_belongs_to_the_speaker_named_after_it() =>
        Assert.Contains("DE accept ceasefire for", Extract("\u201CWe are ready to accept a ceasefire,\u201D Merz said on Monday."));

    [Fact]
    public void A_reported_clause_takes_its_own_subject()
    {
        var claims = Extract("Zelensky said Moscow insists on the recognition of Crimea as Russian.");

        Assert.Contains("RU demand territory_recognition for", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("UA", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_refers_to_the_last_party_named() =>
        Assert.Contains("RU demand russia_guarantees for", Extract("Grushko spoke to reporters in Moscow.\n\nHe said the agreement must include ironclad guarantees."));

    [Fact]
    public void Items_of_a_list_inherit_the_party_and_the_demand_of_its_lead_in()
    {
        var claims = Extract("Russia's conditions have included:\n\n• A pledge that Ukraine will never join NATO\n• International recognition of Crimea as Russian territory");

        Assert.Contains("RU demand ukraine_nato against", claims);
        Assert.Contains("RU demand territory_recognition for", claims);
    }

    [Fact]
    public void An_open_question_is_not_a_position() =>
        Assert.Empty(Extract("It is unknown whether the Kremlin will agree to withdraw troops from the Zaporizhzhia nuclear power plant."));

    [Fact]
    public void Battlefield_facts_are_not_claims() =>
        Assert.Empty(Extract("Russian forces advanced near Pokrovsk overnight, and drones struck a power station in Kharkiv, regional officials said."));

    [Fact]
    public void A_claim_keeps_its_sentence_offsets_and_its_source_chain()
    {
        const string text = "Talks resumed on Monday. According to Bloomberg, Moscow demands the lifting of sanctions before any deal.";
        var article = new Article("t.txt", null, "UNN", null, null, null, "en", ["Bloomberg"], text, "text", "t.txt");

        var claim = Assert.Single(ClaimExtractor.Default.Extract(article));

        Assert.Equal(("RU", "sanctions_relief"), (claim.Actor, claim.Issue));
        Assert.Equal(text[claim.Start..claim.End], claim.Evidence);
        Assert.StartsWith("According to Bloomberg", claim.Evidence, StringComparison.Ordinal);
        Assert.Equal(AttributionKind.Report, claim.Attribution.Kind);
        Assert.Equal(["UNN", "Bloomberg"], claim.Attribution.Via);
    }

    [Fact]
    public void A_hedged_report_is_marked_unconfirmed()
    {
        var article = new Article("t.txt", null, null, null, null, null, "en", [], "Washington reportedly proposed easing sanctions against Russia.", "text", "t.txt");

        var claim = Assert.Single(ClaimExtractor.Default.Extract(article));

        Assert.True(claim.Hedged);
        Assert.Equal(AttributionKind.Unconfirmed, claim.Attribution.Kind);
    }

    [Fact]
    public void A_description_refers_to_the_last_person_whose_role_fits()
    {
        var article = new Article("t.txt", null, null, null, null, null, "en", [], "Sergei Lavrov met Marco Rubio in Riyadh on Tuesday. After the talks the diplomat rejected any deployment of European peacekeepers.", "text", "t.txt");

        var claim = Assert.Single(ClaimExtractor.Default.Extract(article));

        // Rubio was named last, and a secretary of state fits "the diplomat" as well as a foreign minister does.
        Assert.Equal(("US", "Marco Rubio", "foreign_troops"), (claim.Actor, claim.Speaker, claim.Issue));
    }

    [Fact]
    public void A_description_skips_people_whose_role_does_not_fit() =>
        Assert.Equal(["RU reject foreign_troops against"], Extract("Sergei Lavrov spoke after Donald Trump's call. The diplomat rejected any deployment of European peacekeepers."));

    [Fact]
    public void A_role_names_its_holder_before_anyone_is_named()
    {
        var article = new Article("t.txt", null, null, null, null, null, "en", [], "The Kremlin spokesman told reporters that Moscow would never recognise a neutral zone run by peacekeepers.", "text", "t.txt");

        var claim = Assert.Single(ClaimExtractor.Default.Extract(article), c => c.Issue == "foreign_troops");

        Assert.Equal(("RU", "Dmitry Peskov"), (claim.Actor, claim.Speaker));
    }

    [Fact]
    public void An_unresolved_description_is_no_party() =>
        Assert.Empty(Extract("The envoy rejected the deployment of peacekeepers."));

    [Fact]
    public void A_reference_to_the_idea_takes_the_term_of_the_sentence_before()
    {
        var claims = Extract("Paris floated the deployment of a European reassurance force. Moscow dismissed the idea on Friday.");

        Assert.Contains("FR propose foreign_troops for", claims);
        Assert.Contains("RU reject foreign_troops against", claims);
    }

    [Fact]
    public void A_reference_keeps_the_direction_of_its_term() =>
        Assert.Contains("UA reject ukraine_nato for", Extract("Moscow wants Ukraine's neutral status written into any deal. Kyiv rejected the demand outright."));

    [Fact]
    public void A_reference_reaches_back_only_one_sentence() =>
        Assert.DoesNotContain("RU reject foreign_troops against", Extract("Paris floated the deployment of a European reassurance force. The talks ran late into the night. Moscow dismissed the idea on Friday."));

    [Fact]
    public void A_plan_that_names_its_terms_is_still_a_proposal() =>
        Assert.Contains("US propose ceasefire for", Extract("Washington presented the plan for a 30-day ceasefire on Monday."));

    [Fact]
    public void Rejecting_a_rejection_turns_the_stance_around()
    {
        var claims = Extract("Kyiv rejected Moscow's objections to the deployment of peacekeepers.");

        Assert.Contains("UA reject foreign_troops for", claims);
        Assert.Contains("RU reject foreign_troops against", claims);
        Assert.DoesNotContain("UA reject foreign_troops against", claims);
    }

    [Theory]
    [InlineData("The Kremlin did not rule out a meeting between Putin and Zelensky.", "RU accept leaders_summit for")]
    [InlineData("Moscow has no objections to a prisoner exchange.", "RU accept prisoner_exchange for")]
    [InlineData("Kyiv refused to rule out a summit with Moscow.", "UA accept leaders_summit for")]
    public void A_negated_rejection_is_acceptance(string text, string expected) =>
        Assert.Contains(expected, Extract(text));

    [Fact]
    public void A_document_speaks_for_the_party_that_issued_it()
    {
        var claims = Extract("The Russian delegation handed over a memorandum in Istanbul. Zelensky called it an ultimatum. The memorandum also calls for an end to Western arms supplies.");

        Assert.Contains("RU demand military_aid against", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("UA demand", StringComparison.Ordinal));
    }

    [Fact]
    public void An_owned_document_keeps_its_owner_when_named_again() =>
        Assert.Contains("US propose front_line_freeze for", Extract("Reporters have seen the US draft. The draft proposes to freeze the front line where it stands."));

    [Fact]
    public void A_negator_reaches_over_coordinated_terms() =>
        Assert.Equal(["RU demand military_aid against"], Extract("Moscow demands an end to Western arms supplies and intelligence sharing."));

    [Fact]
    public void A_leading_condition_is_not_the_subject_and_the_speaker_after_it_is() =>
        Assert.Equal(["UA demand ceasefire for"], Extract("If Russia really wanted peace, it should agree to a ceasefire at once, Andrii Sybiha wrote."));

    [Fact]
    public void Without_a_pronoun_a_sentence_does_not_borrow_the_last_party() =>
        Assert.Empty(Extract("Zelensky visited the front on Monday. Europeans should stop talking about a reassurance force."));

    [Fact]
    public void A_pronoun_before_the_speech_verb_borrows_the_last_party() =>
        Assert.Contains("RU demand ceasefire against", Extract("Putin met his generals on Friday. He told them that there must be no truce."));

    [Fact]
    public void Both_sides_are_the_last_two_parties_named()
    {
        var claims = Extract("Russian and Ukrainian negotiators met in Istanbul. Both sides agreed to a prisoner exchange.");

        Assert.Contains("RU accept prisoner_exchange for", claims);
        Assert.Contains("UA accept prisoner_exchange for", claims);
    }

    [Fact]
    public void A_party_attached_to_the_act_noun_is_its_subject() =>
        Assert.Contains("UA demand ukraine_nato for", Extract("Key priorities for Ukraine remain NATO membership."));

    [Fact]
    public void A_participle_with_its_agent_after_the_term_is_the_agent_s_act() =>
        Assert.Contains("US propose ceasefire for", Extract("Moscow studied the truce proposed by Washington for a week."));

    [Fact]
    public void The_party_told_is_addressed_not_the_subject()
    {
        var claims = Extract("Lavrov told the Americans that it would never accept European peacekeepers.");

        Assert.Contains("RU reject foreign_troops against", claims);
        Assert.DoesNotContain(claims, c => c.StartsWith("US", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_under_an_owned_document_is_its_owner_s_proposals()
    {
        var claims = Extract("""
            A new peace framework drafted by Washington reached Kyiv on Friday. Officials said it was not final. Under the framework:
            - a ceasefire would take effect at once;
            - Ukraine would hold elections within 100 days.
            """);

        Assert.Contains("US propose ceasefire for", claims);
        Assert.Contains("US propose ukraine_elections for", claims);
    }
}
