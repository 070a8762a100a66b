using Parley.Analysis;

namespace Parley.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    // Expected sentences are joined with " | ".
    private static string Sentences(string text) =>
        string.Join(" | ", SentenceSplitter.Split(text).Select(span => span.Slice(text).ToString()));

    [Theory]
    [InlineData("Envoys met in Riyadh. They agreed on a maritime truce.", "Envoys met in Riyadh. | They agreed on a maritime truce.")]
    [InlineData("Will Moscow accept? Kyiv says it already has! Talks resume Monday.", "Will Moscow accept? | Kyiv says it already has! | Talks resume Monday.")]
    [InlineData("   The talks ended.   \n\n  A new round is planned.  ", "The talks ended. | A new round is planned.")]
    public void Ordinary_sentence_ends_split_and_spans_are_trimmed(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("The U.S. delegation arrived late. Talks began at noon.", "The U.S. delegation arrived late. | Talks began at noon.")]
    [InlineData("Britain and the U.K. Foreign Office backed the plan.", "Britain and the U.K. Foreign Office backed the plan.")]
    [InlineData("The proposal came from the U.S. The Kremlin rejected it.", "The proposal came from the U.S. | The Kremlin rejected it.")]
    public void An_abbreviation_like_U_S_does_not_end_a_sentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("Gen. Kellogg flew to Kyiv on Tuesday.")]
    [InlineData("Dr. Novak and Mrs. Hale observed the exchange of prisoners.")]
    [InlineData("Mr. Witkoff met the delegation near St. Sophia Cathedral.")]
    [InlineData("Sen. Graham called for new sanctions on Monday.")]
    public void Titles_before_a_name_do_not_end_a_sentence(string text) =>
        Assert.Equal(text, Sentences(text));

    [Theory]
    [InlineData("The talks were set for Jan. 15 in Geneva.", "The talks were set for Jan. 15 in Geneva.")]
    [InlineData("A draft dated Feb. 28 was leaked. It ran to ten pages.", "A draft dated Feb. 28 was leaked. | It ran to ten pages.")]
    [InlineData("Resolution No. 2774 passed without a veto.", "Resolution No. 2774 passed without a veto.")]
    [InlineData("Negotiators met again in Sept. The mood was tense.", "Negotiators met again in Sept. | The mood was tense.")]
    public void Month_and_number_abbreviations_end_a_sentence_only_before_an_opener(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("J. D. Vance spoke after the meeting.")]
    [InlineData("Donald J. Trump called the truce a first step.")]
    public void Initials_do_not_end_a_sentence(string text) =>
        Assert.Equal(text, Sentences(text));

    [Theory]
    [InlineData("The offer covered 3.5 percent of the front line.")]
    [InlineData("The call started at 12.06 and lasted an hour.")]
    [InlineData("Delegates gather at 10 a.m. on Monday in Istanbul.")]
    [InlineData("The shelling stopped by 9 p.m. yesterday, officials said.")]
    public void Decimals_and_times_do_not_end_a_sentence(string text) =>
        Assert.Equal(text, Sentences(text));

    [Theory]
    [InlineData("The talks were… difficult, one aide said.", "The talks were… difficult, one aide said.")]
    [InlineData("We will see... The ceasefire holds for now.", "We will see... | The ceasefire holds for now.")]
    [InlineData("Peace is possible … but not this week.", "Peace is possible … but not this week.")]
    public void An_ellipsis_ends_a_sentence_only_before_a_capital(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("“We are ready to talk.” The envoy left without questions.", "“We are ready to talk.” | The envoy left without questions.")]
    [InlineData("He said: \"The truce must hold.\" Then he left.", "He said: \"The truce must hold.\" | Then he left.")]
    [InlineData("»Wir wollen Frieden.« Die Gespräche gehen weiter.", "»Wir wollen Frieden.« | Die Gespräche gehen weiter.")]
    [InlineData("„Der Waffenstillstand hält.“ So lautet die Botschaft.", "„Der Waffenstillstand hält.“ | So lautet die Botschaft.")]
    public void Final_punctuation_inside_closing_quotes_stays_with_its_sentence(string text, string expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [InlineData("“We have no intention to end the war yet,” Grushko told Izvestia.")]
    [InlineData("“Why should we stop now?” Peskov asked reporters.")]
    [InlineData("“Not one more metre!” Deputy Minister Ivan Petrenko insisted.")]
    [InlineData("“Why now?” he asked.")]
    [InlineData("\"The monitors must be neutral.\" Sybiha said on Friday.")]
    public void A_quote_followed_by_its_attribution_is_one_sentence(string text) =>
        Assert.Equal(text, Sentences(text));

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence()
    {
        const string text = "Talks resume in Jeddah\n\nBoth sides sent envoys\n \nNo date was set";
        Assert.Equal("Talks resume in Jeddah | Both sides sent envoys | No date was set", Sentences(text));
    }

    [Fact]
    public void Bullet_lines_are_sentences_of_their_own_without_the_marker()
    {
        const string text = "Kyiv listed three demands:\n• A guarantee that the truce is monitored\n• The return of deported children\n- An exchange of all prisoners\nThe list was sent to Washington.";
        Assert.Equal(
            "Kyiv listed three demands: | A guarantee that the truce is monitored | The return of deported children | An exchange of all prisoners | The list was sent to Washington.",
            Sentences(text));
    }

    [Fact]
    public void Spans_are_offsets_into_the_original_text()
    {
        const string text = "Intro.\n\nThe envoy met Gen. Syrskyi.";
        var spans = new List<TextSpan>();
        SentenceSplitter.Split(text.AsSpan(8), 8, spans);
        Assert.Equal([new TextSpan(8, 27)], spans);
        Assert.Equal("The envoy met Gen. Syrskyi.", spans[0].Slice(text).ToString());
    }
}
