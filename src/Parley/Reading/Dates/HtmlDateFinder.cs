using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Parley.Reading.Dates;

/// <summary>Finds a page's publication date from its markup, structured data, address and visible text.</summary>
public static partial class HtmlDateFinder
{
    private const int MaxElementText = 200;
    private static readonly DateOnly Earliest = new(1995, 1, 1);

    /// <summary>The publication date, or null when none can be told.</summary>
    public static DateOnly? Find(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = Collect(document, url);
        return Choose(candidates, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1));
    }

    /// <summary>Every candidate date the page offers, in document order, with where each came from.</summary>
    public static IReadOnlyList<DateCandidate> Collect(IHtmlDocument document, string? url)
    {
        ArgumentNullException.ThrowIfNull(document);
        var collector = new DateCollector(DayOrderOf(document));
        if (url is not null && DateText.TryFromUrl(url, out var fromUrl))
        {
            collector.Add(fromUrl, DateEvidence.Url);
        }

        if (document.DocumentElement is { } root)
        {
            Walk(root, collector);
        }

        return collector.Candidates;
    }

    private static DateOnly? Choose(IReadOnlyList<DateCandidate> candidates, DateOnly latest)
    {
        DateCandidate? best = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Date < Earliest || candidate.Date > latest)
            {
                continue;
            }

            if (best is null || candidate.Evidence < best.Value.Evidence)
            {
                best = candidate;
            }
        }

        if (best is { Utc: true } utc && utc.Evidence <= DateEvidence.Created)
        {
            // A UTC timestamp's day may be a day off the local one: a local-time statement of the same moment wins.
            foreach (var candidate in candidates)
            {
                if (!candidate.Utc && candidate.Evidence <= DateEvidence.Created
                    && candidate.Date != utc.Date && Math.Abs(candidate.Date.DayNumber - utc.Date.DayNumber) == 1)
                {
                    return candidate.Date;
                }
            }
        }

        return best?.Date;
    }

    private static void Walk(IElement root, DateCollector collector)
    {
        var stack = new Stack<(INode Node, bool Boilerplate)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, boilerplate) = stack.Pop();
            if (node is IText text)
            {
                collector.AddText(text.Data, boilerplate);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (!Visit(element, collector, ref boilerplate))
            {
                continue;
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], boilerplate));
            }
        }
    }

    /// <summary>Reads what the element says about dates; false when its content is not to be walked.</summary>
    private static bool Visit(IElement element, DateCollector collector, ref bool boilerplate)
    {
        switch (element.LocalName)
        {
            case "script":
                var script = element.TextContent;
                collector.AddScript(script, element.GetAttribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true);
                collector.AddInlineScript(script, boilerplate);
                return false;
            case "style" or "noscript" or "template" or "svg" or "iframe" or "select" or "option" or "button":
                return false;
            case "meta":
                VisitMeta(element, collector);
                return false;
            case "footer" or "aside" or "nav":
                boilerplate = true;
                break;
            case "time":
                VisitTime(element, collector, boilerplate);
                break;
            default:
                break;
        }

        if (element.GetAttribute("itemprop") is { } itemprop)
        {
            VisitItemprop(element, itemprop, collector);
        }

        var classAndId = ClassAndId(element);
        if (classAndId.Length > 0)
        {
            if (!boilerplate && BoilerplateClass().IsMatch(classAndId))
            {
                boilerplate = true;
            }

            if (DateClass().IsMatch(classAndId))
            {
                VisitDatedElement(element, classAndId, collector, boilerplate);
            }
        }

        return true;
    }

    private static void VisitMeta(IElement meta, DateCollector collector)
    {
        var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
        if (name is null)
        {
            return;
        }

        var evidence = DateMetaNames.Classify(name)
            ?? (name.Equals("datePublished", StringComparison.OrdinalIgnoreCase) ? DateEvidence.Published : null);
        if (evidence is { } kind)
        {
            collector.AddValue(meta.GetAttribute("content") ?? meta.GetAttribute("datetime"), kind);
        }
    }

    private static void VisitTime(IElement time, DateCollector collector, bool boilerplate)
    {
        var published = time.HasAttribute("pubdate")
            || (time.GetAttribute("class")?.Contains("publi", StringComparison.OrdinalIgnoreCase) ?? false);
        var kind = boilerplate ? DateEvidence.Boilerplate : published ? DateEvidence.PublishedOther : DateEvidence.TimeElement;
        var value = time.GetAttribute("datetime");
        if (!collector.AddValue(value, kind) && published)
        {
            collector.AddValue(Shorten(time.TextContent), kind);
        }
    }

    private static void VisitItemprop(IElement element, string itemprop, DateCollector collector)
    {
        DateEvidence? kind = itemprop.Trim().ToLowerInvariant() switch
        {
            "datepublished" => DateEvidence.Published,
            "datecreated" or "uploaddate" => DateEvidence.Created,
            "datemodified" => DateEvidence.Modified,
            _ => null,
        };
        if (kind is null || element.LocalName == "meta")
        {
            return;
        }

        var value = element.GetAttribute("content") ?? element.GetAttribute("datetime");
        if (!collector.AddValue(value, kind.Value))
        {
            collector.AddValue(Shorten(element.TextContent), kind.Value);
        }
    }

    private static void VisitDatedElement(IElement element, string classAndId, DateCollector collector, bool boilerplate)
    {
        var kind = boilerplate ? DateEvidence.Boilerplate
            : ModifiedClass().IsMatch(classAndId) ? DateEvidence.Modified
            : DateEvidence.DatedElement;
        if (element.LocalName == "abbr" && collector.AddValue(element.GetAttribute("title"), kind))
        {
            return;
        }

        if (element.ChildElementCount > 12)
        {
            return;
        }

        var text = element.TextContent;
        if (text.Length <= MaxElementText * 2)
        {
            collector.AddValue(Shorten(text), kind);
        }
    }

    private static string ClassAndId(IElement element)
    {
        var className = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        return (className, id) switch
        {
            (null, null) => string.Empty,
            (null, _) => id,
            (_, null) => className,
            _ => className + " " + id,
        };
    }

    private static string Shorten(string text) => text.Length <= MaxElementText ? text : text[..MaxElementText];

    private static DayOrder DayOrderOf(IHtmlDocument document)
    {
        var lang = document.DocumentElement?.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            foreach (var meta in document.Head?.Children ?? Enumerable.Empty<IElement>())
            {
                if (meta.LocalName == "meta"
                    && (string.Equals(meta.GetAttribute("http-equiv"), "content-language", StringComparison.OrdinalIgnoreCase)
                        || string.Equals(meta.GetAttribute("property"), "og:locale", StringComparison.OrdinalIgnoreCase)))
                {
                    lang = meta.GetAttribute("content");
                    break;
                }
            }
        }

        if (string.IsNullOrWhiteSpace(lang))
        {
            return DayOrder.Unknown;
        }

        lang = lang.Trim().Replace('_', '-');
        if (lang.Equals("en", StringComparison.OrdinalIgnoreCase) || lang.StartsWith("en-us", StringComparison.OrdinalIgnoreCase))
        {
            return DayOrder.MonthFirst;
        }

        return DayOrder.DayFirst;
    }

    [GeneratedRegex(@"footer|sidebar|side-bar|comment|related|widget|recommend|popular|trending|most-read|mostread|breadcrumb|newsletter|ticker|(?<![a-z])nav(?![a-z])|menu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateClass();

    [GeneratedRegex(@"date|datum|fecha|data|time|publi|posted|created|byline|dateline|subline|meta|zeit|tarih|stamp|info|details", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateClass();

    [GeneratedRegex(@"modif|updat|aktualis|actualiz|edited", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ModifiedClass();
}
