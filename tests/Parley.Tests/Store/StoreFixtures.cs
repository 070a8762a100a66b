using Parley.Reading;

namespace Parley.Tests.Store;

/// <summary>Articles written for the store tests.</summary>
internal static class StoreFixtures
{
    public const string WireStory =
        "Russian and American officials met in Riyadh on Tuesday for more than four hours, the first such talks since the full-scale invasion began. " +
        "The delegations agreed to restore the staffing of their embassies, to set up a high-level team to work on ending the war, and to explore economic cooperation. " +
        "Ukraine was not invited, and its president said Kyiv would not recognise any agreement reached without it. " +
        "European governments also voiced concern at being left out of the talks. " +
        "The Russian side repeated that it opposed the deployment of troops from NATO countries to Ukraine under any flag.";

    public static Article Make(string doc, string text, string? outlet = "Wire Daily", string? title = "Talks in Riyadh", DateOnly? published = null, params string[] cites) =>
        new(doc, title, outlet, published ?? new DateOnly(2025, 2, 18), null, null, "en", cites, text, "text", doc);
}
