using Parley.Reading.Citations;

namespace Parley.Tests.Reading.Citations;

public sealed class CitationFinderTests
{
    private static readonly CitationFinder Finder = new(NewsOrganisations.Default);

    [Fact]
    public void Known_organisations_are_found_in_order_of_first_mention()
    {
        var cites = Finder.Find("The envoy told CNN on Sunday that talks would go on, Reuters reported, echoing an earlier TASS report.", null);

        Assert.Equal(["CNN", "Reuters", "TASS"], cites);
    }

    [Fact]
    public void The_articles_own_outlet_is_not_a_cited_source()
    {
        var cites = Finder.Find("The talks are stalled, UNN reports, citing Bloomberg.", "UNN");

        Assert.Equal(["Bloomberg"], cites);
    }

    [Theory]
    [InlineData("This is reported by Vesti.md, citing officials in Chisinau.", "Vesti.md")]
    [InlineData("The meeting was moved to Riyadh, according to Balkan Daily.", "Balkan Daily")]
    [InlineData("Two diplomats told Danube Herald that the draft was ready.", "Danube Herald")]
    [InlineData("Odesa Courier reported that port traffic had resumed.", "Odesa Courier")]
    [InlineData("The talks ran for nine hours, Kharkiv.net reports.", "Kharkiv.net")]
    [InlineData("The truce plan was leaked, the Prague Times wrote.", "Prague Times")]
    public void Unknown_outlets_in_attribution_patterns_are_found(string text, string expected)
    {
        Assert.Contains(expected, Finder.Find(text, null));
    }

    [Theory]
    [InlineData("Kosachev said so in a post on Telegram.")]
    [InlineData("The statement was published on Facebook and X, according to Telegram channels.")]
    [InlineData("Lavrov told the Security Council that there would be no short truce.")]
    [InlineData("Russia controls most of the region, according to Russian estimates.")]
    [InlineData("The figures were given according to NATO and the EU.")]
    [InlineData("Putin told reporters that the West had been warned.")]
    public void Platforms_people_and_institutions_are_not_cited_sources(string text)
    {
        Assert.Empty(Finder.Find(text, null));
    }

    [Fact]
    public void Gazetteer_aliases_map_to_one_canonical_name()
    {
        var cites = Finder.Find("The Kyiv Independent and the Associated Press both said so; AP added that Kyiv Independent sources agreed.", null);

        Assert.Equal(["Kyiv Independent", "Associated Press"], cites);
    }
}
