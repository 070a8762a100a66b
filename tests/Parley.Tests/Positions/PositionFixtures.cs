using Parley.Claims;
using Parley.Positions;
using Parley.Reading;
using Parley.Store;

namespace Parley.Tests.Positions;

/// <summary>A store in a temp folder, filled with short articles written for these tests through the real extractor and writer.</summary>
internal sealed class PositionStore : IDisposable
{
    private static readonly string[] Syllables = ["ka", "ro", "mi", "sta", "vel", "din", "por", "tes", "lu", "gra", "no", "shev", "ko", "ri", "an", "bel"];

    private readonly TempFolder _temp = new();

    public PositionStore()
    {
        Path = System.IO.Path.Combine(_temp.Path, "positions.db");
        Store = ParleyStore.Open(Path);
    }

    public string Path { get; }

    public ParleyStore Store { get; }

    public PositionQueries Queries => new(Store);

    /// <summary>An article: the claim sentences, then a background sentence of words drawn from its name, so that different articles are different stories.</summary>
    public static Article Article(string doc, string sentences, DateOnly? published, string outlet = "Wire Daily") =>
        new(doc, "Talks " + doc, outlet, published, null, null, "en", [], sentences + " " + Background(doc), "text", doc);

    /// <summary>A syndicated copy of an article: the same text with a dateline, from another outlet, a day later.</summary>
    public static Article Copy(Article original, string doc, string outlet) =>
        original with { Doc = doc, Origin = doc, Outlet = outlet, Text = "KYIV (" + outlet + ") — " + original.Text, Published = original.Published?.AddDays(1) };

    /// <summary>Writes the articles in one batch, extracting their claims with the built-in codebook.</summary>
    public async Task WriteAsync(params Article[] articles)
    {
        var writer = new StoreWriter(Store);
        foreach (var article in articles)
        {
            await writer.WriteAsync(PreparedArticle.From(article, ClaimExtractor.Default));
        }

        await writer.CompleteAsync();
    }

    public PositionCell Cell(string actor, string issue, ClaimFilter? filter = null) =>
        Assert.Single(Queries.Map(filter ?? ClaimFilter.All).Cells, c => c.Actor == actor && c.Issue == issue);

    public void Dispose()
    {
        Store.Dispose();
        _temp.Dispose();
    }

    private static string Background(string seed)
    {
        var hash = 17;
        foreach (var c in seed)
        {
            hash = unchecked((hash * 31) + c);
        }

        var random = new Random(hash & 0x7FFFFFFF);
        var words = new List<string>();
        for (var i = 0; i < 14; i++)
        {
            var word = string.Empty;
            for (var s = random.Next(2, 4); s > 0; s--)
            {
                word += Syllables[random.Next(Syllables.Length)];
            }

            words.Add(word);
        }

        return "Background: " + string.Join(' ', words) + ".";
    }
}

/// <summary>Sentences the built-in extractor reads as one known claim each (checked by the tests that use them).</summary>
internal static class Said
{
    public const string RussiaAcceptsCeasefire = "Putin said Russia supports a ceasefire, but only with conditions attached.";
    public const string RussiaUnlikelyToAcceptCeasefire = "Russian President Vladimir Putin is unlikely to accept the US proposal for a 30-day ceasefire, officials said.";
    public const string RussiaRejectsCeasefire = "Russia rejects a 30-day ceasefire, Peskov said.";
    public const string RussiaRejectsCeasefireQuoted = "Peskov said: \"Russia rejects a 30-day ceasefire, and that is final.\"";
    public const string RussiaRejectsGuarantees = "Russia said it would never accept security guarantees for Ukraine.";
    public const string UkraineAcceptsCeasefire = "Zelensky said Ukraine is ready to accept a 30-day ceasefire.";
    public const string UkraineRejectsCeasefire = "Zelensky said Ukraine now rejects a ceasefire.";
    public const string UkraineDemandsGuarantees = "Zelensky said Ukraine demands security guarantees from its allies before any deal.";
    public const string UkraineRejectsRecognition = "Zelensky said Ukraine would never recognise Russian control over Crimea.";
    public const string RussiaDemandsNeutrality = "Lavrov said Russia demands that Ukraine never join NATO.";
    public const string RussiaDemandsRecognitionAnonymously = "According to sources familiar with the talks, Russia demands recognition of Crimea as Russian territory.";
    public const string RussiaDemandsRecognitionReported = "Reuters reported that Russia demands recognition of Crimea as Russian territory.";
    public const string RussiaDemandsSanctionsReliefUnconfirmed = "Russia reportedly demands the lifting of sanctions, but this could not be confirmed.";
    public const string RussiaDemandsWithdrawal = "The Kremlin demands that Ukraine withdraw its troops from the Donetsk region, Peskov told reporters on Monday.";
    public const string RussiaProposesWithdrawal = "Peskov said Russia proposed a phased withdrawal of Ukrainian troops from the Donetsk region.";
    public const string UnitedStatesProposesSanctions = "The United States proposed new sanctions on Russian oil buyers, Rubio said.";
    public const string UnitedStatesProposesCeasefire = "Secretary of State Marco Rubio said the United States proposed a 30-day ceasefire.";
}
