using Parley.Reading;
using Parley.Reading.PlainText;

namespace Parley.Tests.Reading.PlainText;

public sealed class PlainTextReaderTests
{
    private static Article Read(string text) =>
        new PlainTextReader().Read(new SourceText("page.txt", "page.txt", text, "txt", null, null)).Single();

    [Fact]
    public void A_read_time_line_under_the_headline_is_furniture_and_names_the_outlet()
    {
        var article = Read("""
            Envoys Agree to Meet Again in Riyadh

            BalkanWire 4 Min Read
            4 Min Read

            American and Russian delegations will hold a second round of talks in Riyadh next week, two officials said on Sunday.

            Share this Post
            Leave a Comment
            """);

        Assert.Equal("Envoys Agree to Meet Again in Riyadh", article.Title);
        Assert.Equal("BalkanWire", article.Outlet);
        Assert.DoesNotContain("Min Read", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this Post", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Comment", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("American and Russian delegations", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_and_outlet_dateline_gives_the_outlet_and_a_header_date_line_gives_the_date()
    {
        var article = Read("""
             date 2025-03-18 $43.10 0.22
            Kremlin agrees to pause strikes on energy sites for thirty days

            Moscow • ZNN

             • 2310 views

            The Kremlin said on Tuesday it would stop hitting power plants and substations for a month after a long phone call between the two presidents.

            Kremlin agrees to pause strikes on energy sites for thirty days

            Kyiv said it would support the pause if Moscow kept to it.

            Details

            Officials in Kyiv said the list of sites still had to be agreed by technical teams.

            Olena Marchenko
            """);

        Assert.Equal("Kremlin agrees to pause strikes on energy sites for thirty days", article.Title);
        Assert.Equal("ZNN", article.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 18), article.Published);
        Assert.Equal("Olena Marchenko", article.Byline);
        Assert.DoesNotContain("views", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("$43.10", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Details", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Olena Marchenko", article.Text, StringComparison.Ordinal);
        Assert.Equal(0, CountOf(article.Text, "strikes on energy sites for thirty days"));
        Assert.Equal(3, article.Text.Split("\n\n").Length);
    }

    [Fact]
    public void A_last_news_line_names_the_outlet_and_a_captioned_repeat_of_the_headline_is_dropped()
    {
        var article = Read("""
            Last news in Vesnik

            Delegations end Jeddah meeting without a joint statement

            Both sides promised to keep talking

            Apr 3, 2025 09:41 212

            Delegations end Jeddah meeting without a joint statement - 2

            The talks in Jeddah ended late on Wednesday after nine hours, diplomats said.
            """);

        Assert.Equal("Vesnik", article.Outlet);
        Assert.Equal("Delegations end Jeddah meeting without a joint statement", article.Title);
        Assert.Equal(new DateOnly(2025, 4, 3), article.Published);
        Assert.DoesNotContain("Last news", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("09:41", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(" - 2", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("Both sides promised to keep talking", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_opens_with_a_body_sentence_has_no_title()
    {
        var article = Read("""
            Negotiators from Washington and Moscow met for six hours in Istanbul on Thursday to discuss the work of their embassies. Neither side reported a breakthrough.
            Embassy staffing on the agenda
            The meeting was the second of its kind this year.
            """);

        Assert.Null(article.Title);
        Assert.StartsWith("Negotiators from Washington", article.Text, StringComparison.Ordinal);
        Assert.Contains("Embassy staffing on the agenda", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Calls_to_follow_the_outlet_on_a_platform_are_furniture()
    {
        var article = Read("""
            Zelensky says Ukraine is ready for a full ceasefire at sea

            The Ukrainian president said a truce in the Black Sea could be the first step towards wider talks.
            Follow us on Telegram
            Join our WhatsApp channel for the latest updates
            Share Tweet Email
            """);

        Assert.EndsWith("towards wider talks.", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_section_labels_between_paragraphs_are_dropped_but_real_subheadings_stay()
    {
        var article = Read("""
            Truce talks move to Saudi Arabia

            Officials confirmed the venue on Friday.

            Recall

            Earlier rounds were held in Istanbul.

            Read also

            What the energy truce covers

            It covers power plants and the grid.
            """);

        Assert.DoesNotContain("Recall", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Read also", article.Text, StringComparison.Ordinal);
        Assert.Contains("What the energy truce covers", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_outlet_name_under_the_headline_is_the_outlet()
    {
        var article = Read("""
            White House sends envoy back to Moscow

            Kyiv Post

            Steve Witkoff flew to Moscow on Thursday for another meeting with the Russian leader, the White House said.
            """);

        Assert.Equal("Kyiv Post", article.Outlet);
        Assert.DoesNotContain("Kyiv Post", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_credits_and_breadcrumbs_are_furniture()
    {
        var article = Read("""
            Home › World › Europe
            Ceasefire monitors may come from neutral states

            European diplomats are discussing who could watch over a front-line truce, three people said.
            Delegates at the talks in Geneva. Photo: Pool
            """);

        Assert.Equal("Ceasefire monitors may come from neutral states", article.Title);
        Assert.DoesNotContain("Home", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo:", article.Text, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
