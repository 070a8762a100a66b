namespace Parley.Reading;

/// <summary>One input after decoding to text, with what its container said about it.</summary>
/// <param name="Name">The document name used in output (<c>doc</c>).</param>
/// <param name="Origin">A path, URL or <c>-</c>.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="Extension">The lower-case file extension without the dot and without <c>.gz</c>, or empty.</param>
/// <param name="ContentType">The media type a server declared, if any.</param>
/// <param name="Url">The address it was fetched from, if any.</param>
public sealed record SourceText(string Name, string Origin, string Text, string Extension, string? ContentType, string? Url);
