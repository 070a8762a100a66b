using System.Runtime.InteropServices;
using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class AllocationTests
{
    private const string Article =
        "Gen. Kellogg met Russia's envoy at 10 a.m. on Monday. “We want a 30-day ceasefire,” he said.\n\n" +
        "• Security guarantees for Ukraine’s army\nThe U.S. and the U.K. backed the plan.";

    [Fact]
    public void Splitting_tokenizing_and_matching_allocate_nothing_once_the_lists_are_sized()
    {
        var matcher = new PhraseMatcherBuilder().Add("ceasefire", 1).Add("security guarantees", 2).Add("=US", 3).Add("Russia", 4).Build();
        var sentences = new List<TextSpan>(64);
        var tokens = new List<Token>(256);
        var matches = new List<PhraseMatch>(64);

        void Run()
        {
            sentences.Clear();
            tokens.Clear();
            matches.Clear();
            SentenceSplitter.Split(Article, 0, sentences);
            Tokenizer.Tokenize(Article, 0, tokens);
            matcher.Match(Article, CollectionsMarshal.AsSpan(tokens), matches);
        }

        Run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(4, sentences.Count);
        Assert.Equal([4, 1, 2, 3], matches.Select(m => m.Payload));
    }
}
