using Parley.Reading.Citations;
using Parley.Reading.Text;

namespace Parley.Reading.PlainText;

/// <summary>
/// Reads plain text such as a scraped page: drops page furniture (share buttons, read times, counters, datelines, labels,
/// bylines, repeated headlines), and takes the headline, outlet and header date from the top of the page.
/// </summary>
public sealed class PlainTextReader(NewsOrganisations organisations) : IFormatReader
{
    /// <summary>How many lines at the top may hold header material (outlet, date, byline) before the body starts.</summary>
    private const int HeaderLines = 12;

    /// <summary>Creates a reader that uses the gazetteer shipped with Parley.</summary>
    public PlainTextReader()
        : this(NewsOrganisations.Default)
    {
    }

    /// <inheritdoc />
    public IEnumerable<Article> Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        yield return ReadOne(source);
    }

    private Article ReadOne(SourceText source)
    {
        var lines = new List<string>();
        foreach (var raw in source.Text.AsSpan().EnumerateLines())
        {
            if (!raw.IsWhiteSpace())
            {
                lines.Add(TextCleaner.Fold(raw));
            }
        }

        string? title = null;
        string? outlet = null;
        string? byline = null;
        DateOnly? published = null;
        var body = new List<string>(lines.Count);
        var bodyStarted = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var header = !bodyStarted && i < HeaderLines;
            if (HeaderDate.TryParseLine(line, out var date))
            {
                published ??= date;
                continue;
            }

            var kind = Furniture.Classify(line, organisations, out var named);
            if (kind != FurnitureKind.None)
            {
                if (named is not null && (header || kind == FurnitureKind.OutletLinks))
                {
                    outlet ??= named;
                }

                continue;
            }

            if (title is not null && Headline.IsRepeat(line, title))
            {
                continue;
            }

            if (header)
            {
                if (Furniture.TryOutletName(line, organisations, out var name))
                {
                    outlet ??= name;
                    continue;
                }

                if (title is null)
                {
                    if (Headline.IsHeadline(line))
                    {
                        title = line;
                        continue;
                    }
                }
                else if (Headline.TryByline(line, out var author))
                {
                    byline ??= author;
                    continue;
                }
            }

            if (Furniture.IsSectionLabel(line))
            {
                continue;
            }

            bodyStarted = true;
            body.Add(line);
        }

        // A lone name (or "By ...") closing the page is the byline.
        if (body.Count > 1 && Headline.TryByline(body[^1], out var closing))
        {
            byline ??= closing;
            body.RemoveAt(body.Count - 1);
        }

        return new Article(source.Name, title, outlet, published, byline, source.Url, null, [], TextCleaner.Paragraphs(body), "text", source.Origin);
    }
}
