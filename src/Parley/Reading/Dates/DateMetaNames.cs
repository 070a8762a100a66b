using System.Collections.Frozen;

namespace Parley.Reading.Dates;

/// <summary>The meta tag names and properties that carry dates, and what kind of date each carries.</summary>
public static class DateMetaNames
{
    private static readonly string[] PublishedNames =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published", "article_published_time",
        "article.published", "article_date_original", "article:post_date", "datepublished", "date_published", "published_time",
        "published-date", "published_date", "publication_date", "publication-date", "pubdate", "publishdate", "publish-date",
        "publish_date", "pub_date", "pub-date", "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date",
        "citation_online_date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date.published",
        "originalpublicationdate", "original-publish-date", "rnews:datepublished", "bt:pubdate", "og:pubdate", "displaydate",
        "cxenseparse:recs:publishtime", "article.created", "date.created", "created", "datecreated", "nv:date", "article:publication_date",
        "published", "release_date", "firstpublishedtime", "pdate", "story_date", "ga-publish-date",
    ];

    private static readonly string[] GenericNames =
    [
        "date", "dc.date", "dcterms.date", "dc:date", "dcterms:date", "shareaholic:article_published_time", "timestamp", "article_date",
        "date_released", "dc.date.available", "news_date", "its:date", "eomportal-lastupdate-no",
    ];

    private static readonly string[] ModifiedNames =
    [
        "article:modified_time", "og:updated_time", "article:modified", "dc.date.modified", "dcterms.modified", "datemodified",
        "date_modified", "modified", "lastmod", "last-modified", "last_updated", "lastupdate", "updated_time", "article.updated",
        "revised", "shareaholic:article_modified_time",
    ];

    private static readonly FrozenDictionary<string, DateEvidence> Names = Build();

    /// <summary>What kind of date a meta tag with this name carries, or null when it carries none.</summary>
    public static DateEvidence? Classify(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 60)
        {
            return null;
        }

        return Names.TryGetValue(name.Trim().ToLowerInvariant(), out var evidence) ? evidence : null;
    }

    private static FrozenDictionary<string, DateEvidence> Build()
    {
        var map = new Dictionary<string, DateEvidence>(StringComparer.Ordinal);
        foreach (var name in PublishedNames)
        {
            map.TryAdd(name, DateEvidence.Published);
        }

        foreach (var name in GenericNames)
        {
            map.TryAdd(name, DateEvidence.GenericMeta);
        }

        foreach (var name in ModifiedNames)
        {
            map.TryAdd(name, DateEvidence.Modified);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
