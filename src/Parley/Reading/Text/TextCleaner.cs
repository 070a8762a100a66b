using System.Text;

namespace Parley.Reading.Text;

/// <summary>Normalises article text: one paragraph per block, blank lines between, runs of spaces folded, no control characters.</summary>
public static class TextCleaner
{
    /// <summary>Folds white space inside lines, trims lines and separates non-empty lines by one blank line.</summary>
    public static string Paragraphs(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var builder = new StringBuilder();
        foreach (var line in lines)
        {
            var start = builder.Length;
            if (start > 0)
            {
                builder.Append("\n\n");
            }

            var before = builder.Length;
            AppendFolded(builder, line);
            if (builder.Length == before)
            {
                builder.Length = start;
            }
        }

        return builder.ToString();
    }

    /// <summary>Folds runs of white space to one space and drops control characters, trimming both ends.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        AppendFolded(builder, text);
        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var pendingSpace = false;
        var wrote = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = wrote;
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            wrote = true;
        }
    }
}
