using System.Collections.Frozen;
using Parley.Reading.Citations;

namespace Parley.Reading.PlainText;

/// <summary>What kind of page furniture a line is.</summary>
internal enum FurnitureKind
{
    /// <summary>Not furniture: article text.</summary>
    None,

    /// <summary>A fixed phrase: "Share this Post", "Leave a Comment", "Read more".</summary>
    Phrase,

    /// <summary>A line starting like furniture: "Follow us on...", "Photo:", "Reporting by...".</summary>
    Prefix,

    /// <summary>A read time, possibly after the outlet: "RksNews 2 Min Read".</summary>
    ReadTime,

    /// <summary>Only share buttons, platform names, counters and numbers: "Share 12 Tweet", "1144 views".</summary>
    Buttons,

    /// <summary>A call to follow the outlet on a platform: "Join our Telegram channel".</summary>
    CallToAction,

    /// <summary>No letters at all: tickers, counters, rules ("$41.46 0.15", "76", "* * *").</summary>
    NoLetters,

    /// <summary>A place and the outlet: "Kyiv • UNN".</summary>
    Dateline,

    /// <summary>"Last news in X": the outlet's own link list.</summary>
    OutletLinks,

    /// <summary>A navigation trail: "Home › World › Europe".</summary>
    Breadcrumb,

    /// <summary>An image caption or credit.</summary>
    Caption,
}

/// <summary>Data-driven classifiers for the page furniture found in scraped news text.</summary>
internal static class Furniture
{
    /// <summary>Lines longer than this are article text unless they are captions.</summary>
    private const int MaxFurnitureLength = 120;

    private const string Decoration = " \t•·|*-–—>›»:.!…";

