using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parley.Reading.Text;

namespace Parley.Reading.Html;

/// <summary>What a page's head says about it: title, site name, byline, canonical address and language.</summary>
public sealed record HtmlMetadata(string? Title, string? SiteName, string? Byline, string? Url, string? Language)
{
    /// <summary>Reads the metadata from Open Graph, Twitter, standard meta tags and the title element.</summary>
    public static HtmlMetadata From(IHtmlDocument document, string? fallbackUrl)
    {
        ArgumentNullException.ThrowIfNull(document);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        var site = Meta(document, "og:site_name") ?? Meta(document, "application-name");
        var byline = Meta(document, "author") ?? Meta(document, "article:author") ?? Meta(document, "byl");
        if (byline is not null && byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            byline = null;
        }

        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url") ?? fallbackUrl;
        if (url is not null && !Uri.IsWellFormedUriString(url, UriKind.Absolute))
        {
            url = fallbackUrl;
        }

        var language = document.DocumentElement?.GetAttribute("lang") ?? Meta(document, "og:locale");
        return new HtmlMetadata(Clean(title), Clean(site), Clean(byline), url, Clean(language));
    }

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? (IEnumerable<IElement>)[])
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return content;
                }
            }
        }

        return null;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var folded = TextCleaner.Fold(value);
        return folded.Length == 0 ? null : folded;
    }
}
