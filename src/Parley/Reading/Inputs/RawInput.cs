namespace Parley.Reading.Inputs;

/// <summary>One input named on the command line or found in a folder, not yet loaded.</summary>
/// <param name="Origin">A file path, an http(s) URL, or <c>-</c> for standard input.</param>
/// <param name="Kind">Where the bytes come from.</param>
public sealed record RawInput(string Origin, InputKind Kind)
{
    /// <summary>The document name used in output: the file name, the last URL segment, or <c>stdin</c>.</summary>
    public string Name => Kind switch
    {
        InputKind.StandardInput => "stdin",
        InputKind.Url => UrlName(Origin),
        _ => Path.GetFileName(Origin),
    };

    private static string UrlName(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        var segment = uri.Segments.Length > 0 ? uri.Segments[^1].Trim('/') : string.Empty;
        return segment.Length > 0 ? Uri.UnescapeDataString(segment) : uri.Host;
    }
}

/// <summary>Where an input's bytes come from.</summary>
public enum InputKind
{
    /// <summary>A file on disk.</summary>
    File,

    /// <summary>An http or https address.</summary>
    Url,

    /// <summary>Standard input.</summary>
    StandardInput,
}
