namespace Parley.Reading;

/// <summary>What reading one input gave: its articles, or the reason it failed.</summary>
/// <param name="Origin">The input's path, URL or <c>-</c>.</param>
/// <param name="Articles">The articles read; empty on failure.</param>
/// <param name="Error">The one-line reason for a failure, or null.</param>
public sealed record ReadOutcome(string Origin, IReadOnlyList<Article> Articles, string? Error)
{
    /// <summary>True when the input could not be read.</summary>
    public bool Failed => Error is not null;

    /// <summary>A failed outcome.</summary>
    public static ReadOutcome Fail(string origin, string error) => new(origin, [], error);
}
