using System.Text;

namespace Parley.Reading.Inputs;

/// <summary>Turns an input's bytes into text: byte-order marks, declared charsets, HTML meta charsets, strict UTF-8.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes the bytes; throws <see cref="ReadException"/> for binary content or undecodable text.</summary>
    /// <param name="bytes">The content.</param>
    /// <param name="declaredCharset">A charset declared by a server, or null.</param>
    /// <param name="looksLikeMarkup">True when the content may be HTML or XML, whose own charset declaration is honoured.</param>
    public static string Decode(byte[] bytes, string? declaredCharset, bool looksLikeMarkup)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new ReadException("empty file");
        }

        var bom = FromBom(bytes, out var skip);
        if (bom is not null)
        {
            return NotBlank(bom.GetString(bytes, skip, bytes.Length - skip));
        }

        RejectBinary(bytes);

        var declared = ByName(declaredCharset) ?? (looksLikeMarkup ? ByName(SniffMarkupCharset(bytes)) : null);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage && !IsMultibyteUtf8(bytes))
        {
            // A legacy charset declaration is believed unless the bytes are valid UTF-8 with multi-byte sequences:
            // legacy text almost never is, while pages re-saved as UTF-8 often keep their old declaration.
            return NotBlank(declared.GetString(bytes));
        }

        try
        {
            return NotBlank(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            if (looksLikeMarkup && declared is null)
            {
                // What browsers do with undeclared legacy pages.
                return NotBlank(Encoding.GetEncoding(1252).GetString(bytes));
            }

            var at = e.Index >= 0 ? $" at byte {e.Index}" : string.Empty;
            throw new ReadException($"not valid UTF-8{at} and no other charset is declared");
        }
    }

    private static bool IsMultibyteUtf8(byte[] bytes)
    {
        var multibyte = false;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                multibyte = true;
                break;
            }
        }

        return multibyte && System.Text.Unicode.Utf8.IsValid(bytes);
    }

    /// <summary>True when the first bytes, past white space and a byte-order mark, open markup.</summary>
    public static bool StartsWithMarkup(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            i = 3;
        }

        while (i < bytes.Length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        {
            i++;
        }

        return i < bytes.Length && bytes[i] == '<';
    }

    private static string NotBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return text;
            }
        }

        throw new ReadException("empty file (only white space)");
    }

    private static Encoding? FromBom(byte[] b, out int skip)
    {
        skip = 0;
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
        {
            skip = 3;
            return Encoding.UTF8;
        }

        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE)
        {
            skip = 2;
            return Encoding.Unicode;
        }

        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF)
        {
            skip = 2;
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    private static void RejectBinary(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (head.StartsWith("%PDF"u8))
        {
            throw new ReadException("binary file (PDF), not text");
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            throw new ReadException("binary file (zip archive), not text");
        }

        if (head.Length >= 4 && ((head[0] == 0x89 && head[1] == (byte)'P' && head[2] == (byte)'N') || (head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) || head.StartsWith("GIF8"u8)))
        {
            throw new ReadException("binary file (image), not text");
        }

        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                throw new ReadException("binary file (contains NUL bytes), not text");
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        if (control * 10 > head.Length)
        {
            throw new ReadException("binary file (mostly control bytes), not text");
        }
    }

    private static Encoding? ByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(name.Trim().Trim('"', '\''));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Finds <c>&lt;meta charset&gt;</c>, <c>http-equiv</c> content or an XML declaration's encoding in the first 4 KB.</summary>
    internal static string? SniffMarkupCharset(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        foreach (var key in (ReadOnlySpan<string>)["charset=", "encoding="])
        {
            var at = head.IndexOf(key, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var start = at + key.Length;
            while (start < head.Length && (head[start] == '"' || head[start] == '\'' || head[start] == ' '))
            {
                start++;
            }

            var end = start;
            while (end < head.Length && (char.IsAsciiLetterOrDigit(head[end]) || head[end] == '-' || head[end] == '_' || head[end] == ':'))
            {
                end++;
            }

            if (end > start)
            {
                return head[start..end];
            }
        }

        return null;
    }
}
