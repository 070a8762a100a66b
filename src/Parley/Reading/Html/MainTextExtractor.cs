using AngleSharp.Html.Dom;
using SmartReader;

namespace Parley.Reading.Html;

/// <summary>Finds a page's main article text, combining a density-based container choice with SmartReader (a Readability port).</summary>
public static class MainTextExtractor
{
    /// <summary>SmartReader's text wins when this share of it lies inside the density text...</summary>
    private const double ReaderInsideDensity = 0.85;

    /// <summary>...while less than this share of the density text lies inside SmartReader's...</summary>
    private const double DensityInsideReader = 0.7;

    /// <summary>...and SmartReader's text is at least this fraction of the density text's size.</summary>
    private const double MinimumReaderShare = 0.25;

    /// <summary>Below this length SmartReader's text alone (often just a title) loses to the page's flat text.</summary>
    private const int MinimumReaderChars = 200;

    /// <summary>Extracts the main text, or an empty string when the page has none.</summary>
    public static string Extract(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        var choice = DensityExtractor.FindContainer(document, out var tooDeep);
        if (tooDeep)
        {
            // SmartReader recurses through the tree; a page this deep gets its flat text instead.
            return BlockText.Of(document.Body);
        }

        var title = document.Title?.Trim();
        var density = choice is null ? string.Empty : DensityExtractor.TextOf(choice, title);
        if (density.Length == 0)
        {
            // SmartReader strips the document it reads, so the flat text is taken first.
            var flat = BlockText.Of(document.Body);
            var fallback = ReaderArticle(document, url);
            return fallback is not null && fallback.TextContent.Length >= MinimumReaderChars ? Paragraphs(fallback) : flat;
        }

        var reader = ReaderArticle(document, url);
        if (reader is null)
        {
            return density;
        }

        // The density text keeps whole containers; when SmartReader's pick is a large part of it and it has much SmartReader
        // left out, the rest is usually a list of teasers or comments that happened to share the container.
        // The comparison needs only the words, so SmartReader's HTML is parsed into paragraphs only when it wins.
        var overlap = ShingleOverlap.Compare(reader.TextContent, density);
        var readerWins = overlap.LeftCovered >= ReaderInsideDensity
            && overlap.RightCovered < DensityInsideReader
            && overlap.Left >= MinimumReaderShare * overlap.Right;
        return readerWins ? Paragraphs(reader) : density;
    }

    private static string Paragraphs(SmartReader.Article article) => BlockText.Of(HtmlArticleReader.Parse(article.Content).Body);

    private static SmartReader.Article? ReaderArticle(IHtmlDocument document, string? url)
    {
        try
        {
            var reader = new Reader(url ?? "https://localhost/", document) { Debug = false, Logging = ReportLevel.Issue };
            var article = reader.GetArticle();
            return article.IsReadable && article.Content is { Length: > 0 } && article.TextContent is { Length: > 0 } ? article : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
