using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Parley.Reading.Dates;
using Parley.Reading.Text;

namespace Parley.Reading.Html;

/// <summary>Reads an HTML page: its metadata, its publication date and its main text.</summary>
public sealed class HtmlArticleReader : IFormatReader
{
    /// <summary>Elements nested deeper than this are not walked recursively; such pages fall back to flat text.</summary>
    public const int MaxDepth = 400;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false, IsKeepingSourceReferences = false };

    /// <inheritdoc />
    public IEnumerable<Article> Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (MarkupDepth.Exceeds(source.Text))
        {
            // The DOM parser's cost grows with the square of the nesting: an absurd page is read as flat text.
            var flat = TagStripper.Text(source.Text);
            if (flat.Length == 0)
            {
                throw new ReadException("no article text found in this html page");
            }

            yield return new Article(source.Name, null, null, null, null, source.Url, null, [], flat, "html", source.Origin);
            yield break;
        }

        var document = Parse(source.Text);
        var metadata = HtmlMetadata.From(document, source.Url);

        // Dates first: main-text extraction prunes the document.
        var published = HtmlDateFinder.Find(document, source.Url ?? metadata.Url);
        var text = MainText(document, metadata.Url ?? source.Url);
        if (text.Length == 0)
        {
            throw new ReadException("no article text found in this html page");
        }

        yield return new Article(
            source.Name,
            metadata.Title,
            metadata.SiteName,
            published,
            metadata.Byline,
            metadata.Url ?? source.Url,
            metadata.Language,
            [],
            text,
            "html",
            source.Origin);
    }

    /// <summary>Parses a whole page.</summary>
    public static IHtmlDocument Parse(string html) => new HtmlParser(ParserOptions).ParseDocument(html);

    /// <summary>The readable text of an HTML fragment (a feed item's body, a JSON record's HTML content).</summary>
    public static string FragmentText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return TextCleaner.Paragraphs(html.Split('\n'));
        }

        if (MarkupDepth.Exceeds(html))
        {
            return TagStripper.Text(html);
        }

        var document = Parse("<!DOCTYPE html><html><body>" + html + "</body></html>");
        return BlockText.Of(document.Body);
    }

    /// <summary>The page's main text, found by the content extractor.</summary>
    public static string MainText(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        return MainTextExtractor.Extract(document, url);
    }
}
