using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Parley.Reading;

/// <summary>Writes articles as one JSON object per line: <c>{doc, title, outlet, published, byline, url, language, cites, text}</c>.</summary>
public static class ArticleJson
{
    /// <summary>Options for every JSON line Parley prints: compact, and non-ASCII text kept readable.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>One line of JSON written by <paramref name="write"/>, without the newline.</summary>
    public static string Line(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The article as one line of JSON, without the newline.</summary>
    public static string ToLine(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Line(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("doc", article.Doc);
            writer.WriteString("title", article.Title);
            writer.WriteString("outlet", article.Outlet);
            writer.WriteString("published", article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString("byline", article.Byline);
            writer.WriteString("url", article.Url);
            writer.WriteString("language", article.Language);
            writer.WriteStartArray("cites");
            foreach (var cite in article.Cites)
            {
                writer.WriteStringValue(cite);
            }

            writer.WriteEndArray();
            writer.WriteString("text", article.Text);
            writer.WriteEndObject();
        });
    }
}
