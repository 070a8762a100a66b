using AngleSharp.Dom;

namespace Parley.Reading.Html;

/// <summary>Recognises page furniture (share bars, related links, comments, newsletter boxes) by tag, role, class and id.</summary>
public static class BoilerplateNames
{
    private static readonly HashSet<string> Tokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "sharing", "social", "socials", "related", "recommended", "recommendations", "newsletter", "newsletters",
        "subscribe", "subscription", "promo", "promotion", "advert", "advertisement", "ad", "ads", "adslot", "sponsor", "sponsored",
        "comment", "comments", "disqus", "sidebar", "widget", "widgets", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation",
        "menu", "footer", "masthead", "byline", "bio", "caption", "captions", "credit", "credits", "tags", "popular", "trending",
        "outbrain", "taboola", "modal", "popup", "cookie", "cookies", "signup", "toolbar", "pagination", "readmore", "recirc",
        "recirculation", "author", "hidden", "print", "skip", "jump", "teaser", "teasers", "more", "follow", "rail", "embed",
        "video", "gallery", "slideshow", "timestamp", "dateline", "meta", "copyright", "disclaimer", "login", "paywall", "banner",
    };

    private static readonly string[] Fragments =
    [
        "share", "social", "related", "newsletter", "subscri", "promo", "comment", "sidebar", "outbrain", "taboola", "recirc",
        "breadcrumb", "advert", "sponsor", "byline", "caption", "signup", "readmore", "trending", "popular",
    ];

    private static readonly HashSet<string> Tags = new(StringComparer.OrdinalIgnoreCase)
    {
        "NAV", "FOOTER", "ASIDE", "FORM", "FIGCAPTION", "HEADER", "MENU", "DIALOG",
    };

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "dialog", "menu", "search", "alert",
    };

    /// <summary>Whether the element is furniture rather than article text.</summary>
    public static bool IsBoilerplate(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (Tags.Contains(element.TagName))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is not null && Roles.Contains(role))
        {
            return true;
        }

        if (element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Contains("display:none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return NameMatches(element.GetAttribute("class")) || NameMatches(element.GetAttribute("id"));
    }

    /// <summary>Whether a class or id value names furniture: a whole token from the list, or a telling fragment inside a token.</summary>
    public static bool NameMatches(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var span = value.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var letter = i < span.Length && char.IsLetterOrDigit(span[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (TokenMatches(span[start..i]))
                {
                    return true;
                }

                start = -1;
            }
        }

        foreach (var fragment in Fragments)
        {
            if (value.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TokenMatches(ReadOnlySpan<char> token)
    {
        var lookup = Tokens.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.Contains(token);
    }
}
