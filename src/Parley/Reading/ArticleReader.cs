using System.Collections.Frozen;
using Parley.Reading.Inputs;

namespace Parley.Reading;

/// <summary>The reading pipeline: decode, detect the format, read the articles, enrich them. Immutable and safe to share across threads.</summary>
public sealed class ArticleReader
{
    private readonly FrozenDictionary<InputFormat, IFormatReader> _formats;
    private readonly IArticleEnricher[] _enrichers;

    internal ArticleReader(Dictionary<InputFormat, IFormatReader> formats, IArticleEnricher[] enrichers)
    {
        _formats = formats.ToFrozenDictionary();
        _enrichers = enrichers;
    }

    /// <summary>A reader with Parley's default formats and enrichers.</summary>
    public static ArticleReader Default { get; } = new ArticleReaderBuilder().UseDefaults().Build();

    /// <summary>Reads a loaded input. Never throws for bad content: a failure comes back as an outcome with its reason.</summary>
    public ReadOutcome Read(LoadedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var origin = input.Input.Origin;
        try
        {
            var markup = TextDecoder.StartsWithMarkup(input.Bytes) || input.Extension is "html" or "htm" or "xml" or "rss" or "atom";
            var text = TextDecoder.Decode(input.Bytes, input.Charset, markup);
            var source = new SourceText(input.Input.Name, origin, text, input.Extension, input.ContentType, input.Url);
            return Read(source);
        }
        catch (ReadException e)
        {
            return ReadOutcome.Fail(origin, e.Message);
        }
    }

    /// <summary>Reads already decoded text.</summary>
    public ReadOutcome Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var format = FormatDetector.Detect(source.Text, source.Extension, source.ContentType);
        if (!_formats.TryGetValue(format, out var reader))
        {
            return ReadOutcome.Fail(source.Origin, $"no reader for {format} input");
        }

        try
        {
            var articles = new List<Article>();
            foreach (var article in reader.Read(source))
            {
                var enriched = article;
                foreach (var enricher in _enrichers)
                {
                    enriched = enricher.Enrich(enriched);
                }

                articles.Add(enriched);
            }

            if (articles.Count == 0)
            {
                return ReadOutcome.Fail(source.Origin, $"no article text found in this {format.ToString().ToLowerInvariant()} input");
            }

            return new ReadOutcome(source.Origin, articles, null);
        }
        catch (ReadException e)
        {
            return ReadOutcome.Fail(source.Origin, e.Message);
        }
        catch (InsufficientExecutionStackException)
        {
            return ReadOutcome.Fail(source.Origin, $"{format.ToString().ToLowerInvariant()} is nested too deeply to read");
        }
    }
}
