using Parley.Evaluation;
using Parley.Reading;

namespace Parley.Tests.Reading.PlainText;

public sealed class SeedTests
{
    [Fact]
    public void The_shared_seed_pages_read_exactly_as_their_gold_metadata()
    {
        if (Repo.Shared is not { } shared)
        {
            return;
        }

        var gold = Path.Combine(shared, "gold", "seeds.meta.jsonl");
        var folder = Path.Combine(shared, "seeds");
        if (!File.Exists(gold) || !Directory.Exists(folder))
        {
            return;
        }

        var results = SeedMetaScorer.Score(gold, folder, new ArticleReaderBuilder().UseDefaults().Build());

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.Passed, $"{r.Doc}: {string.Join("; ", r.Problems)}"));
    }
}
