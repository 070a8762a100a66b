using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class TokenizerTests
{
    // Tokens are written as "text/Kind" and joined with spaces.
    private static string Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, tokens);
        return string.Join(" ", tokens.Select(t => $"{text.Substring(t.Start, t.Length)}/{t.Kind}"));
    }

    [Theory]
    [InlineData("a 30-day ceasefire", "a/Word 30-day/Word ceasefire/Word")]
    [InlineData("Ukraine's demands", "Ukraine/Word 's/Possessive demands/Word")]
    [InlineData("Ukraine’s demands", "Ukraine/Word ’s/Possessive demands/Word")]
    [InlineData("the allies’ plan", "the/Word allies/Word ’/Possessive plan/Word")]
    [InlineData("don't won’t O'Brien", "don't/Word won’t/Word O'Brien/Word")]
    [InlineData("the U.S. envoy", "the/Word U.S./Word envoy/Word")]
    [InlineData("at 10 a.m. sharp", "at/Word 10/Number a.m./Word sharp/Word")]
    [InlineData("3.5 percent, 12:06, 1,000 troops", "3.5/Number percent/Word ,/Punctuation 12:06/Number ,/Punctuation 1,000/Number troops/Word")]
    [InlineData("“Peace,” he said.", "“/Quote Peace/Word ,/Punctuation ”/Quote he/Word said/Word ./Punctuation")]
    [InlineData("talks — or not...", "talks/Word —/Dash or/Word not/Word .../Punctuation")]
    [InlineData("«Nein» 'truce'", "«/Quote Nein/Word »/Quote '/Quote truce/Word '/Quote")]
    // Known ambiguity: a closing quote right after a final "s" reads as a plural possessive.
    [InlineData("'yes'", "'/Quote yes/Word '/Possessive")]
    [InlineData("• $300bn 5%", "•/Punctuation $/Symbol 300bn/Word 5/Number %/Punctuation")]
    public void Tokens_have_the_expected_text_and_kind(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Offsets_are_shifted_by_the_given_offset()
    {
        const string text = "Intro. Russia's envoy";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text.AsSpan(7), 7, tokens);
        Assert.Equal([new Token(7, 6, TokenKind.Word), new Token(13, 2, TokenKind.Possessive), new Token(16, 5, TokenKind.Word)], tokens);
    }

    [Fact]
    public void Tokenizing_appends_to_the_list_without_clearing_it()
    {
        var tokens = new List<Token> { new(0, 1, TokenKind.Word) };
        Tokenizer.Tokenize("truce holds", 100, tokens);
        Assert.Equal(3, tokens.Count);
        Assert.Equal(100, tokens[1].Start);
    }
}
