using Parley.Reading.Text;

namespace Parley.Reading.PlainText;

/// <summary>Reads plain text, such as a scraped page: a headline line, then the body.</summary>
public sealed class PlainTextReader : IFormatReader
{
    /// <inheritdoc />
    public IEnumerable<Article> Read(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string? title = null;
        var first = 0;
        while (first < lines.Length && lines[first].Trim().Length == 0)
        {
            first++;
        }

        if (first < lines.Length && LooksLikeHeadline(lines[first].Trim()))
        {
            title = TextCleaner.Fold(lines[first]);
            first++;
        }

        var text = TextCleaner.Paragraphs(lines.Skip(first));
        yield return new Article(source.Name, title, null, null, null, source.Url, null, [], text, "text", source.Origin);
    }

    private static bool LooksLikeHeadline(string line) =>
        line.Length is > 0 and < 200 && !line.EndsWith('.');
}
