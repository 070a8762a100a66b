using System.Text.Json;
using Parley.Reading.Dates;
using Parley.Reading.Html;

namespace Parley.Reading.Json;

/// <summary>Reads news-API dumps: a JSON record, an array of records, a wrapper object holding one, or JSON Lines.</summary>
public sealed class JsonNewsReader : IFormatReader
{
    private static readonly string[] ListKeys = ["articles", "items", "results", "data", "entries", "docs", "news", "value", "stories", "hits", "response"];
    private static readonly string[] TitleKeys = ["title", "headline", "name"];
    private static readonly string[] BodyKeys = ["text", "body", "content", "articleBody", "article_body", "full_text", "fullText", "bodyText", "maintext", "description", "summary", "snippet"];
    private static readonly string[] UrlKeys = ["url", "link", "uri", "webUrl", "web_url", "permalink", "href"];
    private static readonly string[] DateKeys = ["published", "publishedAt", "published_at", "datePublished", "date_published", "pubDate", "publication_date", "publish_date", "date", "webPublicationDate", "created_at", "createdAt", "time", "timestamp", "updated", "date_publish"];
    private static readonly string[] SourceKeys = ["outlet", "source", "publisher", "source_name", "sourceName", "site", "site_name", "domain", "feed"];
    private static readonly string[] AuthorKeys = ["byline", "author", "authors", "creator", "by"];
    private static readonly string[] LanguageKeys = ["language", "lang", "locale"];
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 };

    /// <inheritdoc />
    public IEnumerable<Article> Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var records = new List<JsonElement>();
        var documents = new List<JsonDocument>();
        try
        {
            var dump = Collect(source, records, documents);
            var articles = new List<Article>();
            for (var i = 0; i < records.Count; i++)
            {
                var doc = dump ? $"{source.Name}#{i + 1}" : source.Name;
                if (ToArticle(records[i], doc, source) is { } article)
                {
                    articles.Add(article);
                }
            }

            return articles;
        }
        finally
        {
            foreach (var document in documents)
            {
                document.Dispose();
            }
        }
    }

    private static bool Collect(SourceText source, List<JsonElement> records, List<JsonDocument> documents)
    {
        JsonDocument? whole = null;
        try
        {
            whole = JsonDocument.Parse(source.Text, Options);
        }
        catch (JsonException) when (LooksLikeJsonLines(source.Text))
        {
            // Fall through to JSON Lines.
        }
        catch (JsonException e)
        {
            throw new ReadException($"malformed JSON at line {e.LineNumber + 1}: {FirstSentence(e.Message)}");
        }

        if (whole is not null)
        {
            documents.Add(whole);
            return CollectFrom(whole.RootElement, records);
        }

        var lineNumber = 0;
        foreach (var line in source.Text.Split('\n'))
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            try
            {
                var document = JsonDocument.Parse(trimmed, Options);
                documents.Add(document);
                CollectFrom(document.RootElement, records);
            }
            catch (JsonException e)
            {
                throw new ReadException($"malformed JSON Lines record at line {lineNumber}: {FirstSentence(e.Message)}");
            }
        }

        return true;
    }

    private static bool CollectFrom(JsonElement root, List<JsonElement> records)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    records.Add(item);
                }
            }

            return true;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ReadException("JSON holds neither a news record nor a list of them");
        }

        foreach (var key in ListKeys)
        {
            if (Property(root, key) is { } list)
            {
                if (list.ValueKind == JsonValueKind.Array)
                {
                    return CollectFrom(list, records);
                }

                if (list.ValueKind == JsonValueKind.Object && Body(list) is null)
                {
                    return CollectFrom(list, records);
                }
            }
        }

        records.Add(root);
        return false;
    }

    private static Article? ToArticle(JsonElement record, string doc, SourceText source)
    {
        var body = Body(record);
        if (body is null)
        {
            return null;
        }

        var text = HtmlArticleReader.FragmentText(body);
        if (text.Length == 0)
        {
            return null;
        }

        var url = String(record, UrlKeys);
        DateOnly? published = null;
        foreach (var key in DateKeys)
        {
            if (Property(record, key) is { } value)
            {
                published = value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var epoch) ? LooseDate.FromEpoch(epoch) : LooseDate.Parse(Scalar(value));
                if (published is not null)
                {
                    break;
                }
            }
        }

        return new Article(
            doc,
            String(record, TitleKeys),
            String(record, SourceKeys),
            published,
            String(record, AuthorKeys),
            url ?? source.Url,
            String(record, LanguageKeys),
            Cites(record),
            text,
            "json",
            source.Origin);
    }

    private static string? Body(JsonElement record)
    {
        string? best = null;
        foreach (var key in BodyKeys)
        {
            var value = Property(record, key) is { } element ? Scalar(element) : null;
            if (!string.IsNullOrWhiteSpace(value))
            {
                // The first full-body field wins; descriptions and summaries only when nothing longer exists.
                if (best is null || value.Length > best.Length * 2)
                {
                    best = value;
                }
            }
        }

        return best;
    }

    private static string[] Cites(JsonElement record)
    {
        var element = Property(record, "cites") ?? Property(record, "sources_cited");
        if (element is not { ValueKind: JsonValueKind.Array } array)
        {
            return [];
        }

        var cites = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (Scalar(item) is { Length: > 0 } name)
            {
                cites.Add(name);
            }
        }

        return [.. cites];
    }

    private static string? String(JsonElement record, string[] keys)
    {
        foreach (var key in keys)
        {
            if (Property(record, key) is { } value && Scalar(value) is { Length: > 0 } text)
            {
                return text.Trim();
            }
        }

        return null;
    }

    /// <summary>A string for a scalar, the name or title of an object, or the joined names of an array.</summary>
    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Object => String(value, ["name", "title", "id", "value", "#text"]),
        JsonValueKind.Array => JoinNames(value),
        _ => null,
    };

    private static string? JoinNames(JsonElement array)
    {
        var names = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Array && Scalar(item) is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static JsonElement? Property(JsonElement record, string key)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in record.EnumerateObject())
        {
            if (string.Equals(property.Name, key, StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind is not JsonValueKind.Null and not JsonValueKind.Undefined)
            {
                return property.Value;
            }
        }

        return null;
    }

    private static bool LooksLikeJsonLines(string text)
    {
        var newline = text.AsSpan().Trim().IndexOf('\n');
        return newline > 0 && text.AsSpan().TrimStart().StartsWith("{");
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }
}
