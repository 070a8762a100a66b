using Parley.Reading.Citations;
using Parley.Reading.Feeds;
using Parley.Reading.Html;
using Parley.Reading.Json;
using Parley.Reading.PlainText;
using Parley.Reading.Text;

namespace Parley.Reading;

/// <summary>Assembles an <see cref="ArticleReader"/>: a format reader per format and the enrichers that follow them.</summary>
public sealed class ArticleReaderBuilder
{
    private readonly Dictionary<InputFormat, IFormatReader> _formats = [];
    private readonly List<IArticleEnricher> _enrichers = [];

    /// <summary>Registers the reader for a format, replacing any earlier one.</summary>
    public ArticleReaderBuilder UseFormat(InputFormat format, IFormatReader reader)
    {
        _formats[format] = reader;
        return this;
    }

    /// <summary>Appends an enricher; enrichers run in the order they are added.</summary>
    public ArticleReaderBuilder UseEnricher(IArticleEnricher enricher)
    {
        _enrichers.Add(enricher);
        return this;
    }

    /// <summary>Registers Parley's own readers for every format and the standard enrichers.</summary>
    public ArticleReaderBuilder UseDefaults()
    {
        UseFormat(InputFormat.Text, new PlainTextReader());
        UseFormat(InputFormat.Html, new HtmlArticleReader());
        UseFormat(InputFormat.Json, new JsonNewsReader());
        UseFormat(InputFormat.Feed, new FeedReader());
        UseEnricher(new CitationEnricher(NewsOrganisations.Default));
        UseEnricher(new LanguageEnricher());
        return this;
    }

    /// <summary>Builds the immutable, thread-safe reader.</summary>
    public ArticleReader Build() => new(new Dictionary<InputFormat, IFormatReader>(_formats), [.. _enrichers]);
}
