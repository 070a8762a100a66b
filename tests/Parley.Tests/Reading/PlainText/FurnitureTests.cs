using Parley.Reading.Citations;
using Parley.Reading.PlainText;

namespace Parley.Tests.Reading.PlainText;

public sealed class FurnitureTests
{
    [Theory]
    [InlineData("Share this Post")]
    [InlineData("Share")]
    [InlineData("Tweet")]
    [InlineData("5 min read")]
    [InlineData("2 Min Read")]
    [InlineData("1144 views")]
    [InlineData(" • 87 views")]
    [InlineData("Follow us on Twitter")]
    [InlineData("Follow us on Facebook")]
    [InlineData("Leave a Comment")]
    [InlineData("Read more")]
    [InlineData("Subscribe")]
    [InlineData("$41.46 0.15")]
    [InlineData("Last news in Vesnik")]
    public void Common_page_furniture_is_recognised(string line)
    {
        Assert.NotEqual(FurnitureKind.None, Furniture.Classify(line, NewsOrganisations.Default, out _));
    }

    [Theory]
    [InlineData("The delegations will meet again in Riyadh next week.")]
    [InlineData("Moscow’s key demands")]
    [InlineData("Trump said he would read the proposal carefully before deciding.")]
    [InlineData("Russia has shared its list of conditions with the United States, according to officials.")]
    public void Article_sentences_and_subheadings_are_not_furniture(string line)
    {
        Assert.Equal(FurnitureKind.None, Furniture.Classify(line, NewsOrganisations.Default, out _));
    }

    [Theory]
    [InlineData("Kyiv • UNN", "UNN")]
    [InlineData("Moscow · ZNN", "ZNN")]
    [InlineData("Sofia | Novinite", "Novinite")]
    public void A_place_and_outlet_dateline_names_the_outlet(string line, string outlet)
    {
        Assert.Equal(FurnitureKind.Dateline, Furniture.Classify(line, NewsOrganisations.Default, out var named));
        Assert.Equal(outlet, named);
    }

    [Fact]
    public void An_outlet_before_a_read_time_is_the_outlet()
    {
        Assert.Equal(FurnitureKind.ReadTime, Furniture.Classify("Kyiv Post 3 min read", NewsOrganisations.Default, out var named));
        Assert.Equal("Kyiv Post", named);
    }
}
