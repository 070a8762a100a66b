namespace Parley.Reading.Html;

/// <summary>Short paragraphs that are page furniture by their wording: "Advertisement", "Read more", "Share this story".</summary>
public static class BoilerplatePhrases
{
    private const int MaxLength = 90;

    private static readonly string[] Starts =
    [
        "advertisement", "read more", "read next", "related:", "related articles", "related stories", "related coverage", "see also",
        "share this", "share on", "subscribe", "sign up", "click here", "follow us", "follow me", "copyright", "©", "all rights reserved",
        "image:", "photo:", "image copyright", "image caption", "media caption", "getty images", "more:", "watch:", "listen:",
        "recommended", "you may also like", "more from", "trending", "most popular", "most read", "comments", "leave a comment",
        "posted in", "filed under", "tags:", "topics:", "continue reading", "skip ad", "loading", "this article was", "updated:",
        "published:", "by ", "story continues below", "scroll to continue",
    ];

    /// <summary>Whether a short paragraph reads as furniture.</summary>
    public static bool IsBoilerplate(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Length > MaxLength)
        {
            return false;
        }

        foreach (var start in Starts)
        {
            if (paragraph.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
