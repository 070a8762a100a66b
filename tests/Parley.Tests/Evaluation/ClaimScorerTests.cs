using Parley.Claims;
using Parley.Codebooks;
using Parley.Evaluation;

namespace Parley.Tests.Evaluation;

public sealed class ClaimScorerTests
{
    private static readonly HashSet<string> Docs = ["a.txt", "b.txt"];

    private static GoldClaim Gold(string doc, string actor, ClaimAct act, string issue, Stance stance, bool optional = false) =>
        new(doc, actor, act, issue, stance, optional, "evidence");

    private static Claim Predicted(string doc, string actor, ClaimAct act, string issue, Stance stance) =>
        new(doc, actor, act, issue, stance, null, "evidence", 0, 8, new Attribution(AttributionKind.OnRecord, []), false);

    [Fact]
    public void A_wrong_act_counts_for_position_but_not_for_strict()
    {
        GoldClaim[] gold = [Gold("a.txt", "RU", ClaimAct.Reject, "ceasefire", Stance.Against)];
        Claim[] predicted = [Predicted("a.txt", "RU", ClaimAct.Demand, "ceasefire", Stance.Against)];

        var score = ClaimScorer.Score(gold, predicted, Docs);

        Assert.Equal((1, 0, 0), (score.Position.TruePositives, score.Position.FalsePositives, score.Position.FalseNegatives));
        Assert.Equal((0, 1, 1), (score.Strict.TruePositives, score.Strict.FalsePositives, score.Strict.FalseNegatives));
        Assert.Equal(1.0, score.Position.F1);
        Assert.Equal(0.0, score.Strict.F1);
    }

    [Fact]
    public void Optional_gold_claims_neither_reward_nor_penalise()
    {
        GoldClaim[] gold =
        [
            Gold("a.txt", "UA", ClaimAct.Accept, "ceasefire", Stance.For),
            Gold("a.txt", "US", ClaimAct.Accept, "military_aid", Stance.For, optional: true),
            Gold("b.txt", "UA", ClaimAct.Reject, "territory_recognition", Stance.Against, optional: true),
        ];
        Claim[] predicted =
        [
            Predicted("a.txt", "UA", ClaimAct.Accept, "ceasefire", Stance.For),
            Predicted("a.txt", "US", ClaimAct.Accept, "military_aid", Stance.For),
        ];

        var score = ClaimScorer.Score(gold, predicted, Docs);

        Assert.Equal((1, 0, 0), (score.Strict.TruePositives, score.Strict.FalsePositives, score.Strict.FalseNegatives));
    }

    [Fact]
    public void The_same_claim_twice_in_a_document_counts_once_and_documents_are_kept_apart()
    {
        GoldClaim[] gold = [Gold("a.txt", "RU", ClaimAct.Demand, "ukraine_nato", Stance.Against)];
        Claim[] predicted =
        [
            Predicted("a.txt", "RU", ClaimAct.Demand, "ukraine_nato", Stance.Against),
            Predicted("a.txt", "RU", ClaimAct.Demand, "ukraine_nato", Stance.Against),
            Predicted("b.txt", "RU", ClaimAct.Demand, "ukraine_nato", Stance.Against),
        ];

        var score = ClaimScorer.Score(gold, predicted, Docs);

        Assert.Equal(1, score.Strict.TruePositives);
        var falseHit = Assert.Single(score.Strict.FalseHits);
        Assert.Equal("b.txt", falseHit.Doc);
        Assert.Equal(0.5, score.Strict.Precision);
    }

    [Fact]
    public void Gold_claims_of_documents_not_read_are_left_out()
    {
        GoldClaim[] gold = [Gold("c.txt", "US", ClaimAct.Propose, "ceasefire", Stance.For)];

        var score = ClaimScorer.Score(gold, [], Docs);

        Assert.Equal(0, score.Strict.FalseNegatives);
    }

    [Fact]
    public void The_seed_gold_file_reads_with_its_optional_marks()
    {
        if (Repo.Shared is not { } shared)
        {
            return;
        }

        var gold = ClaimScorer.ReadGold(Path.Combine(shared, "gold", "seeds.claims.jsonl"));

        Assert.True(gold.Count > 20);
        Assert.Contains(gold, g => g.Optional);
        Assert.Contains(gold, g => g.Actor == "RU" && g.Act == ClaimAct.Reject && g.Issue == "ceasefire" && g.Stance == Stance.Against);
    }
}
