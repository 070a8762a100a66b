using AngleSharp.Html.Dom;
using SmartReader;

namespace Parley.Reading.Html;

/// <summary>Finds a page's main article text, combining SmartReader (a Readability port) with a density-based container choice.</summary>
public static class MainTextExtractor
{
    /// <summary>Extracts the main text, or an empty string when the page has none.</summary>
    public static string Extract(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        var container = DensityExtractor.FindContainer(document);
        var title = document.Title?.Trim();
        var density = container is null ? string.Empty : DensityExtractor.TextOf(container, title);
        var mode = Environment.GetEnvironmentVariable("PARLEY_HTML_MODE");
        if (mode == "density")
        {
            Console.Error.WriteLine($"{title}: {container?.Container.TagName} {container?.Container.ClassName} {container?.Container.Id} {density.Length}");
            return density.Length > 0 ? density : BlockText.Of(document.Body);
        }

        var reader = new Reader(url ?? "https://localhost/", document) { Debug = false, Logging = ReportLevel.Issue };
        var article = reader.GetArticle();
        if (article.IsReadable && article.Content is { Length: > 0 } content)
        {
            var text = BlockText.Of(HtmlArticleReader.Parse(content).Body);
            if (text.Length > 0)
            {
                return text;
            }
        }

        return BlockText.Of(document.Body);
    }
}
