using AngleSharp.Html.Dom;

namespace Parley.Reading.Dates;

/// <summary>Finds a page's publication date from its markup, structured data, address and visible text.</summary>
public static class HtmlDateFinder
{
    /// <summary>The publication date, or null when none can be told.</summary>
    public static DateOnly? Find(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var key in (ReadOnlySpan<string>)["article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date"])
        {
            foreach (var meta in document.QuerySelectorAll("meta"))
            {
                var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && DateText.TryParseIso(meta.GetAttribute("content"), out var date))
                {
                    return date;
                }
            }
        }

        foreach (var time in document.QuerySelectorAll("time[datetime]"))
        {
            if (DateText.TryParseIso(time.GetAttribute("datetime"), out var date))
            {
                return date;
            }
        }

        return url is not null && DateText.TryFromUrl(url, out var fromUrl) ? fromUrl : null;
    }
}
