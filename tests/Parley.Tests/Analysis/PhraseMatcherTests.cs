using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class PhraseMatcherTests
{
    private static readonly PhraseMatcher Matcher = new PhraseMatcherBuilder()
        .Add("ceasefire", 1)
        .Add("30-day ceasefire", 2)
        .Add("Russia", 3)
        .Add("=US", 4)
        .Add("security guarantees", 5)
        .Add("security guarantees", 6)
        .Add("Russia demands", 7)
        .Add("Zaporizhzhia nuclear power plant", 8)
        .Add("nuclear", 9)
        .Add("Ukraine's sovereignty", 10)
        .Add("U.K.", 11)
        .Build();

    // Matches are written as "matched text=payload" and joined with " | ".
    private static string Matches(string text) =>
        string.Join(" | ", Matcher.Match(text).Select(m => $"{m.Span.Slice(text)}={m.Payload}"));

    [Theory]
    [InlineData("Kyiv accepted a 30-day ceasefire.", "30-day ceasefire=2")]
    [InlineData("The CEASEFIRE held; the Ceasefire was extended.", "CEASEFIRE=1 | Ceasefire=1")]
    [InlineData("Talks on the Zaporizhzhia nuclear power plant and nuclear safety.", "Zaporizhzhia nuclear power plant=8 | nuclear=9")]
    [InlineData("Zaporizhzhia nuclear talks", "nuclear=9")]
    public void Matches_are_case_insensitive_leftmost_and_longest(string text, string expected) =>
        Assert.Equal(expected, Matches(text));

    [Theory]
    [InlineData("The US envoy met them.", "US=4")]
    [InlineData("Let us talk, said the envoy.", "")]
    [InlineData("The U.S. envoy met them.", "U.S.=4")]
    [InlineData("Officials in the UK and the U.K. agreed.", "UK=11 | U.K.=11")]
    public void A_phrase_with_a_leading_equals_sign_matches_case_sensitively(string text, string expected) =>
        Assert.Equal(expected, Matches(text));

    [Theory]
    [InlineData("Russia's demands were read out.", "Russia's demands=7")]
    [InlineData("Russia’s envoy left.", "Russia=3")]
    [InlineData("They defended Ukraine’s sovereignty.", "Ukraine’s sovereignty=10")]
    [InlineData("They defended Ukraine sovereignty.", "")]
    public void A_possessive_ending_does_not_stop_a_phrase(string text, string expected) =>
        Assert.Equal(expected, Matches(text));

    [Fact]
    public void One_phrase_with_two_payloads_yields_one_match_per_payload()
    {
        const string text = "Kyiv wants security guarantees first.";
        var matches = Matcher.Match(text);
        Assert.Equal([5, 6], matches.Select(m => m.Payload));
        Assert.All(matches, m => Assert.Equal("security guarantees", m.Span.Slice(text).ToString()));
        Assert.All(matches, m => Assert.Equal((2, 2), (m.FirstToken, m.TokenCount)));
    }

    [Fact]
    public void Adding_the_same_phrase_and_payload_twice_counts_once()
    {
        var matcher = new PhraseMatcherBuilder().Add("truce", 1).Add("Truce", 1).Build();
        Assert.Equal(1, matcher.Count);
        Assert.Single(matcher.Match("A truce."));
    }

    [Fact]
    public void A_phrase_without_tokens_is_rejected()
    {
        var builder = new PhraseMatcherBuilder();
        Assert.Throws<ArgumentException>(() => builder.Add("  ", 1));
        Assert.Throws<ArgumentException>(() => builder.Add("=", 1));
    }

    [Fact]
    public void Matching_precomputed_tokens_appends_offsets_into_the_text()
    {
        const string text = "Headline\n\nMoscow rejected a 30-day ceasefire.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text.AsSpan(10), 10, tokens);
        var matches = new List<PhraseMatch>();
        Matcher.Match(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), matches);
        Assert.Equal([new PhraseMatch(3, 2, 2, new TextSpan(28, 16))], matches);
    }

    [Fact]
    public void The_matcher_is_shared_safely_between_threads()
    {
        const string text = "Russia's demands and a 30-day ceasefire and US guarantees.";
        var expected = Matches(text);
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Matches(text));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
