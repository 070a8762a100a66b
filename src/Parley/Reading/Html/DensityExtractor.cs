using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Parley.Reading.Text;

namespace Parley.Reading.Html;

/// <summary>Picks the container holding most good paragraph text and least furniture, then keeps its good paragraphs.</summary>
public static class DensityExtractor
{
    private const int GoodChars = 70;
    private const double GoodLinkDensity = 0.3;
    private const double BadWeight = 0.6;

    /// <summary>The container that best holds the article, or null when none stands out or the tree is too deep.</summary>
    public static ContainerChoice? FindContainer(IHtmlDocument document, out bool tooDeep)
    {
        ArgumentNullException.ThrowIfNull(document);
        tooDeep = false;
        var body = document.Body;
        if (body is null)
        {
            return null;
        }

        var segments = SegmentWalker.Walk(body, null, HtmlArticleReader.MaxDepth);
        if (segments is null)
        {
            tooDeep = true;
            return null;
        }

        var scores = new Dictionary<IElement, double>();
        var good = new Dictionary<IElement, int>();
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var segment in segments)
        {
            var isGood = IsGood(segment);
            var weight = isGood ? segment.Chars - segment.LinkChars : -BadWeight * segment.Chars;
            for (IElement? element = segment.Owner; element is not null; element = element.ParentElement)
            {
                if (isGood)
                {
                    good[element] = good.GetValueOrDefault(element) + segment.Chars - segment.LinkChars;
                }

                var score = scores.GetValueOrDefault(element) + weight;
                scores[element] = score;
                if (element == body)
                {
                    break;
                }
            }
        }

        foreach (var (element, score) in scores)
        {
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }

        return best is null ? null : new ContainerChoice(best, good);
    }

    /// <summary>The article text inside a chosen container, furniture and link lists left out.</summary>
    public static string TextOf(ContainerChoice choice, string? title)
    {
        ArgumentNullException.ThrowIfNull(choice);
        var container = choice.Container;
        var total = choice.GoodChars.GetValueOrDefault(container);
        bool Skip(IElement element) =>
            BoilerplateNames.IsBoilerplate(element) && choice.GoodChars.GetValueOrDefault(element) < total * 0.5;
        var segments = SegmentWalker.Walk(container, Skip, HtmlArticleReader.MaxDepth);
        if (segments is null)
        {
            return string.Empty;
        }

        var first = segments.FindIndex(IsGood);
        var last = segments.FindLastIndex(IsGood);
        if (first < 0)
        {
            first = 0;
            last = segments.Count - 1;
        }

        var lines = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (segment.LinkDensity > 0.5 || (segment.Heading && segment.Owner.TagName == "H1"))
            {
                continue;
            }

            var text = TextCleaner.Paragraphs(segment.Text.ToString().Split(SegmentWalker.Break));
            if (i < first && !IsGood(segment))
            {
                continue;
            }

            if (i > last && !IsGood(segment) && !segment.ListItem)
            {
                continue;
            }

            if (title is not null && string.Equals(text, title, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (BoilerplatePhrases.IsBoilerplate(text))
            {
                continue;
            }

            lines.AddRange(text.Split("\n\n"));
        }

        return TextCleaner.Paragraphs(lines);
    }

    private static bool IsGood(TextSegment segment) =>
        segment.Chars - segment.LinkChars >= GoodChars && segment.LinkDensity < GoodLinkDensity;
}

/// <summary>The chosen container and how much good paragraph text each element holds.</summary>
public sealed record ContainerChoice(IElement Container, IReadOnlyDictionary<IElement, int> GoodChars);
