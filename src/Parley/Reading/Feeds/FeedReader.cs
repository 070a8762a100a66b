using System.Xml;
using System.Xml.Linq;
using Parley.Reading.Dates;
using Parley.Reading.Html;

namespace Parley.Reading.Feeds;

/// <summary>Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds, one article per item that carries text.</summary>
public sealed class FeedReader : IFormatReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    /// <inheritdoc />
    public IEnumerable<Article> Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var feed = Load(source);
        var root = feed.Root ?? throw new ReadException("feed has no root element");
        var isAtom = root.Name == Atom + "feed";
        var channelTitle = isAtom
            ? Value(root.Element(Atom + "title"))
            : Value(root.Element("channel")?.Element("title")) ?? Value(root.Element(Rss1 + "channel")?.Element(Rss1 + "title"));
        var language = isAtom
            ? (string?)root.Attribute(XNamespace.Xml + "lang")
            : Value(root.Element("channel")?.Element("language")) ?? Value(root.Descendants(Dc + "language").FirstOrDefault());

        var items = isAtom
            ? root.Elements(Atom + "entry")
            : root.Descendants().Where(e => e.Name.LocalName == "item");
        var articles = new List<Article>();
        var index = 0;
        foreach (var item in items)
        {
            index++;
            if ((isAtom ? ReadAtomEntry(item, source, index, channelTitle, language) : ReadRssItem(item, source, index, channelTitle, language)) is { } article)
            {
                articles.Add(article);
            }
        }

        return articles;
    }

    private static XDocument Load(SourceText source)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        try
        {
            using var text = new StringReader(source.Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n'));
            using var reader = XmlReader.Create(text, settings);
            return XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new ReadException($"malformed feed XML at line {e.LineNumber}, column {e.LinePosition}: {e.Message.Split(" Line ")[0].TrimEnd('.')}");
        }
    }

    private static Article? ReadRssItem(XElement item, SourceText source, int index, string? outlet, string? language)
    {
        string? Child(string name) => Value(item.Elements().FirstOrDefault(e => e.Name.LocalName == name && e.Name.Namespace != Content));
        var body = Value(item.Element(Content + "encoded")) ?? Child("description");
        if (body is null)
        {
            return null;
        }

        var text = HtmlArticleReader.FragmentText(body);
        if (text.Length == 0)
        {
            return null;
        }

        var published = LooseDate.Parse(Child("pubDate")) ?? LooseDate.Parse(Value(item.Element(Dc + "date")));
        var byline = Value(item.Element(Dc + "creator")) ?? Child("author");
        var itemSource = Child("source");
        return new Article(
            $"{source.Name}#{index}",
            Clean(Child("title")),
            itemSource ?? outlet,
            published,
            byline,
            Child("link") ?? (string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")),
            language,
            [],
            text,
            "rss",
            source.Origin);
    }

    private static Article? ReadAtomEntry(XElement entry, SourceText source, int index, string? outlet, string? language)
    {
        var body = Value(entry.Element(Atom + "content")) ?? Value(entry.Element(Atom + "summary"));
        if (body is null)
        {
            return null;
        }

        var text = HtmlArticleReader.FragmentText(body);
        if (text.Length == 0)
        {
            return null;
        }

        var link = entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        var authors = entry.Elements(Atom + "author").Select(a => Value(a.Element(Atom + "name"))).OfType<string>().ToList();
        return new Article(
            $"{source.Name}#{index}",
            Clean(Value(entry.Element(Atom + "title"))),
            Value(entry.Element(Atom + "source")?.Element(Atom + "title")) ?? outlet,
            LooseDate.Parse(Value(entry.Element(Atom + "published"))) ?? LooseDate.Parse(Value(entry.Element(Atom + "updated"))),
            authors.Count > 0 ? string.Join(", ", authors) : null,
            (string?)link?.Attribute("href"),
            (string?)entry.Attribute(XNamespace.Xml + "lang") ?? language,
            [],
            text,
            "atom",
            source.Origin);
    }

    private static string? Clean(string? title) => title is null ? null : HtmlArticleReader.FragmentText(title) is { Length: > 0 } t ? t : null;

    private static string? Value(XElement? element)
    {
        var value = element?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
