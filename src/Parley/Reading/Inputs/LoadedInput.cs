namespace Parley.Reading.Inputs;

/// <summary>An input's bytes (already un-gzipped) and what its container declared about them.</summary>
/// <param name="Input">The input.</param>
/// <param name="Bytes">The content.</param>
/// <param name="ContentType">The media type a server declared, or null.</param>
/// <param name="Charset">The charset a server declared, or null.</param>
/// <param name="Url">The final address after redirects, for URL inputs.</param>
public sealed record LoadedInput(RawInput Input, byte[] Bytes, string? ContentType, string? Charset, string? Url)
{
    /// <summary>The lower-case extension without the dot, ignoring a trailing <c>.gz</c>.</summary>
    public string Extension
    {
        get
        {
            var name = Input.Kind == InputKind.Url && Url is not null ? new RawInput(Url, InputKind.Url).Name : Input.Name;
            if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^3];
            }

            var ext = Path.GetExtension(name);
            return ext.Length > 1 ? ext[1..].ToLowerInvariant() : string.Empty;
        }
    }
}