    /// <summary>Whole lines that are furniture, compared ignoring case and surrounding decoration.</summary>
    private static readonly FrozenSet<string> Phrases = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "share", "share this", "share this post", "share this article", "share this story", "share this page", "share article",
        "share on facebook", "share on twitter", "share on x", "share on telegram", "share via email", "tweet", "email", "print",
        "copy link", "copy the link", "link copied", "leave a comment", "leave a reply", "add a comment", "post a comment",
        "comments", "no comments", "show comments", "view comments", "be the first to comment", "join the discussion",
        "read more", "read also", "also read", "see also", "read next", "read the full story", "continue reading", "related",
        "related news", "related articles", "related stories", "related posts", "more news", "more stories", "latest news",
        "latest", "most read", "most popular", "trending", "trending now", "top stories", "editor's picks", "recommended",
        "you may also like", "you might also like", "more on this story", "more on this topic", "advertisement", "sponsored",
        "sponsored content", "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "newsletter",
        "back to top", "skip to content", "skip to main content", "menu", "search", "home", "next article", "previous article",
        "next", "previous", "listen", "listen to this article", "listen to article", "audio", "watch", "watch video", "video",
        "photo", "gallery", "photo gallery", "click to enlarge", "enlarge", "font size", "print this page", "save", "bookmark",
        "follow", "follow us", "loading", "cookie settings", "accept cookies", "details", "recall", "background", "context",
        "reference", "update", "updated", "breaking", "breaking news", "live", "exclusive", "opinion", "analysis", "news feed",
        "all news", "tags", "topics", "share this post on", "report an error", "found a mistake", "found an error");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseLookup = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How short furniture lines begin.</summary>
    private static readonly string[] Prefixes =
    [
        "follow us", "follow our", "subscribe to", "sign up for", "sign up to", "join us on", "join our", "read more:", "read more at",
        "read also:", "also read:", "see also:", "related:", "read:", "photo:", "photo by", "photo credit", "photos:", "image:",
        "image credit", "illustrative photo", "illustration:", "illustrative image", "credit:", "tags:", "topics:", "filed under",
        "advertisement", "copyright", "©", "all rights reserved", "share on", "share via", "download our", "download the app",
        "click here", "get the latest", "stay up to date", "stay informed", "we are on", "our telegram", "our channel",
        "last news in", "latest news in", "more news from", "more from", "reporting by", "editing by", "writing by",
        "additional reporting", "comments (", "views:", "reading time", "estimated reading time", "if you notice an error",
        "if you find an error", "found a typo",
    ];

    /// <summary>Words a line of share buttons and counters is made of.</summary>
    private static readonly FrozenSet<string> ButtonWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "share", "shares", "tweet", "tweets", "email", "e-mail", "print", "copy", "link", "views", "view", "reads", "comments",
        "comment", "likes", "like", "reposts", "pin", "save", "whatsapp", "telegram", "facebook", "twitter", "x", "linkedin",
        "reddit", "viber", "messenger", "vk", "flipboard", "pocket", "mail", "sms", "min", "read", "follow", "subscribe", "and",
        "menu", "search", "home", "login", "logout", "account", "newsletter", "newsletters", "sections", "register", "sign", "in", "up",
        "donate", "podcasts", "close", "open");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ButtonLookup = ButtonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Verbs that invite the reader to follow the outlet somewhere.</summary>
    private static readonly FrozenSet<string> CallVerbs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "follow", "subscribe", "join", "find", "like", "watch", "read", "listen", "sign");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CallVerbLookup = CallVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies one folded line; <paramref name="outlet"/> is the outlet it names, for read times, datelines and link lists.</summary>
    public static FurnitureKind Classify(string line, NewsOrganisations organisations, out string? outlet)
    {
        outlet = null;
        var span = line.AsSpan().Trim();
        if (!HasLetter(span))
        {
            return span.Length <= MaxFurnitureLength ? FurnitureKind.NoLetters : FurnitureKind.None;
        }

        if (span.Length > MaxFurnitureLength)
        {
            return IsCaption(span) ? FurnitureKind.Caption : FurnitureKind.None;
        }

        var core = span.Trim(Decoration);
        if (PhraseLookup.Contains(core))
        {
            return FurnitureKind.Phrase;
        }

        if (TryReadTime(core, organisations, out outlet))
        {
            return FurnitureKind.ReadTime;
        }

        foreach (var prefix in Prefixes)
        {
            if (core.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                if (prefix is "last news in" or "latest news in" or "more news from" or "more from")
                {
                    var named = core[prefix.Length..].Trim(Decoration);
                    if (named.Length > 0 && (OutletNames.LooksLikeOutlet(named, organisations, out var canonical) || IsProperName(named)))
                    {
                        outlet = canonical.Length > 0 ? canonical : named.ToString();
                    }

                    return FurnitureKind.OutletLinks;
                }

                return FurnitureKind.Prefix;
            }
        }

        var words = 0;
        var buttons = 0;
        var numbers = 0;
        var platform = false;
        var call = false;
        foreach (var range in core.Split(' '))
        {
            var word = core[range].Trim(".,:;!()[]|•·");
            if (word.Length == 0)
            {
                continue;
            }

            words++;
            if (!HasLetter(word))
            {
                numbers++;
            }
            else if (ButtonLookup.Contains(word))
            {
                buttons++;
            }

            platform |= OutletNames.IsPlatform(word);
            call |= words <= 3 && CallVerbLookup.Contains(word);
        }

        if (words > 0 && buttons > 0 && buttons + numbers == words)
        {
            return FurnitureKind.Buttons;
        }

        if (platform && call && words <= 14)
        {
            return FurnitureKind.CallToAction;
        }

        if (IsBreadcrumb(core))
        {
            return FurnitureKind.Breadcrumb;
        }

        if (TryDateline(core, organisations, out outlet))
        {
            return FurnitureKind.Dateline;
        }

        return IsCaption(span) ? FurnitureKind.Caption : FurnitureKind.None;
    }

    /// <summary>A line that is only the name of an outlet ("RksNews", "Kyiv Post", "Liga.net").</summary>
    public static bool TryOutletName(string line, NewsOrganisations organisations, out string outlet)
    {
        outlet = string.Empty;
        var span = line.AsSpan().Trim(Decoration);
        return span.Length is > 1 and < 40 && OutletNames.LooksLikeOutlet(span, organisations, out outlet);
    }

    /// <summary>A section label between paragraphs: one word on its own ("Details", "Recall", "Background:").</summary>
    public static bool IsSectionLabel(string line)
    {
        var span = line.AsSpan().Trim(Decoration);
        if (span.Length is 0 or > 30 || !char.IsUpper(span[0]))
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"2 Min Read", "5 min read", "RksNews 2 Min Read", "Reading time: 3 minutes".</summary>
    private static bool TryReadTime(ReadOnlySpan<char> core, NewsOrganisations organisations, out string? outlet)
    {
        outlet = null;
        if (!core.EndsWith("read", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rest = core[..^4].TrimEnd();
        ReadOnlySpan<string> units = ["minutes", "minute", "mins", "min.", "min", "m"];
        var matched = false;
        foreach (var unit in units)
        {
            if (rest.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[..^unit.Length].TrimEnd();
                matched = true;
                break;
            }
        }

        var digits = rest.Length;
        while (digits > 0 && char.IsAsciiDigit(rest[digits - 1]))
        {
            digits--;
        }

        if (!matched || digits == rest.Length)
        {
            return false;
        }

        var before = rest[..digits].Trim(Decoration);
        if (before.Length > 0 && OutletNames.LooksLikeOutlet(before, organisations, out var canonical))
        {
            outlet = canonical;
        }

        return true;
    }

    /// <summary>"Kyiv • UNN": a place, a bullet, and an outlet-like name.</summary>
    private static bool TryDateline(ReadOnlySpan<char> core, NewsOrganisations organisations, out string? outlet)
    {
        outlet = null;
        var bullet = core.IndexOfAny("•·|");
        if (bullet <= 0 || core.Length > 60)
        {
            return false;
        }

        var place = core[..bullet].Trim();
        var name = core[(bullet + 1)..].Trim(Decoration);
        if (!IsProperName(place) || name.IndexOfAny("•·|") >= 0)
        {
            return false;
        }

        // After "Place •" the name is the outlet by position, even one that does not look like a media name.
        if (OutletNames.LooksLikeOutlet(name, organisations, out var canonical))
        {
            outlet = canonical;
            return true;
        }

        if (IsProperName(name))
        {
            outlet = name.ToString();
            return true;
        }

        return false;
    }

    /// <summary>"Home › World › Europe", "News » Politics".</summary>
    private static bool IsBreadcrumb(ReadOnlySpan<char> core) =>
        core.Length < 80 && (core.Contains('›') || core.Contains('»') || core.Contains(" > ", StringComparison.Ordinal) || core.Contains(" / ", StringComparison.Ordinal))
        && !core.EndsWith('.');

    private static bool IsCaption(ReadOnlySpan<char> line) =>
        line.Length <= 300 && (line.Contains("Photo:", StringComparison.Ordinal) || line.Contains("Photo by", StringComparison.Ordinal)
            || line.Contains("Getty Images", StringComparison.Ordinal) || line.Contains("Shutterstock", StringComparison.Ordinal)
            || line.Contains("Image credit", StringComparison.OrdinalIgnoreCase) || line.EndsWith("(photo)", StringComparison.OrdinalIgnoreCase));

    /// <summary>One to three capitalised words: a place or a name.</summary>
    internal static bool IsProperName(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or '.'))
                {
                    return false;
                }
            }

            words++;
        }

        return words is > 0 and <= 3;
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
